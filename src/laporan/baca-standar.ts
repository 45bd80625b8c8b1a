/**
 * The standards of Tabel 3.8 as the LKjIP sheet holds them (the catalog's, perhaps corrected by the
 * planner), attached to the report's indicators by name. Apart from baca-buku.ts so that reader
 * stays as it is; a workbook without the table, or an unreadable row, simply adds no standard.
 */
import type { CellValue, Workbook } from "exceljs";
import { bacaAngka } from "../domain/baca-angka";
import { adalahGalat } from "../domain/galat";
import { JUDUL_TABEL, KOLOM_38 } from "../domain/judul-lkjip";
import { DataLaporan } from "../domain/lkjip";
import { TINGKAT_STANDAR, TingkatStandar } from "../domain/types";
import { NAMA_LEMBAR } from "./baca-buku";

/** A cell's text or number, a formula by its saved result. */
function isi(v: CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "object" && "result" in v) return isi((v as { result?: CellValue }).result ?? null);
  if (typeof v === "object" && "richText" in v) return v.richText.map((b) => b.text).join("");
  return null;
}

const AWALAN = JUDUL_TABEL.t38.slice(0, 9); // "Tabel 3.8"

/** Sets `standar` on the indicators Tabel 3.8 names; returns how many it set. */
export function lengkapiStandar(wb: Workbook, data: DataLaporan): number {
  const ws = wb.getWorksheet(NAMA_LEMBAR.lkjip);
  if (!ws) return 0;
  let judul = 0;
  ws.eachRow((row, r) => {
    if (!judul && String(isi(row.getCell(1).value) ?? "").startsWith(AWALAN)) judul = r;
  });
  if (!judul) return 0;
  const [, indikator, , standar, tingkat, sumber] = KOLOM_38(0);
  const kepala = new Map<string, number>();
  ws.getRow(judul + 1).eachCell((c, k) => kepala.set(String(isi(c.value) ?? "").trim(), k));
  const kol = [indikator, standar, tingkat, sumber].map((j) => kepala.get(j));
  if (kol.some((k) => k === undefined)) return 0;
  const [kInd, kStd, kTkt, kSmb] = kol as number[];
  const menurutNama = new Map(data.indikator.map((i) => [i.nama.trim(), i]));
  let banyak = 0;
  for (let r = judul + 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const nama = String(isi(row.getCell(kInd).value) ?? "").trim();
    const ind = menurutNama.get(nama);
    if (!nama) break;
    const nilai = bacaAngka(isi(row.getCell(kStd).value));
    const tkt = String(isi(row.getCell(kTkt).value) ?? "").trim() as TingkatStandar;
    if (!ind || adalahGalat(nilai) || nilai === "" || !TINGKAT_STANDAR.includes(tkt)) continue;
    ind.standar = { nilai, tingkat: tkt, sumber: String(isi(row.getCell(kSmb).value) ?? "").trim() };
    banyak++;
  }
  return banyak;
}
