import { Bahasa } from "../bahasa";
import { galatMasuk } from "../domain/baca-angka";
import { Galat, kodeGalatMasuk, nilaiSalah } from "../domain/galat";
import { Nama, PESAN } from "../domain/pesan";
import { bahasaFungsi } from "./bahasa-fungsi";

/** Reads one argument cell; "" means the cell is blank and makes the result cell blank. */
export interface Argumen<T> {
  nama: Nama;
  baca: (v: unknown) => T | Galat;
  /** True when `baca` returns a finite, non-zero number unchanged, so the hot loop may skip it. */
  angka?: boolean;
}

type Nilai<A> = A extends Argumen<infer T> ? Exclude<T, Galat | ""> : never;
export type Hasil = number | string | Galat;

/** Past this many cells a broadcast is a mistake (a whole row against a whole column). */
const SEL_MAKSIMUM = 5_000_000;

/** A custom-function error with its message in the user's language, for the cell or for throwing. */
export function keExcel(g: Galat, bahasa: Bahasa): CustomFunctions.Error {
  const kode =
    g.galat === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(kode, g.pesan[bahasa]);
}

const adalahObjek = (x: unknown): x is Galat => typeof x === "object" && x !== null;

/** A 2-D view of an argument: Excel passes [[v]] for one cell; anything else is tolerated. */
export function matriks(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  let kosong = true;
  let rapi = true;
  for (let i = 0; i < v.length; i++) {
    const b: unknown = v[i];
    if (!Array.isArray(b)) rapi = false;
    else if (b.length > 0) kosong = false;
  }
  // Copy only the rare malformed input: a million-row copy per call would double the garbage.
  const baris = rapi ? (v as unknown[][]) : v.map((b) => (Array.isArray(b) ? b : [b]));
  return !rapi || !kosong ? baris : [[null]];
}

function lebar(m: unknown[][]): number {
  let c = 0;
  for (let i = 0; i < m.length; i++) if (m[i].length > c) c = m[i].length;
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
  if (argumen.length > 4) throw new RangeError("sebar menerima paling banyak empat argumen");
  const bahasa = bahasaFungsi();
  const m = argumen.map((_, i) => matriks(masukan[i]));
  const baris = Math.max(...m.map((x) => x.length));
  const lebarnya = m.map(lebar);
  const kolom = Math.max(...lebarnya);
  m.forEach((x, i) => {
    const c = lebarnya[i];
    if ((x.length !== 1 && x.length !== baris) || (c !== 1 && c !== kolom)) {
      throw keExcel(nilaiSalah(PESAN.ukuranTakCocok(argumen[i].nama, x.length, c, baris, kolom)), bahasa);
    }
  });
  if (baris * kolom > SEL_MAKSIMUM) {
    throw keExcel(nilaiSalah(PESAN.hasilTerlaluBesar(baris, kolom)), bahasa);
  }
  const hasil = isi(
    argumen,
    inti as unknown as (...a: unknown[]) => Hasil,
    m,
    lebarnya,
    baris,
    kolom,
    bahasa,
  );
  if (baris === 1 && kolom === 1 && hasil[0][0] instanceof CustomFunctions.Error) throw hasil[0][0];
  return hasil as Hasil[][];
}

function isi(
  argumen: Argumen<unknown>[],
  inti: (...a: unknown[]) => Hasil,
  m: unknown[][][],
  lebarnya: number[],
  baris: number,
  kolom: number,
  bahasa: Bahasa,
): unknown[][] {
  const n = argumen.length;
  const baca = argumen.map(bacaGalatMasuk);
  const angka = argumen.map((a) => a.angka === true);
  const kolomTunggal = lebarnya.map((c) => c === 1);
  const satu = m.map((x, k) => x.length === 1 && kolomTunggal[k]);
  // A single-cell argument is read once, not once per result cell.
  const tetap = m.map((x, k) => (satu[k] ? baca[k](x[0][0]) : undefined));
  const sel = (k: number, i: number, j: number): unknown => {
    if (k >= n) return undefined;
    if (satu[k]) return tetap[k];
    const x = m[k];
    const b = x.length === 1 ? x[0] : x[i];
    const v = kolomTunggal[k] ? b[0] : b[j];
    // A plain finite number skips the reader; 0 still goes through it (no negative zero).
    return angka[k] && typeof v === "number" && v - v === 0 && v !== 0 ? v : baca[k](v);
  };
  const hitungSel = (i: number, j: number): unknown => {
    // Four locals, not an array: storing each number in an array would allocate it per cell.
    const a0 = sel(0, i, j);
    const a1 = sel(1, i, j);
    const a2 = sel(2, i, j);
    const a3 = sel(3, i, j);
    const akhir =
      galatPertama(a0, a1, a2, a3) ??
      (a0 === "" || a1 === "" || a2 === "" || a3 === "" ? "" : inti(a0, a1, a2, a3));
    return adalahObjek(akhir) ? keExcel(akhir, bahasa) : akhir;
  };
  const hasil: unknown[][] = new Array(baris);
  for (let i = 0; i < baris; i++) {
    if (kolom === 1) {
      hasil[i] = [hitungSel(i, 0)];
      continue;
    }
    const keluar: unknown[] = new Array(kolom);
    for (let j = 0; j < kolom; j++) keluar[j] = hitungSel(i, j);
    hasil[i] = keluar;
  }
  return hasil;
}

/** A reader that first names an Excel error passed in, whatever kind of argument it is. */
function bacaGalatMasuk(a: Argumen<unknown>): (v: unknown) => unknown {
  return (v) => {
    const kode = typeof v === "object" && v !== null ? kodeGalatMasuk(v) : undefined;
    return kode ? galatMasuk(a.nama, kode) : a.baca(v);
  };
}

/** The first unreadable argument, so a typo never hides behind a blank one. */
function galatPertama(a: unknown, b: unknown, c: unknown, d: unknown): Galat | undefined {
  if (adalahObjek(a)) return a;
  if (adalahObjek(b)) return b;
  if (adalahObjek(c)) return c;
  return adalahObjek(d) ? d : undefined;
}

/** Returns a single value, or throws its Galat as the error Excel shows with its message. */
export function tunggal<T>(x: T | Galat): T {
  if (adalahObjek(x)) throw keExcel(x, bahasaFungsi());
  return x;
}
