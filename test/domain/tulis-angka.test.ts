import { angkaDokumen, angkaTetap, persenDokumen } from "../../src/domain/tulis-angka";

describe("angkaDokumen", () => {
  it.each([
    [1250000.5, "1.250.000,5"],
    [82.97, "82,97"],
    [250, "250"],
    [0, "0"],
    [-1234.25, "-1.234,25"],
    [-0.001, "0"],
    [0.375, "0,38"],
  ])("writes %p as %s", (n, harapan) => {
    expect(angkaDokumen(n)).toBe(harapan);
  });
});

describe("persenDokumen", () => {
  it.each([
    [1.0244, "102,44%"],
    [0.85, "85,00%"],
    [0, "0,00%"],
    [12.5, "1.250,00%"],
    [-0.15, "-15,00%"],
    [-0.00001, "0,00%"],
  ])("writes %p as %s", (n, harapan) => {
    expect(persenDokumen(n)).toBe(harapan);
  });
});

describe("angkaTetap", () => {
  it.each([
    [83.1, 2, "83,10"],
    [84.05, 2, "84,05"],
    [1234.5, 1, "1.234,5"],
    [6480000000, 0, "6.480.000.000"],
    [410, 2, "410,00"],
    [-0.001, 2, "0,00"],
    [-1234.25, 2, "-1.234,25"],
  ])("writes %p with %p decimals as %s", (n, d, harapan) => {
    expect(angkaTetap(n, d)).toBe(harapan);
  });
});
