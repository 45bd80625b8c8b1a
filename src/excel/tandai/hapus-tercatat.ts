/**
 * Finds the rules behind recorded flags (catatan-tanda.ts) in one collection scoped to the
 * recorded ranges, never the sheet-wide one (office-js #5222: deleting through it fails where
 * rules overlap). Reading the rules' formulas tells ours by their marker; where Excel refuses that
 * read (office-js #6827, #6835: rules sharing cells), a rule is ours when its own range is exactly
 * one recorded range. All or nothing: one flag not told apart from a planner's rule keeps every rule.
 */
import { alamatBaku, penandaDari } from "../../workbook/tandai/tanda";
import { Catatan } from "./catatan-tanda";

export type PersiapanHapus =
  | {
      ok: true;
      /** Queues the deletions and the records' removal; returns the rules deleted. */ hapus(): number;
    }
  | { ok: false; /** The recorded ranges whose rule could not be told apart. */ alamat: string[] };

const rumusDari = (cf: Excel.ConditionalFormat): string =>
  cf.customOrNullObject.isNullObject ? "" : (cf.customOrNullObject.rule.formula ?? "");

/** One or two syncs, three where formulas cannot be read; queues nothing. */
export async function siapkanHapus(
  context: Excel.RequestContext,
  lembar: Excel.Worksheet,
  catatan: readonly Catatan[],
): Promise<PersiapanHapus> {
  const koleksi = lembar.getRanges(catatan.map((c) => c.alamat).join(",")).conditionalFormats;
  let milik: number[];
  try {
    koleksi.load("items/id,items/customOrNullObject/rule/formula");
    await context.sync();
    milik = koleksi.items.flatMap((cf, i) => (penandaDari(rumusDari(cf)) !== undefined ? [i] : []));
  } catch {
    // The formulas cannot be read here: each rule's own range against the record.
    koleksi.load("items/id");
    await context.sync();
    const rentang = koleksi.items.map((cf) => cf.getRanges().load("address"));
    await context.sync();
    const alamat = rentang.map((r) => (r.address.includes(",") ? "" : alamatBaku(r.address)));
    const kembar = catatan.filter((c) => alamat.filter((a) => a === c.alamat).length > 1);
    if (kembar.length > 0) return { ok: false, alamat: kembar.map((c) => c.alamat) };
    const tercatat = new Set(catatan.map((c) => c.alamat));
    milik = alamat.flatMap((a, i) => (tercatat.has(a) ? [i] : []));
  }
  return {
    ok: true,
    hapus() {
      // Last first: no deletion moves a rule still to be deleted (an id may be its position).
      for (const i of [...milik].reverse()) koleksi.items[i].delete();
      for (const c of catatan) context.workbook.names.getItem(c.nama).delete();
      return milik.length;
    },
  };
}
