import { tercapai } from "../../../src/domain/capaian";
import { FORMAT_CAPAIAN_TANDA, formatAngka, formatPoin } from "../../../src/workbook/sisip/format-angka";
import { formatPerBaris, rentangSama } from "../../../src/workbook/sisip/bantu-lembar";
import { banyakBarisTeks, tinggiUntukTeks } from "../../../src/workbook/sisip/tinggi-baris";

describe("formatAngka", () => {
  it.each([
    // One decimal at least: a realisation typed as 38,5% shows it.
    ["persen", "%", { 2024: 0.37, 2025: 0.41 }, "0.0%"],
    ["persen", "%", { 2024: 0.375 }, "0.0%"],
    ["persen", "%", { 2024: 0.8297 }, "0.00%"],
    ["jumlah", "Dok", { 2024: 1 }, '#,##0 "Dok"'],
    ["jumlah", "UTTP", { 2024: 200, 2025: 250 }, '#,##0 "UTTP"'],
    ["jumlah", "Unit", { 2024: 12.5 }, '#,##0.0 "Unit"'],
    ["jumlah", 'Un"it', { 2024: 3 }, '#,##0 "Unit"'],
    ["jumlah", "", { 2024: 3 }, "#,##0"],
    ["indeks", "Indeks", { 2024: 82.97 }, "0.00"],
  ] as const)("%s in %s with targets %p is %s", (jenisSatuan, satuan, target, format) => {
    expect(formatAngka({ jenisSatuan, satuan, target })).toBe(format);
  });

  it("takes the baseline's decimals into account", () => {
    expect(
      formatAngka({ jenisSatuan: "persen", satuan: "%", target: { 2024: 0.4 }, kondisiAwal: 0.3325 }),
    ).toBe("0.00%");
  });
});

describe("formatPoin", () => {
  it.each([
    [{ 2024: 0.37, 2025: 0.41 }, '0.0 "poin"'],
    [{ 2024: 0.8297 }, '0.00 "poin"'],
  ])("with targets %p is %s", (target, format) => {
    expect(formatPoin({ target })).toBe(format);
  });
});

describe("formatPerBaris", () => {
  it("joins consecutive rows with the same format into one range", () => {
    expect(
      formatPerBaris(7, 6, 6, ["0%", "0%", '#,##0 "Dok"', "0%"]).map((f) => [f.alamat, f.gaya.formatAngka]),
    ).toEqual([
      ["G6:L7", "0%"],
      ["G8:L8", '#,##0 "Dok"'],
      ["G9:L9", "0%"],
    ]);
  });
});

describe("rentangSama", () => {
  it("finds runs of equal keys", () => {
    expect(rentangSama(["a", "a", "b", "a"])).toEqual([
      [0, 2],
      [2, 1],
      [3, 1],
    ]);
  });
});

describe("row heights", () => {
  it.each([
    ["Persentase Peningkatan Koperasi Aktif", 34, 1],
    ["Persentase Peningkatan Jumlah Industri yang memiliki izin berusaha", 34, 2],
    [
      "Jumlah Kebutuhan Pokok dan Barang Penting yang diintervensi dalam rangka Stabilisasi Harga dan Stock",
      34,
      3,
    ],
    ["", 10, 1],
  ])("%s needs %i-wide column %i lines", (teks, lebar, baris) => {
    expect(banyakBarisTeks(teks, lebar)).toBe(baris);
  });

  it("grows the last row of a merge whose text needs more room than its rows", () => {
    const tinggi = tinggiUntukTeks([
      { baris: 6, teks: "satu", lebar: 30 },
      { baris: 7, teks: "satu", lebar: 30 },
      { baris: 6, banyak: 2, teks: "kata ".repeat(40), lebar: 10 },
    ]);
    expect(tinggi[6]).toBe(17);
    expect(tinggi[7]).toBeGreaterThan(100);
  });
});

describe("FORMAT_CAPAIAN_TANDA, the verdict printed beside a capaian", () => {
  it.each([0.5, 0.9999, 0.99994999, 0.99995, 0.99996, 1, 1.0069, 2])(
    "marks %d as the domain judges it",
    (capaian) => {
      // The format's first section applies below its condition: the ✗ section.
      const [, batas] = /^\[<([\d.]+)\]/.exec(FORMAT_CAPAIAN_TANDA) ?? [];
      expect(capaian < Number(batas)).toBe(!tercapai(capaian));
    },
  );
});
