import { efisiensi, serapan } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("SERAPAN", () => {
  it.each([
    ["part of the budget", [[850_000_000]], [[1_000_000_000]], 0.85],
    ["the whole budget", [[1_250_000_000]], [[1_250_000_000]], 1],
    ["nothing spent yet", [[0]], [[500_000_000]], 0],
    ["rupiah typed the Indonesian way", [["425.000.000"]], [["500.000.000"]], 0.85],
    ["overspending above 100%", [[110]], [[100]], 1.1],
  ])("computes %s", (_, r, p, harapan) => {
    expect(jalankan(() => serapan(r, p))).toEqual([[expect.closeTo(harapan, 12)]]);
  });

  it.each([
    [[[100]], [[0]], /pagu 0 tidak sah/],
    [[[100]], [[-5]], /pagu -5 tidak sah/],
    [[[-1]], [[100]], /realisasi anggaran -1 negatif/],
    [[["banyak"]], [[100]], /realisasi anggaran "banyak"/],
  ])("refuses %p of %p with a message", (r, p, pesan) => {
    expect(jalankan(() => serapan(r, p))).toEqual(galatDengan("#VALUE!", pesan));
  });

  it("leaves a row blank until both numbers are in, and spills over a column", () => {
    expect(jalankan(() => serapan([[50], [null], [80]], [[100], [100], [null]]))).toEqual([
      [0.5],
      [""],
      [""],
    ]);
  });
});

describe("EFISIENSI", () => {
  it.each([
    ["capaian above serapan", [["105%"]], [["90%"]], 0.15],
    ["capaian below serapan", [[0.8]], [[0.95]], -0.15],
    ["equal", [[0.9]], [[0.9]], 0],
  ])("computes %s", (_, c, s, harapan) => {
    expect(jalankan(() => efisiensi(c, s))).toEqual([[expect.closeTo(harapan, 12)]]);
  });

  it("never answers a negative zero", () => {
    const [[e]] = jalankan(() => efisiensi([[0.3]], [[0.3]])) as number[][];
    expect(Object.is(e, -0)).toBe(false);
  });

  it("names an unreadable argument", () => {
    expect(jalankan(() => efisiensi([["tinggi"]], [[0.9]]))).toEqual(
      galatDengan("#VALUE!", /capaian kinerja "tinggi"/),
    );
  });
});
