/**
 * The inserted sheets' formats as named cell styles (ExcelApi 1.7): one style per look (font,
 * fill, alignment, borders) and one per number format, each applied to all its cells with one
 * RangeAreas write instead of a property per range. A look style leaves number formats alone and a
 * number style carries nothing else, so a cell takes one of each. The names say what they hold;
 * a style already in the workbook under such a name (an earlier insertion's) is used as it is.
 */
import { Gaya, RencanaBuku } from "../../workbook/rencana";
import { BIAYA_OPERASI } from "../batas-permintaan";
import { kelompokkanFormatAngka, kelompokkanTampilan, pakaiGayaAngka } from "./format-sekaligus";

/** Style names the add-in owns: a planner's own styles never start with it. */
export const AWALAN_GAYA = "IKU Kinerja · ";

/** Excel allows 255 characters in a style name; a long one is cut and kept apart by its length. */
function potongNama(isi: string): string {
  const nama = AWALAN_GAYA + isi;
  return nama.length <= 120 ? nama : `${nama.slice(0, 100)}… (${isi.length})`;
}

export const namaGayaAngka = (format: string): string => potongNama(`angka ${format}`);

const KATA_RATA = { kiri: "kiri", tengah: "tengah", kanan: "kanan", atas: "atas", bawah: "bawah" } as const;

/**
 * A look's style name, its properties in words.
 *
 * @example namaGayaTampilan({ tebal: true, ukuranFont: 10, garis: true }) // "IKU Kinerja · tebal 10pt garis"
 */
export function namaGayaTampilan(g: Gaya): string {
  const kata: string[] = [];
  if (g.tebal !== undefined) kata.push(g.tebal ? "tebal" : "tidak-tebal");
  if (g.miring !== undefined) kata.push(g.miring ? "miring" : "tegak");
  if (g.ukuranFont !== undefined) kata.push(`${g.ukuranFont}pt`);
  if (g.rataHorizontal) kata.push(KATA_RATA[g.rataHorizontal]);
  if (g.rataVertikal) kata.push(`v-${KATA_RATA[g.rataVertikal]}`);
  if (g.bungkusTeks !== undefined) kata.push(g.bungkusTeks ? "bungkus" : "satu-baris");
  if (g.garis) kata.push("garis");
  if (g.warnaIsi) kata.push(`isi ${g.warnaIsi}`);
  if (g.warnaFont) kata.push(`huruf ${g.warnaFont}`);
  return potongNama(kata.length > 0 ? kata.join(" ") : "biasa");
}

/** The styles a plan needs, by number format and by look key, with their names. */
export interface GayaRencana {
  angka: ReadonlyMap<string, string>;
  tampilan: ReadonlyMap<string, { nama: string; gaya: Gaya }>;
}

/** The key of a look, as the writer finds it again per sheet: its name, which says all it holds. */
export const kunciTampilan = (g: Gaya): string => namaGayaTampilan(g);

/** Every style of a plan: the looks of all sheets, the number formats of those that take them by style. */
export function gayaRencana(rencana: RencanaBuku): GayaRencana {
  const angka = new Map<string, string>();
  const tampilan = new Map<string, { nama: string; gaya: Gaya }>();
  for (const l of rencana.lembar) {
    const kelompok = kelompokkanFormatAngka(l.format);
    if (pakaiGayaAngka(kelompok, BIAYA_OPERASI))
      for (const f of kelompok.keys()) angka.set(f, namaGayaAngka(f));
    for (const { gaya } of kelompokkanTampilan(l.format))
      tampilan.set(kunciTampilan(gaya), { nama: namaGayaTampilan(gaya), gaya });
  }
  return { angka, tampilan };
}

const RATA_H = { kiri: "Left", tengah: "Center", kanan: "Right" } as const;
const RATA_V = { atas: "Top", tengah: "Center", bawah: "Bottom" } as const;
const SISI = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** A new style's properties for a look: what the look sets; the rest stays Normal's. */
function aturTampilan(s: Excel.Style, g: Gaya): void {
  s.includeNumber = false;
  s.includeProtection = false;
  if (g.tebal !== undefined) s.font.bold = g.tebal;
  if (g.miring !== undefined) s.font.italic = g.miring;
  if (g.ukuranFont !== undefined) s.font.size = g.ukuranFont;
  if (g.warnaFont !== undefined) s.font.color = g.warnaFont;
  if (g.warnaIsi !== undefined) s.fill.color = g.warnaIsi;
  if (g.rataHorizontal) s.horizontalAlignment = RATA_H[g.rataHorizontal];
  if (g.rataVertikal) s.verticalAlignment = RATA_V[g.rataVertikal];
  if (g.bungkusTeks !== undefined) s.wrapText = g.bungkusTeks;
  if (g.garis) for (const sisi of SISI) s.borders.getItem(sisi).style = "Continuous";
}

/** A number style: its format only. */
function aturAngka(s: Excel.Style, format: string): void {
  s.numberFormat = format;
  s.includeNumber = true;
  s.includeAlignment = false;
  s.includeBorder = false;
  s.includeFont = false;
  s.includePatterns = false;
  s.includeProtection = false;
}

/** Operations queued per new style, for the request estimate. */
export const OPERASI_PER_GAYA = 16;

/**
 * Queues the styles the workbook lacks (`ada`: the lower-case names it has), each set to what its
 * name says. Returns the names added.
 */
export function siapkanGaya(
  context: Excel.RequestContext,
  gaya: GayaRencana,
  ada: ReadonlySet<string>,
): string[] {
  const koleksi = context.workbook.styles;
  const baru: string[] = [];
  const tambah = (nama: string, atur: (s: Excel.Style) => void) => {
    if (ada.has(nama.toLowerCase()) || baru.includes(nama)) return;
    koleksi.add(nama);
    baru.push(nama);
    atur(koleksi.getItem(nama));
  };
  for (const { nama, gaya: g } of gaya.tampilan.values()) tambah(nama, (s) => aturTampilan(s, g));
  for (const [format, nama] of gaya.angka) tambah(nama, (s) => aturAngka(s, format));
  return baru;
}
