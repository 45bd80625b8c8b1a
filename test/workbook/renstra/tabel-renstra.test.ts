import { KOLOM_RENSTRA } from "../../../src/domain/renstra";
import { cariKepalaRenstra, masalahRenstra } from "../../../src/workbook/renstra/tabel-renstra";

describe("cariKepalaRenstra", () => {
  const kepala = KOLOM_RENSTRA([2025, 2026]);

  it("finds the header row and column, its years and the columns the checks read", () => {
    expect(cariKepalaRenstra([["Judul"], [], [null, "x", ...kepala]])).toEqual({
      baris: 2,
      kolom: 2,
      lebar: 17,
      tahun: [2025, 2026],
      kolomKode: 2,
      kolomNama: 4,
      kolomPagu: [9, 11],
    });
  });

  it("ignores spaces around a header cell", () => {
    expect(cariKepalaRenstra([kepala.map((t) => ` ${t} `)])?.tahun).toEqual([2025, 2026]);
  });

  it.each([
    ["a missing Cek Pagu", kepala.filter((t) => t !== "Cek Pagu")],
    ["no year at all", KOLOM_RENSTRA([])],
    ["a Target and Pagu of different years", kepala.map((t) => (t === "Target 2026" ? "Target 2027" : t))],
    ["a renamed column", kepala.map((t) => (t === "Indikator Kinerja" ? "Indikator" : t))],
    ["the IKU table's header", ["No", "Indikator Kinerja", "Target 2025", "Realisasi 2025"]],
  ])("finds no header with %s", (_, baris) => {
    expect(cariKepalaRenstra([baris])).toBeUndefined();
  });
});

describe("masalahRenstra", () => {
  const b = (kode: unknown, ...pagu: unknown[]) => ({ kode, nama: `  Nama\n${String(kode)} `, pagu });

  it("lists rows the sheet marks, each wrong year with its cause and difference", () => {
    const hasil = masalahRenstra(
      [
        b("2.17.02", 100, 200),
        b("2.17.02.2.01", 100, 150),
        b("", "", ""),
        b("2.17.02.2.01.0001", "1.500.000.000", -5),
        b(2.17, 1, 1),
      ],
      [2025, 2026],
    );
    expect(hasil).toEqual([
      {
        indeks: 0,
        kode: "2.17.02",
        nama: "Nama 2.17.02",
        status: "Tidak Sesuai",
        tahun: [{ tahun: 2026, sebab: "selisih", pagu: 200, selisih: -50 }],
      },
      {
        indeks: 1,
        kode: "2.17.02.2.01",
        nama: "Nama 2.17.02.2.01",
        status: "Tidak Sesuai",
        tahun: [
          { tahun: 2025, sebab: "selisih", pagu: 100, selisih: -100 },
          { tahun: 2026, sebab: "selisih", pagu: 150, selisih: -155 },
        ],
      },
      {
        indeks: 3,
        kode: "2.17.02.2.01.0001",
        nama: "Nama 2.17.02.2.01.0001",
        status: "",
        tahun: [
          { tahun: 2025, sebab: "teks", pagu: "1.500.000.000", terbaca: 1.5e9 },
          { tahun: 2026, sebab: "negatif", pagu: -5 },
        ],
      },
      { indeks: 4, kode: "2.17", nama: "Nama 2.17", status: "Kode tidak dikenali", tahun: [] },
    ]);
  });

  it("lists nothing when every sum agrees", () => {
    expect(masalahRenstra([b("2.17.02", 10), b("2.17.02.2.01", 10)], [2025])).toEqual([]);
  });
});
