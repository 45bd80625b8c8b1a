import { rupiah, teksTahun } from "../../../src/workbook/renstra/uraian-renstra";

describe("rupiah and the wrong years", () => {
  it.each([
    [1.5e9, "Rp1.500.000.000"],
    [-5e6, "-Rp5.000.000"],
    [1234.5, "Rp1.234,5"],
  ])("writes %d as %s", (n, harap) => expect(rupiah(n)).toBe(harap));

  it.each([
    [
      { tahun: 2026, sebab: "selisih", pagu: 1, selisih: -10e6 },
      "id",
      "2026: jumlah turunan Rp10.000.000 lebih kecil dari pagu",
    ],
    [
      { tahun: 2026, sebab: "selisih", pagu: 1, selisih: 2e6 },
      "en",
      "2026: the children's sum is Rp2.000.000 more than the pagu",
    ],
    [{ tahun: 2025, sebab: "negatif", pagu: -5e6 }, "id", "2025: pagu negatif (-Rp5.000.000)"],
    [
      { tahun: 2024, sebab: "teks", pagu: "1.500.000.000", terbaca: 1.5e9 },
      "id",
      '2024: pagu berisi teks "1.500.000.000", tidak ikut dijumlah; ketik sebagai angka (Rp1.500.000.000)',
    ],
  ] as const)("tells %j in %s", (s, bahasa, harap) => expect(teksTahun(s, bahasa)).toBe(harap));
});
