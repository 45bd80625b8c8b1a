import { capaian } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("CAPAIAN", () => {
  it.each([
    ["realisation over target", [[69.88]], [[71.5]], undefined, undefined, 69.88 / 71.5],
    ["a percent target met exactly", [["41%"]], [[0.41]], undefined, undefined, 1],
    ["Indonesian decimal text", [["82,97"]], [["83,22"]], undefined, undefined, 82.97 / 83.22],
    ["thousands with a unit", [["1.250 UTTP"]], [[1000]], undefined, undefined, 1.25],
    ["a cap", [[130]], [[100]], undefined, [[1.2]], 1.2],
    ["a cap typed as a percent", [[130]], [[100]], undefined, [["110%"]], 1.1],
    ["a blank cap as no cap", [[130]], [[100]], [[null]], [[null]], 1.3],
    ["lower is better", [[8]], [[10]], [["turun"]], undefined, 1.2],
    ["lower is better by ratio", [[8]], [[10]], [["negatif_rasio"]], undefined, 1.25],
    ["lower is better, both zero", [[0]], [[0]], [["-"]], undefined, 1],
    ["a negative realisation floored", [[-5]], [[10]], undefined, undefined, 0],
  ])("computes %s", (_, r, t, p, b, harapan) => {
    expect(jalankan(() => capaian(r, t, p, b))).toEqual([[expect.closeTo(harapan, 12)]]);
  });

  it.each([
    ["a blank realisation", [[null]], [[10]]],
    ["an empty-text realisation", [[""]], [[10]]],
    ["a blank target", [[5]], [[null]]],
  ])("gives a blank for %s", (_, r, t) => {
    expect(jalankan(() => capaian(r, t))).toEqual([[""]]);
  });

  it.each([
    ["target 0", [[5]], [[0]], undefined, /target 0/],
    ["unreadable text", [["lima"]], [[10]], undefined, /realisasi "lima".*37%/],
    ["a logical value", [[true]], [[10]], undefined, /TRUE.*nilai logika/],
    ["an unknown polarity", [[5]], [[10]], [["naik-turun"]], /polaritas "naik-turun"/],
  ])("refuses %s with #VALUE! and a message", (_, r, t, p, pesan) => {
    expect(jalankan(() => capaian(r, t, p))).toEqual(galatDengan("#VALUE!", pesan));
  });

  it("spills a range against one target cell", () => {
    expect(jalankan(() => capaian([[10], [null], [12], [-1]], [[10]]))).toEqual([[1], [""], [1.2], [0]]);
  });

  it("pairs a realisation range with a target range cell by cell", () => {
    expect(
      jalankan(() =>
        capaian(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [2, 4],
            [3, 8],
          ],
        ),
      ),
    ).toEqual([
      [0.5, 0.5],
      [1, 0.5],
    ]);
  });

  it("takes the polarity per row from a column", () => {
    expect(jalankan(() => capaian([[8], [8]], [[10]], [["+"], ["-"]]))).toEqual([[0.8], [1.2]]);
  });

  it("keeps an error in its own cell of a spilled range", () => {
    expect(jalankan(() => capaian([[5], [5]], [[10], [0]]))).toEqual([
      [0.5],
      [galatDengan("#VALUE!", /target 0/)],
    ]);
  });
});
