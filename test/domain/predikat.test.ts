import { adalahGalat } from "../../src/domain/galat";
import { mutuPelayanan, predikat } from "../../src/domain/predikat";

describe("predikat", () => {
  it.each([
    [1.5, "Sangat Tinggi"],
    [1, "Sangat Tinggi"],
    [0.91, "Sangat Tinggi"],
    [9.1 / 10, "Sangat Tinggi"],
    [0.90995, "Sangat Tinggi"],
    [0.9099, "Tinggi"],
    [0.76, "Tinggi"],
    [7.6 / 10, "Tinggi"],
    [0.7599, "Sedang"],
    [0.66, "Sedang"],
    [6.6 / 10, "Sedang"],
    [0.6599, "Rendah"],
    [0.51, "Rendah"],
    [5.1 / 10, "Rendah"],
    [0.5099, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-0.2, "Sangat Rendah"],
  ])("capaian %p is %s", (c, harapan) => {
    expect(predikat(c)).toBe(harapan);
  });
});

describe("mutuPelayanan", () => {
  it.each([
    [100, "A", "A (Sangat Baik)"],
    [100.004, "A", "A (Sangat Baik)"],
    [88.31, "A", "A (Sangat Baik)"],
    [88.305, "A", "A (Sangat Baik)"],
    [88.3, "B", "B (Baik)"],
    [88.3049, "B", "B (Baik)"],
    [76.61, "B", "B (Baik)"],
    [76.6, "C", "C (Kurang Baik)"],
    [65, "C", "C (Kurang Baik)"],
    [64.995, "C", "C (Kurang Baik)"],
    [64.99, "D", "D (Tidak Baik)"],
    [25, "D", "D (Tidak Baik)"],
    [24.995, "D", "D (Tidak Baik)"],
  ])("IKM %p is %s (lengkap: %s)", (ikm, singkat, lengkap) => {
    expect(mutuPelayanan(ikm, false)).toBe(singkat);
    expect(mutuPelayanan(ikm, true)).toBe(lengkap);
  });

  it.each([[24.99], [100.01], [0], [-5]])("refuses IKM %p outside 25 to 100", (ikm) => {
    const g = mutuPelayanan(ikm, false);
    expect(adalahGalat(g) && g.pesan.id).toMatch(/di luar rentang 25 sampai 100/);
  });
});
