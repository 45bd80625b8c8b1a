import { pertumbuhan } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("PERTUMBUHAN", () => {
  it.each([
    ["a rise as a fraction", 82.97, 83.22, undefined, 0.25 / 82.97],
    ["a rise as a difference", 82.97, 83.22, "selisih", 0.25],
    ["a share in percent text", "37%", "41%", undefined, 0.04 / 0.37],
    ["a fractional quantity", 2.5, 5, undefined, 1],
  ])("computes %s", (_, lalu, kini, mode, harapan) => {
    expect(
      jalankan(() => pertumbuhan([[lalu]], [[kini]], mode === undefined ? undefined : [[mode]])),
    ).toEqual([[expect.closeTo(harapan, 12)]]);
  });

  it("refuses a percent growth from 0", () => {
    expect(jalankan(() => pertumbuhan([[0]], [[5]]))).toEqual(galatDengan("#VALUE!", /pembagian dengan 0/));
  });

  it("refuses an unknown mode", () => {
    expect(jalankan(() => pertumbuhan([[1]], [[2]], [["kali"]]))).toEqual(
      galatDengan("#VALUE!", /mode "kali"/),
    );
  });

  it("gives a blank while this year is not reported", () => {
    expect(jalankan(() => pertumbuhan([[10]], [[null]]))).toEqual([[""]]);
  });
});
