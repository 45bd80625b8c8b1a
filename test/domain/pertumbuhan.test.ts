import { adalahGalat } from "../../src/domain/galat";
import {
  bacaModePertumbuhan,
  hitungPertumbuhan,
  hitungPertumbuhanUttp,
  ModePertumbuhan,
} from "../../src/domain/pertumbuhan";

describe("hitungPertumbuhan", () => {
  it.each<[number, number, ModePertumbuhan, number]>([
    [200, 250, "persen", 0.25],
    [200, 250, "jumlah", 50],
    [100, 80, "persen", -0.2],
    [100, 80, "jumlah", -20],
    [0, 5, "jumlah", 5],
    [82.97, 83.22, "jumlah", 83.22 - 82.97],
    [5, 5, "persen", 0],
  ])("from %p to %p (%s) is %p", (lalu, kini, mode, harapan) => {
    expect(hitungPertumbuhan(lalu, kini, mode)).toBeCloseTo(harapan, 12);
  });

  it("refuses a percent growth from 0 and points to mode jumlah", () => {
    const g = hitungPertumbuhan(0, 5, "persen");
    expect(adalahGalat(g) && g.galat).toBe("#VALUE!");
    expect(adalahGalat(g) && g.pesan.id).toMatch(/tahun lalu 0.*"jumlah"/);
  });

  it("refuses a growth too large to be finite", () => {
    expect(adalahGalat(hitungPertumbuhan(-1e308, 1e308, "jumlah"))).toBe(true);
  });
});

describe("hitungPertumbuhanUttp", () => {
  it.each<[number, number, ModePertumbuhan, number]>([
    [200, 250, "persen", 0.25],
    [250, 300, "jumlah", 50],
    [0, 12, "jumlah", 12],
  ])("counts %p then %p (%s) grow by %p", (lalu, kini, mode, harapan) => {
    expect(hitungPertumbuhanUttp(lalu, kini, mode)).toBeCloseTo(harapan, 12);
  });

  it.each([
    [200.5, 250, /tahun lalu 200,5/],
    [200, -1, /tahun ini -1/],
    [0, 10, /tahun lalu 0/],
  ])("refuses counts %p and %p", (lalu, kini, pesan) => {
    const g = hitungPertumbuhanUttp(lalu, kini, "persen");
    expect(adalahGalat(g) && g.pesan.id).toMatch(pesan);
  });
});

describe("bacaModePertumbuhan", () => {
  it.each([
    [null, "persen"],
    ["", "persen"],
    [" Persen ", "persen"],
    ["%", "persen"],
    ["JUMLAH", "jumlah"],
    ["selisih", "jumlah"],
  ])("reads %p as %s", (v, harapan) => {
    expect(bacaModePertumbuhan(v)).toBe(harapan);
  });

  it("refuses an unknown mode", () => {
    expect(adalahGalat(bacaModePertumbuhan("naik"))).toBe(true);
  });
});
