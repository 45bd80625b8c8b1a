import { beririsan } from "../../workbook/alamat";
import { penandaDari } from "../../workbook/tandai/tanda";

/** The load path that brings every rule's formula in the same sync (non-custom rules give null). */
export const MUAT_ATURAN = "items/type,items/customOrNullObject/rule/formula";

const rumusDari = (cf: Excel.ConditionalFormat): string =>
  cf.customOrNullObject.isNullObject ? "" : (cf.customOrNullObject.rule.formula ?? "");

const milikAddin = (cf: Excel.ConditionalFormat): boolean => penandaDari(rumusDari(cf)) !== undefined;

/** One of the add-in's rules, with the range it applies to now and the collection scoped to it. */
export interface AturanMilik {
  cf: Excel.ConditionalFormat;
  rentang: Excel.RangeAreas;
  lingkup: Excel.ConditionalFormatCollection;
}

/**
 * The add-in's rules among loaded conditional formats. For each, queues the load of the range it
 * applies to now (ExcelApi 1.9; the marker names none) and of the collection scoped to that range,
 * through which it is deleted: the sheet-wide collection may fail with ItemNotFound where rules
 * overlap (office-js #5222, #6827, #6835).
 */
export function muatMilik(koleksi: Excel.ConditionalFormatCollection): AturanMilik[] {
  return koleksi.items.filter(milikAddin).map((cf) => {
    const lingkup = cf.getRanges().conditionalFormats;
    lingkup.load(MUAT_ATURAN);
    const rentang = cf.getRanges();
    rentang.load("address");
    return { cf, rentang, lingkup };
  });
}

/** Queues the same loads again, after a sync whose results Excel refused. */
export function muatUlang(milik: readonly AturanMilik[]): void {
  for (const m of milik) {
    m.lingkup.load(MUAT_ATURAN);
    m.rentang.load("address");
  }
}

/** Each loaded rule of the add-in with its current address, for sudahDitandai. */
export const daftarMilik = (milik: readonly AturanMilik[]): { alamat: string; rumus: string }[] =>
  milik.map((m) => ({ alamat: m.rentang.address, rumus: rumusDari(m.cf) }));

/**
 * Where each rule sits in the collection scoped to its own range: rule i is the k-th of the
 * add-in's rules there, k counted among the rules of ours whose ranges meet its range, in the
 * sheet's order. Undefined when the scoped collection disagrees (the sheet changed meanwhile).
 * Pure: `alamat[i]` is rule i's address, `banyakDiLingkup[i]` how many of ours its scope holds.
 */
export function letakDiLingkup(
  alamat: readonly string[],
  banyakDiLingkup: readonly number[],
): (number | undefined)[] {
  return alamat.map((a, i) => {
    const sebelum = alamat.slice(0, i).filter((b) => beririsan(a, b)).length;
    const semua = alamat.filter((b) => beririsan(a, b)).length;
    return semua === banyakDiLingkup[i] ? sebelum : undefined;
  });
}

/**
 * Queues the deletion of the chosen rules, each through the collection scoped to its own range,
 * last rule first so no deletion moves a rule still to be deleted. Returns how many were queued.
 */
export function hapusMilik(milik: readonly AturanMilik[], pilih: (i: number) => boolean): number {
  const ours = milik.map((m) => m.lingkup.items.filter(milikAddin));
  const letak = letakDiLingkup(
    milik.map((m) => m.rentang.address),
    ours.map((o) => o.length),
  );
  let dihapus = 0;
  for (let i = milik.length - 1; i >= 0; i--) {
    const k = letak[i];
    if (!pilih(i) || k === undefined) continue;
    ours[i][k].delete();
    dihapus++;
  }
  return dihapus;
}

/** Queues the load of every conditional format on the sheet with its formula. */
export function muatAturanLembar(lembar: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const koleksi = lembar.getRange().conditionalFormats;
  koleksi.load(MUAT_ATURAN);
  return koleksi;
}
