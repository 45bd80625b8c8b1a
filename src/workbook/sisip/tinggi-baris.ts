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

/** Lines a text needs when wrapped at word boundaries in a column `lebar` characters wide. */
export function banyakBarisTeks(teks: string, lebar: number, ukuranFont = 10): number {
  // A column's width counts digits of 11-pt Calibri; running text is about 10% narrower.
  const muat = Math.max(1, Math.floor(((lebar * 11) / ukuranFont) * 1.1));
  let baris = 1;
  let panjang = 0;
  for (const kata of teks.split(/\s+/).filter(Boolean)) {
    if (panjang === 0) panjang = kata.length;
    else if (panjang + 1 + kata.length <= muat) panjang += 1 + kata.length;
    else {
      baris += 1;
      panjang = kata.length;
    }
    while (panjang > muat) {
      baris += 1;
      panjang -= muat;
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
