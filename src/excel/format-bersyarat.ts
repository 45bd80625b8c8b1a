import { FormatBersyarat } from "../workbook/rencana";

/**
 * Queues one conditional format, the one writer for the inserted workbook and for Tandai: a custom
 * rule relative to the range's top-left cell, like one typed in Excel.
 */
export function tulisFormatBersyarat(lembar: Excel.Worksheet, f: FormatBersyarat): Excel.ConditionalFormat {
  const cf = lembar.getRange(f.alamat).conditionalFormats.add("Custom");
  cf.custom.rule.formula = f.rumus.startsWith("=") ? f.rumus : `=${f.rumus}`;
  cf.custom.format.fill.color = f.warnaIsi;
  cf.custom.format.font.color = f.warnaFont;
  if (f.berhenti) cf.stopIfTrue = true;
  return cf;
}
