import { capaianTriwulan } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

const _ = null;

describe("CAPAIAN_TW", () => {
  it.each<[string, unknown[][], unknown[][], string, unknown[][] | undefined, number]>([
    [
      "sums the filled quarters against their targets",
      [[2, 3, _, _]],
      [[2, 4, 4, 4]],
      "jumlah",
      undefined,
      5 / 6,
    ],
    [
      "takes the last filled quarter for akhir",
      [["30%", "36%", _, _]],
      [[0.3, 0.35, 0.38, 0.41]],
      "akhir",
      undefined,
      0.36 / 0.35,
    ],
    [
      "averages for rata-rata, read down a column",
      [[80], [81], [_], [_]],
      [[82], [83], [84], [85]],
      "rata-rata",
      undefined,
      80.5 / 82.5,
    ],
    ["counts a quarter filled with 0", [[0, _, _, _]], [[2, 2, 2, 2]], "jumlah", undefined, 0],
    ["reads the negatif rule", [[12, _, _, _]], [[10, 10, 10, 10]], "akhir", [["turun"]], 0.8],
  ])("%s", (_nama, r, t, jenis, pol, harapan) => {
    expect(jalankan(() => capaianTriwulan(r, t, [[jenis]], pol))).toBeCloseTo(harapan, 12);
  });

  it.each<[string, unknown[][], unknown[][]]>([
    ["no quarter is filled", [[_, _, "", _]], [[1, 1, 1, 1]]],
    ["nothing was planned yet for a positif indicator", [[1, _, _, _]], [[0, 0, 0, 4]]],
  ])("is blank when %s", (_nama, r, t) => {
    expect(jalankan(() => capaianTriwulan(r, t, [["jumlah"]]))).toBe("");
  });

  it.each<[string, unknown[][], unknown[][], unknown[][], RegExp]>([
    [
      "a quarter that is not a number",
      [[1, "dua", _, _]],
      [[1, 1, 1, 1]],
      [["jumlah"]],
      /realisasi triwulan ke-2 "dua"/,
    ],
    ["a missing TW target", [[1, _, _, _]], [[1, _, 1, 1]], [["jumlah"]], /target TW II kosong/],
    [
      "a realisation above 1.000% of target",
      [[41, _, _, _]],
      [[0.41, 0.41, 0.41, 0.41]],
      [["akhir"]],
      /1\.000%/,
    ],
    [
      "three quarters instead of four",
      [[1, 2, 3]],
      [[1, 1, 1, 1]],
      [["jumlah"]],
      /realisasi_tw berukuran 1×3/,
    ],
    [
      "a 2×2 range",
      [
        [1, 2],
        [3, 4],
      ],
      [[1, 1, 1, 1]],
      [["jumlah"]],
      /2×2/,
    ],
    ["an unknown jenis", [[1, _, _, _]], [[1, 1, 1, 1]], [["median"]], /jenis "median"/],
  ])("refuses %s with a message", (_nama, r, t, jenis, pesan) => {
    expect(jalankan(() => capaianTriwulan(r, t, jenis))).toEqual(galatDengan("#VALUE!", pesan));
  });
});
