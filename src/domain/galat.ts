import { Bahasa, Teks } from "../bahasa";

/** The only two Excel error codes that carry a message to the user. */
export type KodeGalat = "#VALUE!" | "#N/A";

/** A domain error: a value, not an exception, so cores stay plain functions. */
export interface Galat {
  readonly galat: KodeGalat;
  /** Both languages, from the message table (pesan.ts); the edge picks one. */
  readonly pesan: Teks;
}

export const galat = (kode: KodeGalat, pesan: Teks): Galat => ({ galat: kode, pesan });

export const nilaiSalah = (pesan: Teks): Galat => galat("#VALUE!", pesan);

export function adalahGalat(x: unknown): x is Galat {
  return typeof x === "object" && x !== null && "galat" in x && "pesan" in x;
}

/**
 * The code of an Excel error passed in as an argument ("#N/A", "#DIV/0!"...): Excel hands custom
 * functions such inputs as error objects carrying the code.
 */
export function kodeGalatMasuk(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null || !("code" in v)) return undefined;
  const kode = (v as { code: unknown }).code;
  return typeof kode === "string" && kode.startsWith("#") ? kode : undefined;
}

/** Every error value Excel shows in a cell (Excel.ErrorCellValueType, learn.microsoft.com/javascript/api/excel/excel.errorcellvaluetype). */
export const KODE_GALAT_EXCEL = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
  "#FIELD!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BLOCKED!",
  "#PYTHON!",
  "#EXTERNAL!",
] as const;

const GALAT_EXCEL: ReadonlySet<string> = new Set(KODE_GALAT_EXCEL);

/**
 * The code of an Excel error value, as Range.values gives it (the exact text "#REF!") or as a custom
 * function receives it (an error object); undefined for anything else, text like "#1" included.
 */
export function kodeGalatSel(v: unknown): string | undefined {
  if (typeof v === "string") return GALAT_EXCEL.has(v) ? v : undefined;
  return kodeGalatMasuk(v);
}

/** Whether an error value only means "not computed yet": custom functions and data types still working. */
export const masihDihitung = (kode: string | undefined): boolean =>
  kode === "#BUSY!" || kode === "#GETTING_DATA";

/**
 * Shows a value the way the user typed it, for messages. Numbers keep the Indonesian decimal
 * comma in both languages: the display language says nothing about the number format.
 */
export function tampilkan(v: unknown, bahasa: Bahasa = "id"): string {
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 37) + "..." : v}"`;
  if (typeof v === "number") return Number.isFinite(v) ? String(v).replace(".", ",") : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null || v === undefined) return bahasa === "en" ? "(blank)" : "(kosong)";
  return kodeGalatMasuk(v) ?? String(v);
}

export const tidakTersedia = (pesan: Teks): Galat => galat("#N/A", pesan);
