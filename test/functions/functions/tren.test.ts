import { tren } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("TREN", () => {
  it.each([
    [37, 41, undefined, "Membaik"],
    [41, 37, undefined, "Memburuk"],
    [41, 41, undefined, "Tetap"],
    [12, 8, "negatif", "Membaik"],
    [8, 12, "turun", "Memburuk"],
    [8, 12, "negatif_rasio", "Memburuk"],
    [5, 5, "-", "Tetap"],
    ["37%", 0.41, "naik", "Membaik"],
  ])("reads %p → %p with polaritas %p as %s", (lalu, kini, pol, harapan) => {
    const p = pol === undefined ? undefined : [[pol]];
    expect(jalankan(() => tren([[lalu]], [[kini]], p))).toEqual([[harapan]]);
  });

  it("is blank while either year is blank", () => {
    expect(jalankan(() => tren([[null], [3]], [[4], [null]]))).toEqual([[""], [""]]);
  });

  it("refuses an unknown polarity", () => {
    expect(jalankan(() => tren([[1]], [[2]], [["lebih baik"]]))).toEqual(
      galatDengan("#VALUE!", /polaritas "lebih baik" tidak dikenal/),
    );
  });
});
