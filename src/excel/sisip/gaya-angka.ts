/**
 * Number formats as named cell styles (ExcelApi 1.7): one style per format, applied to all its
 * cells in one RangeAreas write instead of a format string per cell. The styles carry the number
 * format only, so applying one leaves font, fill, borders and alignment as they are.
 */
import { RencanaBuku } from "../../workbook/rencana";
import { BIAYA_OPERASI } from "../batas-permintaan";
import { kelompokkanFormatAngka, pakaiGayaAngka } from "./format-sekaligus";
import { GayaAngka } from "./terapkan-isi";

/** Style names the add-in owns: a planner's own styles never start with it. */
export const AWALAN_GAYA = "IKU Kinerja · ";

/** Excel allows 255 characters in a style name; a long unit is cut and kept apart by its length. */
export function namaGayaAngka(format: string): string {
  const nama = AWALAN_GAYA + format;
  return nama.length <= 120 ? nama : `${nama.slice(0, 100)}… (${format.length})`;
}

/** The number formats of the sheets that take theirs by style, with the name of each style. */
export function gayaAngkaRencana(rencana: RencanaBuku): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const l of rencana.lembar) {
    const angka = kelompokkanFormatAngka(l.format);
    if (pakaiGayaAngka(angka, BIAYA_OPERASI)) for (const f of angka.keys()) hasil.set(f, namaGayaAngka(f));
  }
  return hasil;
}

/**
 * Queues the styles of `gaya` (format → name) the workbook lacks (`ada`: the names it has), each
 * set to carry just its number format; one already there (an earlier insertion's) is used as it
 * is, so its cells elsewhere never change. Returns the names added.
 */
export function siapkanGayaAngka(
  context: Excel.RequestContext,
  gaya: GayaAngka,
  ada: ReadonlySet<string>,
): string[] {
  const koleksi = context.workbook.styles;
  const baru: string[] = [];
  for (const [format, nama] of gaya) {
    if (ada.has(nama.toLowerCase())) continue;
    koleksi.add(nama);
    baru.push(nama);
    const s = koleksi.getItem(nama);
    s.numberFormat = format;
    s.includeNumber = true;
    s.includeAlignment = false;
    s.includeBorder = false;
    s.includeFont = false;
    s.includePatterns = false;
    s.includeProtection = false;
  }
  return baru;
}
