import { uraiSel } from "../../workbook/alamat";
import { FormatBersyarat } from "../../workbook/rencana";
import { penandaDari, PENANDA } from "../../workbook/tanda";

/** The load path that brings every rule's formula in the same sync (non-custom rules give null). */
export const MUAT_ATURAN = "items/type,items/customOrNullObject/rule/formula";

/** The add-in's flags among loaded conditional formats, with their markers. */
export function aturanAddin(
  koleksi: Excel.ConditionalFormatCollection,
): { cf: Excel.ConditionalFormat; penanda: string }[] {
  return koleksi.items.flatMap((cf) => {
    const c = cf.customOrNullObject;
    const penanda = c.isNullObject ? undefined : penandaDari(c.rule.formula);
    return penanda ? [{ cf, penanda }] : [];
  });
}

/** Rows and columns (1-based, inclusive) of the range a marker names: "IKU-Kinerja E5:E14". */
export function kotakPenanda(penanda: string): { k0: number; b0: number; k1: number; b1: number } {
  const [a, b = a] = penanda.slice(PENANDA.length + 1).split(":");
  const p = uraiSel(a);
  const q = uraiSel(b);
  return { k0: p.kolom, b0: p.baris, k1: q.kolom, b1: q.baris };
}

/** Queues one flag: a custom rule relative to the range's top-left cell. */
export function tambahTanda(lembar: Excel.Worksheet, f: FormatBersyarat): void {
  const cf = lembar.getRange(f.alamat).conditionalFormats.add("Custom");
  cf.custom.rule.formula = `=${f.rumus}`;
  cf.custom.format.fill.color = f.warnaIsi;
  cf.custom.format.font.color = f.warnaFont;
}

/** Queues the load of every conditional format on the sheet with its formula. */
export function muatAturanLembar(lembar: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const koleksi = lembar.getRange().conditionalFormats;
  koleksi.load(MUAT_ATURAN);
  return koleksi;
}
