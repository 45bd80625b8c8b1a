/**
 * Where a check looks for its table's header on each sheet: the top-left window of every sheet,
 * read as formulas (header cells are typed text, nothing needs computing), with the used range
 * that says how far the table can go. Shared by the Renstra and quarter checks.
 */

/** The window searched for a header row: the top 30 rows, columns A–BL. */
export const JENDELA_KEPALA = { baris: 30, kolom: 64 };

/** A sheet queued for the search: its window and its used range, loaded at the next sync. */
export interface Calon {
  ws: Excel.Worksheet;
  jendela: Excel.Range;
  pakai: Excel.Range;
}

/** Queues the loads of one sheet's window and used range. */
export function calon(ws: Excel.Worksheet): Calon {
  ws.load("name");
  const jendela = ws.getRangeByIndexes(0, 0, JENDELA_KEPALA.baris, JENDELA_KEPALA.kolom).load("formulas");
  const pakai = ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  return { ws, jendela, pakai };
}
