/** Loads an ExcelJS workbook (as bukuXlsx writes a plan, then filled) into the test evaluator. */
import ExcelJS from "exceljs";
import { BukuUji, IsiSel } from "./buku";

function isi(c: ExcelJS.Cell): IsiSel {
  const v = c.value;
  if (v === null || v === undefined) return null;
  // A shared formula's follower: ExcelJS moves the master's formula to this cell.
  if (typeof v === "object" && "sharedFormula" in v) return { rumus: `=${c.formula}` };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "formula" in v) return { rumus: `=${v.formula}` };
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  throw new Error(`Isi sel tak didukung penilai: ${JSON.stringify(v)}`);
}

export function bukuDariExcelJs(wb: ExcelJS.Workbook): BukuUji {
  const buku = new BukuUji();
  wb.eachSheet((ws) => {
    // A sheet with no cells is still a sheet other formulas may name.
    buku.tulisDi(ws.name, 1, 1, isi(ws.getCell(1, 1)));
    ws.eachRow({ includeEmpty: false }, (row, b) =>
      row.eachCell({ includeEmpty: false }, (c, k) => buku.tulisDi(ws.name, b, k, isi(c))),
    );
  });
  return buku;
}
