/**
 * Values of the test evaluator, as Excel has them: number, text, boolean, error, a blank cell,
 * arrays and references. The coercions follow Excel's documented rules for the cases our
 * formulas meet; anything else throws, so a test never passes on a guessed semantics.
 */
export type KodeGalat = "#N/A" | "#DIV/0!" | "#VALUE!" | "#NUM!" | "#REF!";

export class GalatExcel {
  constructor(readonly kode: KodeGalat) {}
}

export const galatX = (kode: KodeGalat): GalatExcel => new GalatExcel(kode);
export const adalahGalatX = (v: unknown): v is GalatExcel => v instanceof GalatExcel;

/** A blank cell: 0 in arithmetic, "" against text, FALSE against a boolean. */
export const KOSONG_SEL: unique symbol = Symbol("kosong");
export type Skalar = number | string | boolean | GalatExcel | typeof KOSONG_SEL;

/** An array constant or a computed array, row by row. */
export class Larik {
  constructor(readonly baris: Skalar[][]) {}
  get tinggi(): number {
    return this.baris.length;
  }
  get lebar(): number {
    return this.baris[0]?.length ?? 0;
  }
}

/** A rectangle of cells on one sheet, 1-based, inclusive. */
export interface Rujukan {
  jenis: "rujukan";
  lembar: string;
  b1: number;
  k1: number;
  b2: number;
  k2: number;
}

export type Hasil = Skalar | Larik | Rujukan;

export const adalahRujukan = (v: Hasil): v is Rujukan =>
  typeof v === "object" && v !== null && !(v instanceof GalatExcel) && !(v instanceof Larik);

const ANGKA_TEKS = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%?)$/i;

/** Text Excel reads as a number in arithmetic ("45", " 1e3 ", "50%"); undefined otherwise. */
export function teksKeAngka(s: string): number | undefined {
  const t = s.trim();
  const m = ANGKA_TEKS.exec(t);
  if (!m) return undefined;
  const n = Number(m[3] ? t.slice(0, -1) : t);
  return m[3] ? n / 100 : n;
}

/** A value used as a number by an operator or a one-value argument. */
export function keAngka(v: Skalar): number | GalatExcel {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === KOSONG_SEL) return 0;
  if (adalahGalatX(v)) return v;
  const n = teksKeAngka(v);
  return n === undefined ? galatX("#VALUE!") : n;
}

/** A value used as a condition (IF, NOT, a direct AND/OR argument). */
export function keLogika(v: Skalar): boolean | GalatExcel {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === KOSONG_SEL) return false;
  if (adalahGalatX(v)) return v;
  const t = v.toUpperCase();
  if (t === "TRUE" || t === "FALSE") return t === "TRUE";
  return galatX("#VALUE!");
}

/** A number as the General format shows it: at most 15 significant digits. */
export function angkaKeTeks(n: number): string {
  const t = String(Number(n.toPrecision(15)));
  return t.replace(/e([+-])(\d)$/, "E$10$2").replace(/e/, "E");
}

export function keTeks(v: Skalar): string | GalatExcel {
  if (typeof v === "string") return v;
  if (typeof v === "number") return angkaKeTeks(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === KOSONG_SEL) return "";
  return v;
}

/** Relative tolerance of Excel's and LibreOffice's "approximately equal" (about 15 digits). */
const TOLERANSI = 2 ** -48;

export function hampirSama(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * TOLERANSI;
}

const peringkat = (v: number | string | boolean): number =>
  typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;

/**
 * Compares two values as Excel's = < > do: a blank takes the other side's type, numbers come
 * before texts before booleans, texts compare case-insensitively. Errors are the caller's.
 */
export function banding(a: Exclude<Skalar, GalatExcel>, b: Exclude<Skalar, GalatExcel>): number {
  const kosongSeperti = (x: number | string | boolean) =>
    typeof x === "number" ? 0 : typeof x === "string" ? "" : false;
  const x = a === KOSONG_SEL ? (b === KOSONG_SEL ? 0 : kosongSeperti(b)) : a;
  const y = b === KOSONG_SEL ? kosongSeperti(x) : b;
  if (peringkat(x) !== peringkat(y)) return peringkat(x) - peringkat(y);
  if (typeof x === "number" && typeof y === "number") return hampirSama(x, y) ? 0 : x < y ? -1 : 1;
  if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
  const s = String(x).toLowerCase();
  const t = String(y).toLowerCase();
  return s === t ? 0 : s < t ? -1 : 1;
}

/** The displayed form of a final value, for test messages. */
export function tampil(v: Skalar): string {
  if (adalahGalatX(v)) return v.kode;
  if (v === KOSONG_SEL) return "(kosong)";
  return JSON.stringify(v);
}
