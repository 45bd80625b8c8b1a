import { indeksKolom, kotak, uraiSel } from "../workbook/alamat";
import { Blok, FormatRentang, Gaya, RencanaLembar, Sel, adalahRumus } from "../workbook/rencana";
import { satuFormatAngka } from "./format-angka";
import { ukuranRentang } from "./ukuran-rentang";

const RATA_H = { kiri: "Left", tengah: "Center", kanan: "Right" } as const;
const RATA_V = { atas: "Top", tengah: "Center", bawah: "Bottom" } as const;

/**
 * Characters to points. Excel's width unit is the width of one digit of the default font
 * (Calibri 11: 7 px) plus 5 px of cell padding; Office.js wants points, and 1 px = 0.75 pt at 96 dpi.
 */
export const lebarKePoin = (karakter: number): number => Math.round((karakter * 7 + 5) * 0.75 * 100) / 100;

/** The whole rectangle of a block, from its top-left cell and the size of its values. */
export function alamatBlok(blok: Blok): string {
  const { kolom, baris } = uraiSel(blok.alamat);
  return kotak(kolom, baris, blok.nilai[0]?.length ?? 1, blok.nilai.length);
}

/**
 * What `formulas` gets for one cell. Excel reads that string as if typed: "=", "+", "-" or "@"
 * starts a formula, and "41%", "TRUE" or "1/2" become values; a leading apostrophe makes the
 * rest literal text (the apostrophe is not part of the value), so every text gets one.
 */
export function masukanSel(v: Sel): string | number | boolean | null {
  if (adalahRumus(v)) return v.rumus;
  return typeof v === "string" && v !== "" ? `'${v}` : v;
}

/** One write per block: values and formulas together, never cell by cell. */
function tulisBlok(lembar: Excel.Worksheet, blok: Blok): void {
  if (blok.nilai.length === 0) return;
  // null leaves a cell as it is, which on a new sheet means blank.
  lembar.getRange(alamatBlok(blok)).formulas = blok.nilai.map((baris) => baris.map(masukanSel));
}

const SISI_GARIS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Thin borders around and inside; inner edges only where the range has them (Excel rejects the rest). */
function garisi(rentang: Excel.Range, alamat: string): void {
  const u = ukuranRentang(alamat);
  const sisi: Array<(typeof SISI_GARIS)[number] | "InsideHorizontal" | "InsideVertical"> = [...SISI_GARIS];
  if (!u || u.baris > 1) sisi.push("InsideHorizontal");
  if (!u || u.kolom > 1) sisi.push("InsideVertical");
  for (const s of sisi) rentang.format.borders.getItem(s).style = "Continuous";
}

/** Font, fill, alignment and borders; number formats go separately, all in one write. */
function gayai(rentang: (alamat: string) => Excel.Range, { alamat, gaya }: FormatRentang): void {
  const g: Gaya = gaya;
  if (Object.keys(g).every((k) => k === "formatAngka")) return;
  const r = rentang(alamat);
  if (g.tebal !== undefined) r.format.font.bold = g.tebal;
  if (g.miring !== undefined) r.format.font.italic = g.miring;
  if (g.ukuranFont !== undefined) r.format.font.size = g.ukuranFont;
  if (g.warnaFont !== undefined) r.format.font.color = g.warnaFont;
  if (g.warnaIsi !== undefined) r.format.fill.color = g.warnaIsi;
  if (g.rataHorizontal) r.format.horizontalAlignment = RATA_H[g.rataHorizontal];
  if (g.rataVertikal) r.format.verticalAlignment = RATA_V[g.rataVertikal];
  if (g.bungkusTeks !== undefined) r.format.wrapText = g.bungkusTeks;
  if (g.garis) garisi(r, alamat);
}

/** Consecutive keys with the same size, so 500 equal rows cost one operation, not 500. */
export function kelompokkan(
  ukuran: Array<[number, number]>,
): Array<{ dari: number; sampai: number; nilai: number }> {
  const urut = [...ukuran].sort((a, b) => a[0] - b[0]);
  const hasil: Array<{ dari: number; sampai: number; nilai: number }> = [];
  for (const [k, v] of urut) {
    const akhir = hasil[hasil.length - 1];
    if (akhir && akhir.sampai === k - 1 && akhir.nilai === v) akhir.sampai = k;
    else hasil.push({ dari: k, sampai: k, nilai: v });
  }
  return hasil;
}

/** Cell contents, formats, merges, column widths and row heights of one new sheet. */
export function terapkanIsi(lembar: Excel.Worksheet, rencana: RencanaLembar): void {
  // One Range object per address: a range styled twice is still one object in the batch.
  const dikenal = new Map<string, Excel.Range>();
  const rentang = (alamat: string): Excel.Range => {
    const r = dikenal.get(alamat) ?? lembar.getRange(alamat);
    dikenal.set(alamat, r);
    return r;
  };
  for (const blok of rencana.blok) tulisBlok(lembar, blok);
  for (const f of rencana.format) gayai(rentang, f);
  const angka = satuFormatAngka(rencana.format);
  if (angka) rentang(angka.alamat).numberFormat = angka.nilai;
  for (const g of rencana.gabung) lembar.getRange(g).merge(false);
  const kolom = Object.entries(rencana.lebarKolom).map(([h, v]): [number, number] => [indeksKolom(h), v]);
  // A width or height set on a strip of cells applies to the whole columns or rows.
  for (const k of kelompokkan(kolom)) {
    lembar.getRange(kotak(k.dari, 1, k.sampai - k.dari + 1, 1)).format.columnWidth = lebarKePoin(k.nilai);
  }
  const baris = Object.entries(rencana.tinggiBaris).map(([b, v]): [number, number] => [Number(b), v]);
  for (const k of kelompokkan(baris)) {
    lembar.getRange(kotak(1, k.dari, 1, k.sampai - k.dari + 1)).format.rowHeight = k.nilai;
  }
}
