/**
 * Page header and footer texts as Excel stores them: "&" starts a code (&P page, &N pages, &B bold),
 * so a catalog's own "&" is doubled; a section holds at most 255 characters.
 */

/** Excel's limit for one header or footer section. */
export const PANJANG_KEPALA_MAKS = 255;

const amankan = (teks: string): string => teks.replace(/&/g, "&&");

/**
 * Lines printed at the top of every page: the first bold, the third (a source) small and italic.
 *
 * @example teksKepalaHalaman(["IKU 2025", "DINAS K & P"]) // "&BIKU 2025&B\nDINAS K && P"
 */
export function teksKepalaHalaman(baris: readonly string[]): string {
  const [pertama = "", kedua, ...lain] = baris.map(amankan);
  const teks = [
    `&B${pertama}&B`,
    ...(kedua === undefined ? [] : [kedua]),
    ...lain.map((b) => `&8&I${b}&I`),
  ].join("\n");
  // Cut at a whole code: a lone "&" at the end would start one.
  return teks.length <= PANJANG_KEPALA_MAKS
    ? teks
    : teks.slice(0, PANJANG_KEPALA_MAKS).replace(/&+$/, (a) => (a.length % 2 ? a.slice(1) : a));
}

/**
 * The page number line at the bottom right, 9 pt; its codes (&P, &N) are the plan's own.
 *
 * @example teksKakiHalaman("Halaman &P dari &N") // "&9Halaman &P dari &N"
 */
export const teksKakiHalaman = (kaki: string): string => `&9${kaki}`;

/** Page margins in inches: narrow sides for wide tables, room at the top for a two-line page header. */
export function marginCetak(adaKepala: boolean): {
  kiri: number;
  kanan: number;
  atas: number;
  bawah: number;
  kepala: number;
  kaki: number;
} {
  return { kiri: 0.4, kanan: 0.4, atas: adaKepala ? 1 : 0.5, bawah: 0.5, kepala: 0.3, kaki: 0.3 };
}

/**
 * Characters to points. Excel's width unit is the width of one digit of the default font
 * (Calibri 11: 7 px) plus 5 px of cell padding; 1 px = 0.75 pt at 96 dpi.
 */
export const lebarKePoin = (karakter: number): number => Math.round((karakter * 7 + 5) * 0.75 * 100) / 100;

/** A4 in inches, the paper of Indonesian government documents. */
const A4 = { lebar: 8.27, tinggi: 11.69 };

/**
 * The print scale (percent) at which columns of these widths fill the page's width, at most 100.
 * A fixed scale instead of "fit to one page wide": Excel (and LibreOffice) ignore manual page
 * breaks under fit-to scaling (Microsoft Support, "Insert, move, or delete page breaks").
 */
export function skalaLebarHalaman(
  lebarKolom: Record<string, number>,
  orientasi: "lanskap" | "potret",
): number {
  const m = marginCetak(false);
  const kertas = (orientasi === "lanskap" ? A4.tinggi : A4.lebar) - m.kiri - m.kanan;
  const tabel = Object.values(lebarKolom).reduce((n, k) => n + lebarKePoin(k), 0);
  // A tenth spare: a program without Calibri (LibreOffice on Linux) draws the same columns wider.
  return Math.max(10, Math.min(100, Math.floor((kertas * 72 * 90) / tabel)));
}

/** A row's height where the plan gives none: Excel's for its default font, taller than LibreOffice's. */
export const TINGGI_BARIS_BAWAAN = 15;

/**
 * Points of rows one printed page holds at a print scale, between the margins marginCetak gives:
 * a twentieth kept spare, as a program may draw the rows a little taller than planned.
 */
export function tinggiHalaman(orientasi: "lanskap" | "potret", skala: number, adaKepala: boolean): number {
  const m = marginCetak(adaKepala);
  const kertas = (orientasi === "lanskap" ? A4.lebar : A4.tinggi) - m.atas - m.bawah;
  return Math.floor((kertas * 72 * 95) / skala);
}
