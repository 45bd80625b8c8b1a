import {
  batasPredikat,
  mutuDenganRentang,
  mutuLengkapTeratas,
  predikatDenganBatas,
  rentangIkm,
  rentangMutuLengkap,
} from "../../../src/functions/daftar/aturan";
import { mutuPelayanan, predikat } from "../../../src/domain/predikat";

describe("rule texts written from the domain", () => {
  it.each([
    ["id", "Sangat Tinggi (≥ 91%), Tinggi (≥ 76%), Sedang (≥ 66%), Rendah (≥ 51%) atau Sangat Rendah"],
    ["en", "Sangat Tinggi (≥ 91%), Tinggi (≥ 76%), Sedang (≥ 66%), Rendah (≥ 51%) or Sangat Rendah"],
  ] as const)("state the predikat scale in %s", (bahasa, teks) => {
    expect(predikatDenganBatas(bahasa)).toBe(teks);
  });

  it("name each predikat at the bound the domain applies, and the level just below it", () => {
    const tingkat = [...batasPredikat("en").matchAll(/≥ (\d+)% ([A-Za-z ]+?)(?:,|$)/g)];
    expect(tingkat).toHaveLength(4);
    for (const [, persen, nama] of tingkat) {
      expect(predikat(Number(persen) / 100)).toBe(nama);
      expect(predikat((Number(persen) - 0.01) / 100)).not.toBe(nama);
    }
  });

  it.each([
    ["id", "A (88,31–100), B (76,61–88,30), C (65,00–76,60), D (25,00–64,99)"],
    ["en", "A (88.31–100), B (76.61–88.30), C (65.00–76.60), D (25.00–64.99)"],
  ] as const)("state the mutu bands in %s", (bahasa, teks) => {
    expect(mutuDenganRentang(bahasa)).toBe(teks);
  });

  it("give each mutu band the IKM values the domain puts in it, both ends included", () => {
    const pita = [...rentangMutuLengkap("en").matchAll(/([\d.]+)–([\d.]+) (\w) \(([^)]+)\)/g)];
    expect(pita).toHaveLength(4);
    for (const [, bawah, atas, huruf, nama] of pita) {
      expect([mutuPelayanan(Number(bawah), true), mutuPelayanan(Number(atas), true)]).toEqual([
        `${huruf} (${nama})`,
        `${huruf} (${nama})`,
      ]);
    }
    expect(mutuLengkapTeratas()).toBe(mutuPelayanan(100, true));
    expect(rentangIkm("id")).toBe("25 dan 100");
  });
});
