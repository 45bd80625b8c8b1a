/**
 * Request sizes: Excel on the web refuses a request or response over 5 MB, the whole batch. The
 * writer estimates each queued step from the values it carries, as they travel (escaped), and
 * cuts the batch before 4.3 MB.
 */

/**
 * Bytes one request may carry by our estimate: the 4.5 MB ceiling (Excel on the web refuses
 * 5 MB) less a margin for what the estimate misses (measured within 0.05% on value writes).
 */
export const ANGGARAN_PERMINTAAN = 4_300_000;

/** The smallest batch an insertion halves down to before it gives up on a size refusal. */
export const ANGGARAN_TERKECIL = 250_000;

/** Bytes one response may carry by our estimate, for reads cut by rows. */
export const ANGGARAN_JAWABAN = 4_000_000;

/**
 * Cells one read may cover: "A range is limited to 5,000,000 cells for read operations" (Resource
 * limits and performance optimization for Office Add-ins); one sync's reads together stay under it.
 */
export const SEL_PER_BACA = 5_000_000;

/**
 * Bytes of the client library's bookkeeping per queued operation: the object paths of a range and
 * its format, their instantiation, the keep-reference of the range, the action itself (~450 B
 * measured with @microsoft/office-js, rounded up).
 */
export const BIAYA_OPERASI = 600;

/** Cells per write the client library sends in one piece; larger arrays go in several. */
export const SEL_PER_POTONG = 1500;

/**
 * UTF-8 bytes of a value as JSON as it travels: the request is itself sent as a JSON string inside
 * the host's message, where each quote and backslash gains a backslash (a formula-heavy batch
 * grows by 15–18%), so the budget counts that form.
 *
 * @example bitaJson([["é", 1]]) //=> 13
 */
export function bitaJson(nilai: unknown): number {
  const teks = JSON.stringify(nilai) ?? "";
  let n = teks.length;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    // Characters past U+007F take 2 or 3 bytes in UTF-8 (a surrogate pair: 2 + 2 = 4).
    if (c > 0x7f) n += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
    else if (c === 0x22 || c === 0x5c) n++;
  }
  return n;
}

/** The estimate of one write of a 2-D array: its JSON plus the library's pieces. */
export function biayaTulis(nilai: readonly unknown[][]): number {
  const sel = nilai.length * (nilai[0]?.length ?? 0);
  return bitaJson(nilai) + BIAYA_OPERASI * (1 + Math.ceil(sel / SEL_PER_POTONG));
}

/** One queued piece of work and its estimated bytes; `belah` splits one that may be cut. */
export interface Langkah {
  biaya: number;
  jalankan(): void;
  /** The largest first part costing at most `sisa`, and the rest; null when nothing fits. */
  belah?(sisa: number): [Langkah, Langkah] | null;
}

/**
 * Packs steps in order into batches of at most `anggaran` estimated bytes. A step that does not
 * fit is split when it can (its first part fills the batch), else it opens the next batch; a
 * single unsplittable step over the budget goes alone.
 *
 * @example bagiKelompok([{ biaya: 3, jalankan }, { biaya: 3, jalankan }], 5).length //=> 2
 */
export function bagiKelompok(langkah: readonly Langkah[], anggaran = ANGGARAN_PERMINTAAN): Langkah[][] {
  const kelompok: Langkah[][] = [[]];
  let terpakai = 0;
  const tutup = () => {
    kelompok.push([]);
    terpakai = 0;
  };
  for (const awal of langkah) {
    let l: Langkah | null = awal;
    while (l) {
      const kini = kelompok[kelompok.length - 1];
      if (terpakai + l.biaya <= anggaran) {
        kini.push(l);
        terpakai += l.biaya;
        l = null;
        continue;
      }
      const bagian: [Langkah, Langkah] | null = l.belah?.(anggaran - terpakai) ?? null;
      if (bagian) {
        kini.push(bagian[0]);
        tutup();
        l = bagian[1];
      } else if (kini.length > 0) tutup();
      else {
        kini.push(l);
        tutup();
        l = null;
      }
    }
  }
  return kelompok.filter((k) => k.length > 0);
}
