/**
 * Reads ranges of one shape in row chunks, each sync under Excel's two documented read limits:
 * 5,000,000 cells per read and about 5 MB per response (Resource limits and performance
 * optimization for Office Add-ins). A chunk refused for its size is read again in halves.
 */
import { ANGGARAN_JAWABAN, SEL_PER_BACA } from "./batas-permintaan";
import { uraiGalatOffice } from "./galat-office";

/** Bytes per cell we budget before anything is read: a number or a short text, as JSON. */
export const BITA_PER_SEL = 16;

/**
 * Rows per sync for `rentang` ranges of `lebar` columns each: under the cell limit and, at
 * BITA_PER_SEL bytes a cell, under `anggaran` bytes.
 *
 * @example barisPerBacaan(2, 3) //=> 41666
 */
export function barisPerBacaan(rentang: number, lebar: number, anggaran = ANGGARAN_JAWABAN): number {
  const sel = rentang * Math.max(1, lebar);
  return Math.max(1, Math.floor(Math.min(SEL_PER_BACA, anggaran / BITA_PER_SEL) / sel));
}

/**
 * The values of equally shaped ranges (`tinggi` rows of `lebar` columns), one sync per chunk:
 * ranges[i]'s rows, in order. The ranges must have reached Excel in an earlier sync: after a
 * refused response the library no longer knows objects first created in that batch.
 */
export function bacaNilaiBertahap(
  context: Excel.RequestContext,
  rentang: readonly Excel.Range[],
  tinggi: number,
  lebar: number,
  anggaran = ANGGARAN_JAWABAN,
): Promise<unknown[][][]> {
  const potong = (dari: number, n: number) => rentang.map((r) => r.getRow(dari).getResizedRange(n - 1, 0));
  return bacaPotonganBertahap(context, potong, rentang.length, tinggi, lebar, anggaran);
}

/**
 * The same chunked read with the chunk's ranges made by `potong(dari, n)` (rows dari … dari+n−1
 * of each of `jumlah` ranges, `lebar` columns each), so they may come from a worksheet known to
 * Excel when the ranges themselves are not yet.
 */
export async function bacaPotonganBertahap(
  context: Excel.RequestContext,
  potong: (dari: number, n: number) => Excel.Range[],
  jumlah: number,
  tinggi: number,
  lebar: number,
  anggaran = ANGGARAN_JAWABAN,
): Promise<unknown[][][]> {
  const hasil: unknown[][][] = Array.from({ length: jumlah }, () => []);
  let baris = barisPerBacaan(jumlah, lebar, anggaran);
  for (let dari = 0; dari < tinggi;) {
    const n = Math.min(baris, tinggi - dari);
    const bagian = potong(dari, n).map((r) => r.load("values"));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each under Excel's limits
      await context.sync();
    } catch (e) {
      if (n <= 1 || uraiGalatOffice(e).kode !== "ResponsePayloadSizeLimitExceeded") throw e;
      baris = Math.ceil(n / 2);
      continue;
    }
    bagian.forEach((p, i) => hasil[i].push(...p.values));
    dari += n;
  }
  return hasil;
}
