import { uttpGrowth } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("UTTP_GROWTH", () => {
  it.each([
    ["as a fraction by default", 200, 250, undefined, 0.25],
    ["as the absolute increase", 200, 250, "jumlah", 50],
    ["from zero as an increase", 0, 12, "Jumlah", 12],
    ["from counts typed with the unit", "200 UTTP", "1.000 UTTP", "persen", 4],
    ["as a fall", 250, 200, undefined, -0.2],
  ])("computes growth %s", (_, lalu, kini, mode, harapan) => {
    expect(jalankan(() => uttpGrowth([[lalu]], [[kini]], mode === undefined ? undefined : [[mode]]))).toEqual(
      [[expect.closeTo(harapan, 12)]],
    );
  });

  it.each([
    ["last year 0 in percent", 0, 12, /tahun lalu 0.*"jumlah"/],
    ["a fractional count", 200.5, 250, /200,5 bukan jumlah alat UTTP/],
    ["a negative count", 200, -3, /-3 bukan jumlah alat UTTP/],
  ])("refuses %s", (_, lalu, kini, pesan) => {
    expect(jalankan(() => uttpGrowth([[lalu]], [[kini]]))).toEqual(galatDengan("#VALUE!", pesan));
  });

  it("spills per year and leaves unreported years blank", () => {
    expect(jalankan(() => uttpGrowth([[200, 250, 300]], [[250, 300, null]], [["jumlah"]]))).toEqual([
      [50, 50, ""],
    ]);
  });
});
