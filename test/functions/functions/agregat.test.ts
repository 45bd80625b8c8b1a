import { agregatTriwulan } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("AGREGAT", () => {
  it.each([
    ["jumlah", [[50, 60, 70, null]], 180],
    ["akhir", [["37%", "39%", null, null]], 0.39],
    ["rata-rata", [[82, 84, null, 86]], 84],
    ["Rata-Rata", [[1], [2], [3], [6]], 3],
  ])("aggregates quarters by %s", (jenis, nilai, harapan) => {
    expect(jalankan(() => agregatTriwulan(nilai, [[jenis]]))).toBeCloseTo(harapan, 12);
  });

  it("is blank before any quarter is reported", () => {
    expect(jalankan(() => agregatTriwulan([[null, "", null, null]], [["jumlah"]]))).toBe("");
  });

  it.each([
    ["an unknown jenis", [[1, 2]], [["median"]], /jenis "median"/],
    ["a jenis range", [[1, 2]], [["jumlah", "akhir"]], /satu sel/],
    ["an unreadable quarter", [[1, "dua"]], [["jumlah"]], /"dua"/],
  ])("refuses %s", (_, nilai, jenis, pesan) => {
    expect(jalankan(() => agregatTriwulan(nilai, jenis))).toEqual(galatDengan("#VALUE!", pesan));
  });
});
