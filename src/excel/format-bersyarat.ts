import { FormatBersyarat } from "../workbook/rencana";
import { sekaliPakai } from "./rentang-lepas";

/**
 * Queues one conditional format, the one writer for the inserted workbook and for Tandai: a custom
 * rule relative to the range's top-left cell, like one typed in Excel.
 */
export function tulisFormatBersyarat(lembar: Excel.Worksheet, f: FormatBersyarat): Excel.ConditionalFormat {
  // Marked for release: an insertion lets it go before its sync (Tandai keeps it, unreleased).
  const cf = sekaliPakai(lembar.getRange(f.alamat)).conditionalFormats.add("Custom");
  cf.custom.rule.formula = f.rumus.startsWith("=") ? f.rumus : `=${f.rumus}`;
  cf.custom.format.fill.color = f.warnaIsi;
  cf.custom.format.font.color = f.warnaFont;
  if (f.berhenti) cf.stopIfTrue = true;
  return cf;
}
