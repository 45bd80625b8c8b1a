/**
 * The add-in's record of its own flags: one workbook-scoped name per flag (NamedItemCollection.add,
 * ExcelApi 1.4), referring to the flag's range and written in the same batch as the rule. Excel
 * moves a name's reference with inserted rows exactly as it moves the rule's range, so the record
 * says where our rules are without loading any rule's properties: office-js #6827 and #6835 report
 * that loading the type or formula of rules sharing cells fails, sheet-wide or range-scoped.
 */
import { alamatBaku } from "../../workbook/tandai/tanda";
import { PENANDA_TANDA } from "../../workbook/tandai/tanda";

/** Names of the record: "IKU_Tanda_1", "IKU_Tanda_2"… (letters, digits and "_": a valid Excel name). */
export const AWALAN_CATATAN = "IKU_Tanda_";

/** One recorded flag: the name and the range it refers to now, on `lembar`. */
export interface Catatan {
  nama: string;
  lembar: string;
  alamat: string;
  /** Shown in the Name Manager: recorded by a version before records were hidden. */
  terlihat?: boolean;
}

/**
 * Queues the load of every workbook name with its reference (NamedItem.formula, ExcelApi 1.7)
 * and whether the Name Manager shows it (NamedItem.visible, ExcelApi 1.1).
 */
export function muatCatatan(context: Excel.RequestContext): Excel.NamedItemCollection {
  const nama = context.workbook.names;
  nama.load("items/name,items/formula,items/visible");
  return nama;
}

/**
 * "=Kinerja!$G$4:$G$9" or "='IKU 2025'!G4:G9" → the sheet and the address; undefined for
 * anything else (a constant, several areas, a reference lost to a deleted sheet: #REF!).
 */
export function uraiRujukan(rumus: string): { lembar: string; alamat: string } | undefined {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!,]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(rumus);
  if (!m) return undefined;
  return { lembar: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], alamat: alamatBaku(m[3]) };
}

/** The recorded flags among loaded names, those on `lembar` only (all sheets when undefined). */
export function daftarCatatan(nama: Excel.NamedItemCollection, lembar?: string): Catatan[] {
  return nama.items.flatMap((n) => {
    if (!n.name.startsWith(AWALAN_CATATAN)) return [];
    const r = uraiRujukan(n.formula ?? "");
    return r && (lembar === undefined || r.lembar === lembar)
      ? [{ nama: n.name, ...r, terlihat: n.visible !== false }]
      : [];
  });
}

/** The first numbers after the largest one used: names for `n` new records. */
export function namaBaru(nama: Excel.NamedItemCollection, n: number): string[] {
  const terpakai = nama.items
    .map((x) => x.name)
    .filter((x) => x.startsWith(AWALAN_CATATAN))
    .map((x) => Number(x.slice(AWALAN_CATATAN.length)))
    .filter(Number.isInteger);
  const awal = Math.max(0, ...terpakai) + 1;
  return Array.from({ length: n }, (_, i) => `${AWALAN_CATATAN}${awal + i}`);
}

/**
 * Queues the record of one flag, after its rule: a refused rule leaves no record behind it. The
 * name is hidden from the Name Manager (planners did not make it) through the object `add`
 * returns, where hiding works (office-js #3878).
 */
export function catat(lembar: Excel.Worksheet, nama: string, alamat: string): void {
  lembar.context.workbook.names.add(nama, lembar.getRange(alamat), PENANDA_TANDA).visible = false;
}

/**
 * Queues, for each record an earlier version left in the Name Manager, its
 * replacement: the same name deleted and added again, hidden, on the same range. Hiding the
 * existing name would be ignored (office-js #3878, #3949). A record's reference is always a range
 * (daftarCatatan), so `visible` is never set on a name whose reference was lost (#5882).
 * `catatan` are records on `lembar` (daftarCatatan with its name).
 *
 * @example gantiCatatanTerlihat(ws, [{ nama: "IKU_Tanda_1", lembar: "Data", alamat: "B2:B3", terlihat: true }]) //=> 1
 */
export function gantiCatatanTerlihat(lembar: Excel.Worksheet, catatan: readonly Catatan[]): number {
  const terlihat = catatan.filter((c) => c.terlihat === true);
  for (const c of terlihat) {
    // Delete and add next to each other: nothing queued between them can leave the record missing.
    lembar.context.workbook.names.getItem(c.nama).delete();
    catat(lembar, c.nama, c.alamat);
  }
  return terlihat.length;
}

/** A record and the number of rules on its range, read at the next sync. */
export interface HitungAturan {
  catatan: Catatan;
  jumlah: OfficeExtension.ClientResult<number>;
}

/**
 * Queues, per record, the count of rules on its range: a count is read safely where a rule's
 * properties are not (office-js #6827). None means ours is gone while its name stayed: the planner
 * cleared the rules (Beranda > Pemformatan Bersyarat > Hapus Aturan), which leaves names alone.
 */
export function muatJumlahAturan(lembar: Excel.Worksheet, catatan: readonly Catatan[]): HitungAturan[] {
  return catatan.map((c) => ({
    catatan: c,
    jumlah: lembar.getRange(c.alamat).conditionalFormats.getCount(),
  }));
}

/**
 * The records whose range holds no rule any more, after the sync; their names are queued for
 * deletion, so the flag written again in their place is recorded once. A planner's own rule on
 * exactly our range keeps a record alive: the count cannot tell it from ours.
 */
export function buangCatatanBasi(context: Excel.RequestContext, hitung: readonly HitungAturan[]): Catatan[] {
  const basi = hitung.filter((h) => dibaca(h.jumlah) === 0).map((h) => h.catatan);
  for (const c of basi) context.workbook.names.getItem(c.nama).delete();
  return basi;
}

/** A count's value, or undefined when its batch was refused and retried without it. */
function dibaca(n: OfficeExtension.ClientResult<number>): number | undefined {
  try {
    return n.value;
  } catch {
    return undefined;
  }
}
