import { capaianRentang } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("CAPAIAN_RENTANG", () => {
  it.each([
    ["inside the range", 12, undefined, 1],
    ["on the lower bound", 10, undefined, 1],
    ["above the range, against the upper bound", 18, undefined, 1.2],
    ["below the range, against the lower bound", 5, undefined, 0.5],
    ["above the range, lower is better", 18, "negatif", 0.8],
    ["text with a decimal comma", "7,5", undefined, 0.75],
  ])("gives %s", (_, r, p, harapan) => {
    expect(
      jalankan(() => capaianRentang([[r]], [[10]], [[15]], p === undefined ? undefined : [[p]])),
    ).toEqual([[expect.closeTo(harapan, 12)]]);
  });

  it("spills over a column of realisations", () => {
    expect(jalankan(() => capaianRentang([[5], [12], [null], [30]], [[10]], [[15]]))).toEqual([
      [0.5],
      [1],
      [""],
      [2],
    ]);
  });

  it("refuses swapped bounds", () => {
    expect(jalankan(() => capaianRentang([[12]], [[15]], [[10]]))).toEqual(galatDengan("#VALUE!", /Tukar/));
  });
});
