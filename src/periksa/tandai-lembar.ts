import type { Worksheet } from "exceljs";
import { FormatBersyarat } from "../workbook/rencana";
import { penandaDari } from "../workbook/tanda";

interface AturanTersimpan {
  formulae?: unknown[];
}

/** The markers of the add-in's flags already on the sheet (ExcelJS keeps the rules it reads). */
function penandaAda(ws: Worksheet): Set<string> {
  const daftar =
    (ws as unknown as { conditionalFormattings?: { rules: AturanTersimpan[] }[] }).conditionalFormattings ??
    [];
  const ada = new Set<string>();
  for (const cf of daftar)
    for (const a of cf.rules)
      for (const f of a.formulae ?? []) {
        const p = penandaDari(String(f));
        if (p) ada.add(p);
      }
  return ada;
}

const argb = (hex: string) => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` });

/** Adds the planned flags the sheet does not have yet; returns how many were added. */
export function tandaiLembar(ws: Worksheet, rencana: readonly FormatBersyarat[]): number {
  const ada = penandaAda(ws);
  let ditambah = 0;
  for (const f of rencana) {
    if (ada.has(penandaDari(f.rumus) ?? "")) continue;
    ws.addConditionalFormatting({
      ref: f.alamat,
      rules: [
        {
          type: "expression",
          // 0 lets ExcelJS number the rule after the user's own rules.
          priority: 0,
          formulae: [f.rumus],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: argb(f.warnaIsi) },
            font: { color: argb(f.warnaFont) },
          },
        },
      ],
    });
    ditambah++;
  }
  return ditambah;
}
