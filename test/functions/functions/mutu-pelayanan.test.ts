import { mutuPelayananIkm } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("MUTU_PELAYANAN", () => {
  it.each([
    [88.31, undefined, "A"],
    [88.3, undefined, "B"],
    ["88,305", true, "A (Sangat Baik)"],
    [76.61, "ya", "B (Baik)"],
    [76.6, false, "C"],
    [65, true, "C (Kurang Baik)"],
    [64.99, "TIDAK", "D"],
    [25, 1, "D (Tidak Baik)"],
  ])("IKM %p (lengkap %p) is %s", (nilai, lengkap, harapan) => {
    expect(
      jalankan(() => mutuPelayananIkm([[nilai]], lengkap === undefined ? undefined : [[lengkap]])),
    ).toEqual([[harapan]]);
  });

  it("spills over a column of IKM values", () => {
    expect(jalankan(() => mutuPelayananIkm([[90], [null], [70]]))).toEqual([["A"], [""], ["C"]]);
  });

  it.each([
    [[[101]], undefined, /IKM 101 di luar rentang/],
    [[[80]], [["mungkin"]], /lengkap "mungkin"/],
  ])("refuses %p / %p", (nilai, lengkap, pesan) => {
    expect(jalankan(() => mutuPelayananIkm(nilai, lengkap))).toEqual(galatDengan("#VALUE!", pesan));
  });
});
