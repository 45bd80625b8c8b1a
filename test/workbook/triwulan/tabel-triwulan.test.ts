import {
  cariKepalaRencanaAksi,
  cariKepalaTriwulan,
  cekUntukTahun,
  daftarRencanaAksi,
  daftarTidakSesuai,
  KOLOM_RENCANA_AKSI,
  triwulanBerjalan,
} from "../../../src/workbook/triwulan/tabel-triwulan";
import { lembarRencanaAksi, lembarTriwulan } from "../../excel/triwulan/buku-triwulan";

describe("cariKepalaRencanaAksi", () => {
  it("finds the header row, its year and the columns the pane reads", () => {
    expect(cariKepalaRencanaAksi(lembarRencanaAksi(2026))).toEqual({
      baris: 3,
      kolom: 0,
      lebar: 19,
      tahun: 2026,
      kolomNo: 0,
      kolomIndikator: 2,
      kolomRealisasi: [12, 13, 14, 15],
      kolomCapaian: 17,
      kolomStatus: 18,
    });
  });

  it("accepts a planner's own column between the contract's, and spaces around a cell", () => {
    const kepala = KOLOM_RENCANA_AKSI(2025).map((t) => ` ${t} `);
    kepala.splice(3, 0, "Catatan saya");
    const k = cariKepalaRencanaAksi([kepala]);
    expect(k && [k.tahun, k.lebar, k.kolomStatus]).toEqual([2025, 20, 19]);
  });

  it.each([
    ["a header cell missing", KOLOM_RENCANA_AKSI(2026).filter((t) => t !== "Realisasi TW III")],
    ["two cells swapped", [...KOLOM_RENCANA_AKSI(2026).slice(0, 17), "Status", "Capaian s.d. TW"]],
    ["a year in words", KOLOM_RENCANA_AKSI(2026).map((t) => (t === "Target 2026" ? "Target N" : t))],
  ])("finds nothing with %s", (_k, kepala) => {
    expect(cariKepalaRencanaAksi([kepala])).toBeUndefined();
  });
});

describe("cariKepalaTriwulan", () => {
  it("reads each Cek Target TW column's year from the year title above its group", () => {
    expect(cariKepalaTriwulan(lembarTriwulan([2024, 2025, 2026]))).toEqual({
      baris: 4,
      kolom: 0,
      lebar: 37,
      kolomNo: 0,
      kolomIndikator: 1,
      cek: [
        { kolom: 14, tahun: 2024 },
        { kolom: 25, tahun: 2025 },
        { kolom: 36, tahun: 2026 },
      ],
    });
  });

  it.each([
    ["its own header", [["No", "Indikator Kinerja", "Target TW I", "Cek Target TW 2027"]], 3, 2027],
    ["a header to its left", [["No", "Indikator Kinerja", "Target 2026", "Cek Target TW"]], 3, 2026],
    ["nowhere", [["Indikator Kinerja", "Target TW I", "Cek Target TW"]], 2, undefined],
  ])("takes the year from %s", (_k, kisi, kolom, tahun) => {
    expect(cariKepalaTriwulan(kisi)?.cek).toEqual([{ kolom, tahun }]);
  });

  it("needs an Indikator Kinerja header with the check", () => {
    expect(cariKepalaTriwulan([["No", "Nama", "Cek Target TW"]])).toBeUndefined();
  });
});

describe("the lists", () => {
  it("keeps Terlambat and Belum Diisi rows with an indicator, with the quarters filled (0 is filled)", () => {
    const baris = [
      { no: 1, indikator: " A ", realisasi: [0, null, "", null], capaian: 0, status: "Terlambat" },
      { no: 2, indikator: "B", realisasi: [1, 1, null, null], capaian: 1, status: "Sesuai Rencana" },
      { no: 3, indikator: "C", realisasi: [null, null, null, null], capaian: "", status: " Belum  Diisi" },
      { no: null, indikator: "", realisasi: [], capaian: null, status: "Terlambat" },
    ];
    expect(daftarRencanaAksi(baris)).toEqual([
      { indeks: 0, no: "1", indikator: "A", status: "Terlambat", terisi: [0], capaian: 0 },
      { indeks: 2, no: "3", indikator: "C", status: "Belum Diisi", terisi: [] },
    ]);
  });

  it("keeps the Tidak Sesuai rows only", () => {
    expect(
      daftarTidakSesuai([
        { no: 1, indikator: "A", cek: "Sesuai" },
        { no: 2, indikator: "B", cek: "Tidak Sesuai" },
        { no: 3, indikator: "C", cek: "" },
      ]),
    ).toEqual([{ indeks: 1, no: "2", indikator: "B" }]);
  });

  it.each([
    [2026, new Date(2026, 0, 1), 0],
    [2026, new Date(2026, 5, 30), 1],
    [2026, new Date(2026, 6, 1), 2],
    [2026, new Date(2026, 11, 31), 3],
    [2025, new Date(2026, 1, 1), 3],
    [2027, new Date(2026, 11, 1), 0],
  ])("in year %i on %s the quarter under way is index %i", (tahun, kini, tw) => {
    expect(triwulanBerjalan(tahun, kini)).toBe(tw);
  });

  it.each([
    [2026, 2030, 36],
    [undefined, 2025, 25],
    [undefined, 2030, 36],
    [undefined, 2020, 14],
    [2031, 2026, undefined],
  ])("picks the Cek Target TW column for year %s in %i", (tahun, kini, kolom) => {
    const { cek } = cariKepalaTriwulan(lembarTriwulan([2024, 2025, 2026]))!;
    expect(cekUntukTahun(cek, tahun, kini)?.kolom).toBe(kolom);
  });
});
