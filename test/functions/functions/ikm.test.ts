import { ikm } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

const sama = (x: unknown): unknown[] => new Array(9).fill(x);

describe("IKM", () => {
  it.each([
    ["all answers 4", [sama(4)], 100],
    ["one respondent", [[4, 4, 3, 3, 4, 4, 3, 3, 4]], 88.88888888888889],
    ["a skipped answer", [sama(4), [2, null, 2, 2, 2, 2, 2, 2, 2]], 77.77777777777777],
    ["answers as text", [sama("2"), sama("3")], 62.5],
  ])("computes %s", (_, jawaban, harapan) => {
    expect(jalankan(() => ikm(jawaban))).toBeCloseTo(harapan, 10);
  });

  it("is blank before any answer", () => {
    expect(jalankan(() => ikm([sama(null)]))).toBe("");
  });

  it.each([
    ["an answer out of 1 to 4", [sama(5)], /1, 2, 3 atau 4/],
    ["a range that is not 9 columns wide", [[4, 4, 4]], /3 kolom/],
    ["a single cell", [[4]], /1 kolom/],
  ])("refuses %s", (_, jawaban, pesan) => {
    expect(jalankan(() => ikm(jawaban))).toEqual(galatDengan("#VALUE!", pesan));
  });
});
