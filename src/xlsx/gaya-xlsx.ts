import type ExcelJS from "exceljs";
import { Gaya } from "../workbook/rencana";

/** "#FFC7CE" → "FFFFC7CE", the opaque ARGB ExcelJS writes. */
export const argb = (warna: string): string => "FF" + warna.replace(/^#/, "").toUpperCase();

const RATA_H = { kiri: "left", tengah: "center", kanan: "right" } as const;
const RATA_V = { atas: "top", tengah: "middle", bawah: "bottom" } as const;
const TIPIS: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** Applies a cell's accumulated Gaya (later formats already merged over earlier ones). */
export function terapkanGaya(sel: ExcelJS.Cell, g: Gaya): void {
  if (g.formatAngka !== undefined) sel.numFmt = g.formatAngka;
  const font: Partial<ExcelJS.Font> = { name: "Calibri", size: g.ukuranFont ?? 11 };
  if (g.tebal) font.bold = true;
  if (g.miring) font.italic = true;
  if (g.warnaFont) font.color = { argb: argb(g.warnaFont) };
  sel.font = font;
  if (g.warnaIsi) sel.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(g.warnaIsi) } };
  const rata: Partial<ExcelJS.Alignment> = {};
  if (g.rataHorizontal) rata.horizontal = RATA_H[g.rataHorizontal];
  if (g.rataVertikal) rata.vertical = RATA_V[g.rataVertikal];
  if (g.bungkusTeks) rata.wrapText = true;
  if (Object.keys(rata).length > 0) sel.alignment = rata;
  if (g.garis) sel.border = { top: TIPIS, bottom: TIPIS, left: TIPIS, right: TIPIS };
}
