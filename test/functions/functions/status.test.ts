import { status } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("STATUS", () => {
  it.each([
    [14, 14, undefined, "Tercapai"],
    [15, 14, undefined, "Tercapai"],
    [13, 14, undefined, "Tidak Tercapai"],
    ["40,5%", "41%", undefined, "Tidak Tercapai"],
    [8, 10, "turun", "Tercapai"],
    [12, 10, "negatif", "Tidak Tercapai"],
    [0, 10, "negatif_rasio", "Tercapai"],
  ])("realisasi %p against %p (%p) is %s", (r, t, p, harapan) => {
    expect(jalankan(() => status([[r]], [[t]], p === undefined ? undefined : [[p]]))).toEqual([[harapan]]);
  });

  it("spills over quarters, blank where not reported", () => {
    expect(jalankan(() => status([[3, 2, null, 1]], [[2]]))).toEqual([
      ["Tercapai", "Tercapai", "", "Tidak Tercapai"],
    ]);
  });

  it("refuses target 0 for higher-is-better", () => {
    expect(jalankan(() => status([[3]], [[0]]))).toEqual(galatDengan("#VALUE!", /target 0/));
  });
});
