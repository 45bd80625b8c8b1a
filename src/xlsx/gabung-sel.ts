/**
 * Merged ranges as Excel allows them: inside the grid, never overlapping (Excel repairs a file
 * whose merges overlap, dropping them), and no more than the file's size can hold. Checked in
 * O(n log n) with a fixed per-merge cost, so a million merges cost a second, not minutes.
 */
import { BARIS_MAKS, GalatBatas, KOLOM_MAKS } from "./batas";

/** A merged range, 1-based and inclusive. */
export interface RentangGabung {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

const BLOK = 128;

/**
 * For each column, the last row an accepted merge covers. Columns are grouped in blocks of 128
 * with each block's maximum (and a pending "whole block set to" value), so a query or an update
 * over any column span touches at most two partial blocks and 128 block entries.
 */
class Hunian {
  private readonly sel = new Int32Array(KOLOM_MAKS);
  private readonly maks = new Int32Array(KOLOM_MAKS / BLOK);
  private readonly rata = new Int32Array(KOLOM_MAKS / BLOK).fill(-1);

  /** The highest covered row over columns c1..c2 (0-based, inclusive). */
  tertinggi(c1: number, c2: number): number {
    let hasil = 0;
    for (let b = Math.floor(c1 / BLOK); b <= Math.floor(c2 / BLOK); b++) {
      const awal = b * BLOK;
      if ((c1 <= awal && awal + BLOK - 1 <= c2) || this.rata[b] >= 0) hasil = Math.max(hasil, this.maks[b]);
      else
        for (let c = Math.max(c1, awal); c <= Math.min(c2, awal + BLOK - 1); c++)
          hasil = Math.max(hasil, this.sel[c]);
    }
    return hasil;
  }

  /** Marks columns c1..c2 as covered through row r (values only grow: callers checked first). */
  isi(c1: number, c2: number, r: number): void {
    for (let b = Math.floor(c1 / BLOK); b <= Math.floor(c2 / BLOK); b++) {
      const awal = b * BLOK;
      if (c1 <= awal && awal + BLOK - 1 <= c2) this.rata[b] = r;
      else {
        if (this.rata[b] >= 0) {
          this.sel.fill(this.rata[b], awal, awal + BLOK);
          this.rata[b] = -1;
        }
        this.sel.fill(r, Math.max(c1, awal), Math.min(c2, awal + BLOK - 1) + 1);
      }
      this.maks[b] = Math.max(this.maks[b], r);
    }
  }
}

/**
 * Throws GalatBatas when a merge leaves the grid, two merges overlap, or there are more than
 * `batas`. Ranges must be normalised (c1 ≤ c2, r1 ≤ r2, all ≥ 1).
 */
export function periksaGabung(gabung: readonly RentangGabung[], batas: number): void {
  if (gabung.length > batas)
    throw new GalatBatas(`${gabung.length} sel gabungan, lebih dari yang dapat dimuat berkas seukuran ini`);
  for (const g of gabung)
    if (g.c2 > KOLOM_MAKS || g.r2 > BARIS_MAKS)
      throw new GalatBatas("sel gabungan di luar batas lembar Excel (kolom XFD, baris 1.048.576)");
  const urut = [...gabung].sort((a, b) => a.r1 - b.r1);
  const hunian = new Hunian();
  for (const g of urut) {
    if (hunian.tertinggi(g.c1 - 1, g.c2 - 1) >= g.r1)
      throw new GalatBatas("sel gabungan saling bertumpuk (Excel tidak menyimpan yang demikian)");
    hunian.isi(g.c1 - 1, g.c2 - 1, g.r2);
  }
}
