import { tolak } from "./galat";

/** What a cell holds: a value, or a formula (whose value the emulator does not compute). */
export type Nilai = number | string | boolean;
export interface Sel {
  nilai?: Nilai;
  rumus?: string;
}

/** Excel's limit on the characters of one cell (Excel specifications and limits). */
export const KARAKTER_SEL_MAKS = 32767;

const ANGKA = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One cell written through `values` or `formulas`, as Excel interprets it: null leaves the cell,
 * "" clears it, "=…" becomes a formula, through `formulas` "+…"/"-…" too; a leading apostrophe
 * keeps the rest as text and is not stored; numeric and TRUE/FALSE strings become numbers and
 * booleans unless the cell is formatted as text ("@"), where even a number is stored as its text.
 */
export function tafsirkan(v: unknown, lewatRumus: boolean, teks: boolean): Sel | null | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw tolak("InvalidArgument", `Angka tidak sah: ${v}`);
    // A cell formatted as Text takes whatever is entered as text, numbers included.
    return { nilai: teks ? String(v) : v };
  }
  if (typeof v === "boolean") return { nilai: v };
  if (typeof v !== "string")
    throw tolak("InvalidArgument", `Isi sel harus angka, teks atau boolean: ${JSON.stringify(v)}`);
  if (v.length > KARAKTER_SEL_MAKS) {
    throw tolak("InvalidArgument", `Sel berisi ${v.length} karakter; Excel membatasi ${KARAKTER_SEL_MAKS}`);
  }
  if (v === "") return null;
  if (v.startsWith("'")) return { nilai: v.slice(1) };
  if (teks) return { nilai: v };
  if (v.startsWith("=") && v.length > 1) return { rumus: v };
  if (ANGKA.test(v)) return { nilai: Number(v) };
  if (lewatRumus && /^[+-]/.test(v)) return { rumus: `=${v}` };
  if (/^(true|false)$/i.test(v)) return { nilai: v.toLowerCase() === "true" };
  return { nilai: v };
}

/**
 * Excel's error values, each "Error" to valueTypes: Excel.ErrorCellValueType lists them
 * (learn.microsoft.com/javascript/api/excel/excel.errorcellvaluetype); #BUSY! while a custom function computes.
 */
export const GALAT_SEL: ReadonlySet<string> = new Set([
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
]);

export function jenisNilai(s: Sel | undefined, nilai: Nilai | undefined): string {
  if (s === undefined) return "Empty";
  if (typeof nilai === "number") return "Double";
  if (typeof nilai === "boolean") return "Boolean";
  if (typeof nilai === "string" && GALAT_SEL.has(nilai)) return "Error";
  return nilai === "" || nilai === undefined ? "Empty" : "String";
}
