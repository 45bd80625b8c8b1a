import { lebarKePoin } from "../kepala-halaman";
import { lebarTeksPoin } from "./lebar-huruf";

/** A text placed over `banyak` rows from `baris`, in a column (or merged columns) `lebar` wide. */
export interface TeksSel {
  baris: number;
  banyak?: number;
  teks: string;
  lebar: number;
}

/**
 * Excel's tallest row, in points. A text that needs more is wrapped and cut off at the cell's
 * bottom edge; the whole text stays in the cell (formula bar, copy, print with a larger row).
 */
export const TINGGI_BARIS_MAKS = 409;

/** A cell's inner margins, left and right together, in points: text wraps inside them. */
const PINGGIR_SEL = 3;
/** Excel on Windows rounds each letter to whole pixels and draws a text a little wider than its font's widths say. */
const CADANGAN = 1.04;

/** Lines a text needs when wrapped at word boundaries in a column `lebar` characters wide. */
export function banyakBarisTeks(teks: string, lebar: number, ukuranFont = 10): number {
  const muat = Math.max(1, lebarKePoin(lebar) - PINGGIR_SEL);
  const ukur = (t: string) => lebarTeksPoin(t, ukuranFont) * CADANGAN;
  const spasi = ukur(" ");
  let baris = 1;
  let panjang = 0;
  for (const kata of teks.split(/\s+/).filter(Boolean)) {
    const w = ukur(kata);
    if (panjang === 0) panjang = w;
    else if (panjang + spasi + w <= muat) panjang += spasi + w;
    else {
      baris += 1;
      panjang = w;
    }
    // A word longer than the line breaks where the line ends.
    if (panjang > muat) {
      const lebih = Math.ceil(panjang / muat) - 1;
      baris += lebih;
      panjang -= lebih * muat;
    }
  }
  return baris;
}

/**
 * Row heights in points that show every wrapped text whole. Neither Excel nor LibreOffice fits a
 * row to wrapped text on opening a file, and neither ever fits merged cells, so the plan says it.
 * A merged text that needs more than its rows give is made to fit by growing its last row.
 * No row exceeds TINGGI_BARIS_MAKS, which Excel and Office.js refuse.
 */
export function tinggiUntukTeks(daftar: TeksSel[], ukuranFont = 10): Record<number, number> {
  const perBaris = ukuranFont * 1.3;
  const tinggi: Record<number, number> = {};
  const ukur = (t: TeksSel) => banyakBarisTeks(t.teks, t.lebar, ukuranFont) * perBaris + 4;
  for (const t of daftar.filter((x) => (x.banyak ?? 1) === 1))
    tinggi[t.baris] = Math.max(tinggi[t.baris] ?? 0, ukur(t));
  for (const t of daftar.filter((x) => (x.banyak ?? 1) > 1)) {
    const akhir = t.baris + (t.banyak ?? 1) - 1;
    let ada = 0;
    for (let b = t.baris; b <= akhir; b++) ada += tinggi[b] ?? perBaris + 4;
    if (ada < ukur(t)) tinggi[akhir] = (tinggi[akhir] ?? perBaris + 4) + ukur(t) - ada;
  }
  for (const b of Object.keys(tinggi))
    tinggi[Number(b)] = Math.min(TINGGI_BARIS_MAKS, Math.ceil(tinggi[Number(b)]));
  return tinggi;
}
