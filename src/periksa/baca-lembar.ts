import type { Cell, CellValue, Worksheet } from "exceljs";
import { Kisi, NilaiSel } from "../workbook/deteksi";

/** Excel's day 0 for serial dates (1899-12-30, which absorbs the 1900 leap-year bug). */
const HARI_NOL = Date.UTC(1899, 11, 30);

/** A cell's value the way Office.js `values` shows it: formulas by their cached result, dates as serials. */
export function nilaiSel(v: CellValue): NilaiSel {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - HARI_NOL) / 86400000;
  if ("richText" in v) return v.richText.map((b) => b.text).join("");
  if ("formula" in v || "sharedFormula" in v) return nilaiSel((v as { result?: CellValue }).result ?? null);
  if ("error" in v) return v.error;
  if ("text" in v) return String(v.text);
  return "";
}

/** Merged cells hold their value in the top-left cell only, as in Excel. */
const nilai = (c: Cell): NilaiSel => (c.isMerged && c.master !== c ? "" : nilaiSel(c.value));

/**
 * The sheet's values as a grid starting at its first non-empty row (column A), so the header
 * search window starts where the content does. `asal` is the sheet cell of the grid's (0, 0).
 */
export function bacaLembar(ws: Worksheet): { kisi: Kisi; asal: { kolom: number; baris: number } } {
  const kisi: NilaiSel[][] = [];
  const lebar = ws.columnCount;
  let awal = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const baris = Array.from({ length: lebar }, (_, c) => nilai(row.getCell(c + 1)));
    if (awal === 0 && baris.every((v) => v === "")) continue;
    if (awal === 0) awal = r;
    kisi.push(baris);
  }
  return { kisi, asal: { kolom: 1, baris: Math.max(awal, 1) } };
}
