import { hitungLkjip } from "../../src/domain/lkjip";
import { ikhtisar, paragrafSasaran } from "../../src/domain/narasi-lkjip";
import { DATA } from "./lkjip-data";

describe("paragrafSasaran", () => {
  const [a, b] = paragrafSasaran(hitungLkjip(DATA, 2025), DATA);

  it("writes one paragraph per sasaran, in the order of Tabel 3.1", () => {
    expect([a.sasaran, b.sasaran]).toEqual(["Sasaran A", "Sasaran B"]);
  });

  it.each([
    [
      "the counts",
      'Sasaran "Sasaran A" diukur dengan 2 indikator; pada tahun 2025, 1 indikator tercapai dan 1 tidak tercapai.',
    ],
    [
      "each indicator's realisation, target, capaian and predikat in a sentence with a verb",
      "Indikator Persentase Koperasi Aktif mencatat realisasi 42,00% dari target 41,00%, sehingga capaiannya 102,44% dengan predikat Sangat Tinggi.",
    ],
    [
      "the change from last year in points",
      "Dibandingkan tahun 2024 (38,00%), realisasinya naik 4,00 poin sehingga kinerjanya membaik.",
    ],
    [
      "the change in the indicator's unit",
      "Dibandingkan tahun 2024 (210 UTTP), realisasinya turun 10 UTTP sehingga kinerjanya memburuk.",
    ],
    [
      "the distance to the Renstra target",
      "Terhadap target akhir Renstra sebesar 750 UTTP, realisasi sampai dengan tahun 2025 (410 UTTP) telah mencapai 54,67%.",
    ],
    [
      "the sasaran's mean from Tabel 3.6",
      "Rata-rata capaian sasaran ini 91,22% dengan predikat Sangat Tinggi.",
    ],
    ["the causes typed in Tabel 3.5", "Keberhasilan didukung oleh Pendampingan rutin."],
    [
      "the linked programs' efficiency",
      "Program Satu Indikator menyerap 90,00% anggarannya, dengan tingkat efisiensi 12,44% (Efisien).",
    ],
  ])("tells %s", (_, kalimat) => {
    expect(a.teks).toContain(kalimat);
  });

  it("reads lower-is-better the polarity's way: inflation up is memburuk", () => {
    expect(b.teks).toContain(
      "Dibandingkan tahun 2024 (3,20%), realisasinya naik 0,40 poin sehingga kinerjanya memburuk.",
    );
  });

  it("asks for the causes when none was typed, and names only the programs linked to the sasaran", () => {
    expect(b.teks).toContain("Faktor pendukung, faktor penghambat dan upaya perbaikannya belum diisi");
    expect(b.teks).toContain("Program Dua Indikator menyerap 100,00%");
    expect(b.teks).not.toContain("Program Satu Indikator");
  });

  it("compares the first year with the kondisi awal and says which indicator cannot be measured yet", () => {
    const [a24, b24] = paragrafSasaran(hitungLkjip(DATA, 2024), DATA);
    expect(a24.teks).toContain("Dibandingkan kondisi awal (35,00%), realisasinya naik 3,00 poin");
    expect(b24.teks).toContain(
      "Capaian indikator Jumlah Dokumen belum dapat diukur karena realisasi atau targetnya belum diisi.",
    );
    expect(b24.teks).toContain("1 indikator tercapai dan 1 belum dapat diukur");
  });
});

describe("ikhtisar", () => {
  it("counts indicators and sasaran and names the highest and lowest capaian", () => {
    expect(ikhtisar(hitungLkjip(DATA, 2025), DATA)).toBe(
      "Pada tahun 2025, kinerja Dinas Contoh diukur dengan 4 indikator kinerja utama dalam 2 sasaran strategis: " +
        "2 indikator tercapai dan 2 tidak tercapai. Rata-rata capaian perangkat daerah, yaitu rata-rata capaian " +
        "sasarannya, sebesar 90,61% dengan predikat Tinggi. Capaian tertinggi diraih indikator Persentase Koperasi Aktif " +
        "(102,44%, predikat Sangat Tinggi), sedangkan capaian terendah ada pada indikator Angka Inflasi Daerah " +
        "(80,00%, predikat Tinggi). Grafik capaian, uraian per sasaran dan tabel pengukuran disajikan berikut ini.",
    );
  });
});
