import { Galat } from "../domain/galat";

/** Reads one argument cell; "" means the cell is blank and makes the result cell blank. */
export interface Argumen<T> {
  nama: string;
  baca: (v: unknown) => T | Galat;
}

type Nilai<A> = A extends Argumen<infer T> ? Exclude<T, Galat | ""> : never;
export type Hasil = number | string | Galat;

/** Past this many cells a broadcast is a mistake (a whole row against a whole column). */
const SEL_MAKSIMUM = 5_000_000;

/** A custom-function error with its Indonesian message, for the cell or for throwing. */
export function keExcel(g: Galat): CustomFunctions.Error {
  const kode =
    g.galat === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(kode, g.pesan);
}

const adalahObjek = (x: unknown): x is Galat => typeof x === "object" && x !== null;

/** A 2-D view of an argument: Excel passes [[v]] for one cell; anything else is tolerated. */
function matriks(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  const baris = v.map((b) => (Array.isArray(b) ? b : [b]));
  return baris.length === 0 || baris.every((b) => b.length === 0) ? [[null]] : baris;
}

function lebar(m: unknown[][]): number {
  let c = 0;
  for (const b of m) if (b.length > c) c = b.length;
  return c;
}

/**
 * Applies `inti` cell by cell over arguments that are single cells or ranges: a single cell (or a
 * single row or column) is repeated against a range, the result has the range's shape, a blank
 * argument cell gives "", a Galat becomes a #VALUE!/#N/A error in its cell. Ragged rows read as
 * blanks. A 1×1 error is thrown so Excel shows its message.
 */
export function sebar<P extends Argumen<unknown>[]>(
  argumen: [...P],
  inti: (...a: { [K in keyof P]: Nilai<P[K]> }) => Hasil,
  ...masukan: unknown[]
): Hasil[][] | never {
  const m = argumen.map((_, i) => matriks(masukan[i]));
  const baris = Math.max(...m.map((x) => x.length));
  const kolom = Math.max(...m.map(lebar));
  m.forEach((x, i) => {
    const c = lebar(x);
    if ((x.length !== 1 && x.length !== baris) || (c !== 1 && c !== kolom)) {
      throw keExcel({
        galat: "#VALUE!",
        pesan: `${argumen[i].nama} berukuran ${x.length}×${c}, tidak cocok dengan ukuran hasil ${baris}×${kolom}. Pakai satu sel atau rentang yang sama ukurannya.`,
      });
    }
  });
  if (baris * kolom > SEL_MAKSIMUM) {
    throw keExcel({
      galat: "#VALUE!",
      pesan: `Hasil ${baris}×${kolom} sel terlalu besar. Pilih rentang yang lebih kecil.`,
    });
  }
  const hasil = isi(argumen, inti as unknown as (...a: unknown[]) => Hasil, m, baris, kolom);
  if (baris === 1 && kolom === 1 && hasil[0][0] instanceof CustomFunctions.Error) throw hasil[0][0];
  return hasil as Hasil[][];
}

function isi(
  argumen: Argumen<unknown>[],
  inti: (...a: unknown[]) => Hasil,
  m: unknown[][][],
  baris: number,
  kolom: number,
): unknown[][] {
  const n = argumen.length;
  // A single-cell argument is read once, not once per result cell.
  const kolomTunggal = m.map((x) => lebar(x) === 1);
  const satu = m.map((x, k) => x.length === 1 && kolomTunggal[k]);
  const tetap = m.map((x, k) => (satu[k] ? argumen[k].baca(x[0][0]) : undefined));
  const nilai: unknown[] = new Array(n);
  const hasil: unknown[][] = new Array(baris);
  for (let i = 0; i < baris; i++) {
    const keluar: unknown[] = new Array(kolom);
    for (let j = 0; j < kolom; j++) {
      let akhir: unknown = undefined;
      // An unreadable argument wins over a blank one, so a typo never hides behind a blank.
      for (let k = 0; k < n; k++) {
        let v: unknown;
        if (satu[k]) v = tetap[k];
        else {
          const x = m[k];
          const b = x.length === 1 ? x[0] : x[i];
          v = argumen[k].baca(kolomTunggal[k] ? b[0] : b[j]);
        }
        if (adalahObjek(v)) {
          akhir = v;
          break;
        }
        if (v === "") akhir = "";
        nilai[k] = v;
      }
      if (akhir === undefined) akhir = inti(...nilai);
      keluar[j] = adalahObjek(akhir) ? keExcel(akhir) : akhir;
    }
    hasil[i] = keluar;
  }
  return hasil;
}

/** Returns a single value, or throws its Galat as the error Excel shows with its message. */
export function tunggal<T>(x: T | Galat): T {
  if (adalahObjek(x)) throw keExcel(x);
  return x;
}

export { matriks };
