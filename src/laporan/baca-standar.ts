/**
 * The standards of Tabel 3.8 as the LKjIP sheet holds them (the catalog's, perhaps corrected by the
 * planner), attached to the report's indicators by name. Apart from baca-buku.ts so that reader
 * stays as it is; a workbook without the table, or an unreadable row, simply adds no standard.
 */
import { bacaAngka } from "../domain/baca-angka";
import { adalahGalat } from "../domain/galat";
import { JUDUL_TABEL, KOLOM_38 } from "../domain/judul-lkjip";
import { DataLaporan } from "../domain/lkjip";
import { TINGKAT_STANDAR, TingkatStandar } from "../domain/types";
import { BukuUtuh } from "../xlsx/lembar-utuh";
import { NAMA_LEMBAR } from "./baca-buku";
import { indeksKolom } from "../workbook/alamat";
import { NAMA_DASAR } from "../workbook/rencana";

const AWALAN = JUDUL_TABEL.t38.slice(0, 9); // "Tabel 3.8"

/** The IKU cell a name formula shows: `IKU!E12`, `'IKU'!$E$12`, inside IF(TRIM(…)) or not. */
const POLA_RUJUKAN_IKU = new RegExp(`'?${NAMA_DASAR.iku}'?!\\$?([A-Z]{1,3})\\$?(\\d+)`);

/** Sets `standar` on the indicators Tabel 3.8 names; returns how many it set. */
export function lengkapiStandar(wb: BukuUtuh, data: DataLaporan): number {
  const ws = wb.lembar(NAMA_LEMBAR.lkjip);
  if (!ws) return 0;
  const teks = (r: number, k: number) => String(ws.nilai(r, k)).trim();
  let judul = 0;
  for (let r = 1; r <= ws.barisAkhir && !judul; r++) if (teks(r, 1).startsWith(AWALAN)) judul = r;
  if (!judul) return 0;
  const [, indikator, , standar, tingkat, sumber] = KOLOM_38(0);
  const kepala = new Map(ws.isiBaris(judul + 1).map(([k, v]) => [String(v).trim(), k]));
  const kol = [indikator, standar, tingkat, sumber].map((j) => kepala.get(j));
  if (kol.some((k) => k === undefined)) return 0;
  const [kInd, kStd, kTkt, kSmb] = kol as number[];
  const menurutNama = new Map(data.indikator.map((i) => [i.nama.trim(), i]));
  const iku = wb.lembar(NAMA_LEMBAR.iku);
  // A file no spreadsheet has computed yet keeps no result: the name is where its formula points on IKU
  const namaDariRumus = (r: number): string => {
    const m = POLA_RUJUKAN_IKU.exec(ws.rinci(r, kInd)?.rumus ?? "");
    if (!m || !iku) return "";
    return String(iku.nilai(Number(m[2]), indeksKolom(m[1]))).trim();
  };
  let banyak = 0;
  for (let r = judul + 2; r <= ws.barisAkhir; r++) {
    if (typeof bacaAngka(ws.nilai(r, 1)) !== "number") break;
    const nama = teks(r, kInd) || namaDariRumus(r);
    const ind = menurutNama.get(nama);
    const nilai = bacaAngka(ws.nilai(r, kStd));
    const tkt = teks(r, kTkt) as TingkatStandar;
    if (!ind || adalahGalat(nilai) || nilai === "" || !TINGKAT_STANDAR.includes(tkt)) continue;
    ind.standar = { nilai, tingkat: tkt, sumber: teks(r, kSmb) };
    banyak++;
  }
  return banyak;
}
