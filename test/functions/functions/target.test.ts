import { target } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("TARGET", () => {
  it.each([
    ["IKU-01", 2025, 0.41],
    ["iku-9", 2026, 300],
    ["  persentase peningkatan   UMKM naik kelas ", 2024, 0.55],
    ["Indeks Kepuasan Masyarakat (IKM)", "2025", 83.22],
  ])("gives the target of %p in %p", (i, tahun, harapan) => {
    expect(jalankan(() => target([[i]], [[tahun]]))).toEqual([[harapan]]);
  });

  it("finds an indicator by its alias", () => {
    const alias =
      "Jumlah Kebutuhan Pokok dan Barang Penting yang di intervensi dalam rangka Stabilisasi Harga dan Stok";
    expect(jalankan(() => target([[alias]], [[2025]]))).toEqual([[23]]);
  });

  it("spills across a row of years", () => {
    expect(jalankan(() => target([["IKU-07"]], [[2024, 2025, 2026]]))).toEqual([[12, 14, 16]]);
  });

  it("answers an unknown indicator with #N/A naming it", () => {
    expect(jalankan(() => target([["IKU-99"]], [[2025]]))).toEqual(galatDengan("#N/A", /"IKU-99".*IKU-01/));
  });

  it("answers an unknown year with #N/A listing the years", () => {
    expect(jalankan(() => target([["IKU-02"]], [[2030]]))).toEqual(
      galatDengan("#N/A", /2030.*2024, 2025, 2026/),
    );
  });

  it("gives a blank for a blank indicator", () => {
    expect(jalankan(() => target([[null]], [[2025]]))).toEqual([[""]]);
  });
});
