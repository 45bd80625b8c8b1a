/**
 * How wide a text runs in the sheets' font: the advance widths of Calibri's printable ASCII
 * characters (space to "~"), in 1/2048 of the font size, as read from Carlito, the font
 * LibreOffice draws Calibri with (made metric-compatible with it). A letter's width, not a
 * count of characters, decides where a line wraps: "Jumlah Dokumen Pengembangan Industri" (36
 * characters) needs two lines in a column where "Persentase Peningkatan Koperasi Aktif" (37) fits one.
 */
// prettier-ignore
const ASCII: readonly number[] = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, // space to /
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, // 0 to ?
  1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, // @ to O
  1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, // P to _
  596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, // ` to o
  1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020, // p to ~
];
const EM = 2048;
/** Outside ASCII (é, –, …): a wide lowercase letter's width, so an estimate errs on the tall side. */
const LAIN = 1100;

/**
 * Points the text takes on one line at `ukuranFont` points.
 *
 * @example lebarTeksPoin("0000", 11) // 22.3 (four digits of 1038/2048 em)
 */
export function lebarTeksPoin(teks: string, ukuranFont: number): number {
  let satuan = 0;
  for (const h of teks) {
    const k = h.codePointAt(0) ?? 0;
    satuan += k >= 32 && k < 32 + ASCII.length ? ASCII[k - 32] : LAIN;
  }
  return (satuan * ukuranFont) / EM;
}
