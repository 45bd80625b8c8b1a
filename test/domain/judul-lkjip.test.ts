import {
  JUDUL_TABEL,
  KOLOM_32,
  KOLOM_34,
  KOLOM_ANGGARAN,
  CATATAN_METODE,
} from "../../src/domain/judul-lkjip";
import { predikat } from "../../src/domain/predikat";

describe("the report headers", () => {
  it("name real years, with kondisi awal in the period's first year", () => {
    expect(JUDUL_TABEL.t31(2025)).toBe("Tabel 3.1 Capaian Kinerja Tahun 2025");
    expect(KOLOM_32(2025, 2024).slice(2, 6)).toEqual([
      "Realisasi 2024",
      "Realisasi 2025",
      "Capaian 2024",
      "Capaian 2025",
    ]);
    expect(KOLOM_32(2024, 2024)[2]).toBe("Kondisi Awal");
    expect(KOLOM_34(2026)).toContain("Realisasi Anggaran 2026");
  });

  it("give the Anggaran sheet three columns per year after four fixed ones", () => {
    expect(KOLOM_ANGGARAN([2024, 2025])).toEqual([
      "No",
      "Kode",
      "Program",
      "Indikator Terkait",
      "Pagu 2024",
      "Realisasi Anggaran 2024",
      "Serapan 2024",
      "Pagu 2025",
      "Realisasi Anggaran 2025",
      "Serapan 2025",
    ]);
  });

  it("state the predikat scale the domain applies", () => {
    const rungs = [...CATATAN_METODE.t31.matchAll(/≥ (\d+)% ([A-Za-z ]+?)(?=,| di)/g)];
    expect(rungs.length).toBe(4);
    for (const [, persen, nama] of rungs) {
      expect(predikat(Number(persen) / 100)).toBe(nama.trim());
      expect(predikat(Number(persen) / 100 - 0.0001)).not.toBe(nama.trim());
    }
  });
});
