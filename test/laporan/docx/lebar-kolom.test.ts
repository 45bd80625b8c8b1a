import { arahTabel, lebarKolom, ukuranKolom } from "../../../src/laporan/docx/lebar-kolom";

const kolom = (judul: string, ...sel: string[]) => ({ judul, sel });

describe("ukuranKolom", () => {
  it("is never narrower than the longest word, so no word breaks", () => {
    const pendek = ukuranKolom(kolom("No", "1"));
    const panjang = ukuranKolom(kolom("No", "Merevitalisasi pembinaan"));
    // The longest word, 14 characters, sets the minimum; the short column's is its header
    expect(panjang.min - pendek.min).toBe(14 * 95 - 2 * 102);
  });

  it("keeps a short label such as a predikat on one line, but lets a long name wrap", () => {
    expect(ukuranKolom(kolom("Predikat", "Sangat Tinggi", "Tinggi")).min).toBe(13 * 95 + 2 * 108 + 40);
    expect(ukuranKolom(kolom("Ket", "Di Bawah Standar")).min).toBe(16 * 95 + 2 * 108 + 40);
    // Four words, or over 16 characters, is prose: its longest word sets the minimum
    expect(ukuranKolom(kolom("Ket", "Belum Dapat Diukur Lagi")).min).toBe(6 * 95 + 2 * 108 + 40);
    expect(ukuranKolom(kolom("Ket", "Persentase Koperasi")).min).toBe(10 * 95 + 2 * 108 + 40);
  });

  it("keeps an amount whole: Rp and its digits are one word", () => {
    expect(ukuranKolom(kolom("Pagu", "Rp\u00a06.480.000.000")).min).toBeGreaterThanOrEqual(16 * 95);
  });
});

describe("lebarKolom", () => {
  const tabel = [
    kolom("No", "1", "2"),
    kolom("Indikator Kinerja", "Persentase Koperasi Aktif yang Melaporkan RAT Tepat Waktu", "Jumlah UTTP"),
    kolom("Satuan", "%", "UTTP"),
  ];

  it("fills the width exactly", () => {
    expect(lebarKolom(tabel, 9638).reduce((a, b) => a + b, 0)).toBe(9638);
  });

  it("gives the long text most of the room and no column less than its longest word", () => {
    const [no, indikator, satuan] = lebarKolom(tabel, 9638);
    expect(indikator).toBeGreaterThan(no + satuan);
    tabel.forEach((k, i) => expect(lebarKolom(tabel, 9638)[i]).toBeGreaterThanOrEqual(ukuranKolom(k).min));
  });

  it("shares out only what is left over the minimum when the page is tight", () => {
    const w = lebarKolom(tabel, 4000);
    tabel.forEach((k, i) => expect(w[i]).toBeGreaterThanOrEqual(ukuranKolom(k).min));
  });
});

describe("arahTabel", () => {
  it("keeps a narrow table on a portrait page", () => {
    expect(
      arahTabel([kolom("No", "1"), kolom("Program", "Program Satu"), kolom("Anggaran", "Rp\u00a01.000")]),
    ).toBe("tegak");
  });

  it("turns a table of many long headers to landscape", () => {
    const lebar = Array.from({ length: 11 }, (_, i) =>
      kolom(`Realisasi Anggaran ${2020 + i}`, "Rp\u00a06.480.000.000"),
    );
    expect(arahTabel(lebar)).toBe("mendatar");
  });
});
