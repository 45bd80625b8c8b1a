import { hitungCapaian, hitungCapaianRentang, statusCapaian, tercapai } from "../../src/domain/capaian";
import { adalahGalat } from "../../src/domain/galat";
import { Polaritas } from "../../src/domain/types";

describe("hitungCapaian", () => {
  it.each<[number, number, Polaritas, number | undefined, number]>([
    [69.88, 71.5, "positif", undefined, 69.88 / 71.5],
    [14, 14, "positif", undefined, 1],
    [0.41, 0.41, "positif", undefined, 1],
    [120, 100, "positif", undefined, 1.2],
    [120, 100, "positif", 1, 1],
    [120, 100, "positif", 1.1, 1.1],
    [0, 10, "positif", undefined, 0],
    [-5, 10, "positif", undefined, 0],
    [8, 10, "negatif", undefined, 1.2],
    [10, 10, "negatif", undefined, 1],
    [15, 10, "negatif", undefined, 0.5],
    [25, 10, "negatif", undefined, 0],
    [-5, 10, "negatif", undefined, 2.5],
    [0, 0, "negatif", undefined, 1],
    [8, 10, "negatif_rasio", undefined, 1.25],
    [20, 10, "negatif_rasio", undefined, 0.5],
    [0, 0, "negatif_rasio", undefined, 1],
    [0, 10, "negatif_rasio", 1.5, 1.5],
  ])("capaian of %p against %p (%s, batas %p) is %p", (r, t, p, batas, harapan) => {
    expect(hitungCapaian(r, t, p, batas)).toBeCloseTo(harapan, 12);
  });

  it.each<[number, number, Polaritas, number | undefined, RegExp]>([
    [0, 0, "positif", undefined, /target 0/],
    [5, 0, "positif", undefined, /target 0/],
    [5, 0, "negatif", undefined, /target 0.*realisasi 5/],
    [5, 0, "negatif_rasio", undefined, /target 0/],
    [0, 10, "negatif_rasio", undefined, /realisasi 0.*batas/],
    [-1, 10, "negatif_rasio", undefined, /negatif/],
    [5, -10, "positif", undefined, /target -10 negatif/],
    [5, 10, "positif", 0, /batas 0/],
    [5, 10, "positif", -1, /batas -1/],
    [1e308, 1e-10, "positif", undefined, /terlalu besar/],
  ])("refuses %p against %p (%s, batas %p) with a message", (r, t, p, batas, pesan) => {
    const g = hitungCapaian(r, t, p, batas);
    expect(adalahGalat(g) && g.galat).toBe("#VALUE!");
    expect(adalahGalat(g) && g.pesan.id).toMatch(pesan);
  });

  it("never returns negative zero", () => {
    expect(Object.is(hitungCapaian(-0, 5, "positif"), 0)).toBe(true);
    expect(Object.is(hitungCapaian(10, 5, "negatif"), 0)).toBe(true);
  });
});

describe("hitungCapaianRentang", () => {
  it.each<[number, Polaritas, number]>([
    [12, "positif", 1],
    [10, "positif", 1],
    [15, "positif", 1],
    [18, "positif", 1.2],
    [5, "positif", 0.5],
    [-5, "positif", 0],
    [18, "negatif", 0.8],
    [5, "negatif", 1.5],
    [20, "negatif_rasio", 0.75],
  ])("realisasi %p against [10, 15] (%s) is %p", (r, p, harapan) => {
    expect(hitungCapaianRentang(r, 10, 15, p)).toBeCloseTo(harapan, 12);
  });

  it("treats a one-point range as a plain target", () => {
    expect(hitungCapaianRentang(9, 10, 10, "positif")).toBeCloseTo(0.9, 12);
  });

  it("refuses a range whose bounds are swapped", () => {
    const g = hitungCapaianRentang(12, 15, 10, "positif");
    expect(adalahGalat(g) && g.pesan.id).toMatch(/Tukar/);
  });
});

describe("statusCapaian", () => {
  it.each<[number, number, Polaritas, string]>([
    [100, 100, "positif", "Tercapai"],
    [101, 100, "positif", "Tercapai"],
    [99.99, 100, "positif", "Tidak Tercapai"],
    [99.995, 100, "positif", "Tercapai"],
    [0, 10, "positif", "Tidak Tercapai"],
    [8, 10, "negatif", "Tercapai"],
    [10.01, 10, "negatif", "Tidak Tercapai"],
    [0, 10, "negatif_rasio", "Tercapai"],
    [0, 0, "negatif", "Tercapai"],
  ])("realisasi %p against target %p (%s) is %s", (r, t, p, harapan) => {
    expect(statusCapaian(r, t, p)).toBe(harapan);
  });

  it("passes a target 0 error on", () => {
    expect(adalahGalat(statusCapaian(5, 0))).toBe(true);
  });

  it.each([
    [0.99995, true],
    [0.99994, false],
    [1, true],
  ])("tercapai(%p) is %p, on the capaian rounded to two decimals of a percent", (c, harapan) => {
    expect(tercapai(c)).toBe(harapan);
  });
});
