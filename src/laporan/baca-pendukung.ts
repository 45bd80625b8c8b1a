/**
 * Tabel 3.9 (the programs and kegiatan behind the results) as the LKjIP sheet shows it after the
 * planner's spreadsheet computed it. Unlike the IKU table, its inputs cannot be re-read and computed
 * here: each Renstra row's polarity and aggregation live only in the Evaluasi Renja sheet's formulas,
 * so the draft takes the values the planner saw and printed. The units come from the Renstra sheet,
 * where they are typed.
 */
import { bacaAngka } from "../domain/baca-angka";
import { adalahGalat, Galat, nilaiSalah } from "../domain/galat";
import { JUDUL_TABEL_PENDUKUNG, KOLOM_39, TEKS_TANPA_CASCADE } from "../domain/judul-renja";
import type { Baris39 } from "../domain/lkjip-pendukung";
import type { NilaiRenja } from "../domain/renja";
import { BukuUtuh, LembarUtuh } from "../xlsx/lembar-utuh";
import { cariKepala, NAMA_LEMBAR, teksSel } from "./baca-buku";
import { BagianHilang } from "./bagian-hilang";

/** Tabel 3.9 as read: its rows with their units, or the one row of a workbook without a cascade. */
export type Tabel39Dibaca =
  | { ada: true; baris: Baris39[]; satuan: string[] }
  | { ada: false; tanpaCascade: true }
  | { ada: false; hilang: BagianHilang };

/** Why a saved error has no number: the reason the Evaluasi Renja row's Keterangan gives, when it gives one. */
const galatBaris = (alasan: string): Galat =>
  nilaiSalah(
    alasan
      ? {
          id: `${alasan} (kolom Keterangan, lembar Evaluasi Renja).`,
          en: `${alasan} (Keterangan column, Evaluasi Renja sheet).`,
        }
      : {
          id: "lihat kolom Keterangan di lembar Evaluasi Renja.",
          en: "see the Keterangan column on the Evaluasi Renja sheet.",
        },
  );

/** A saved cell as the domain's value: a number, blank (""), or the row's error. */
function nilaiTersimpan(ws: LembarUtuh, r: number, k: number, galat: () => Galat): NilaiRenja {
  if (ws.rinci(r, k)?.galat) return galat();
  const n = bacaAngka(ws.nilai(r, k));
  if (adalahGalat(n)) return galat();
  return n;
}

const kunci = (kode: string, indikator: string) => `${kode}\u0000${indikator}`;

/**
 * One column of a Renstra-shaped sheet (Renstra, Evaluasi Renja) by each row's code (its program's or
 * kegiatan's for further indicators) and indicator.
 */
function kolomMenurutBaris(ws: LembarUtuh | undefined, judul: string): Map<string, string> {
  const peta = new Map<string, string>();
  const kepala = ws && cariKepala(ws, ["Kode", "Indikator Kinerja", judul]);
  if (!ws || !kepala) return peta;
  const [kKode, kInd, kIsi] = ["Kode", "Indikator Kinerja", judul].map((j) => kepala.kolom.get(j)!);
  let kode = "";
  for (let b = kepala.baris + 1; b <= ws.barisAkhir; b++) {
    kode = teksSel(ws, b, kKode) || kode;
    const ind = teksSel(ws, b, kInd);
    if (ind) peta.set(kunci(kode, ind), teksSel(ws, b, kIsi));
  }
  return peta;
}

/**
 * Tabel 3.9 for year `n` from the saved LKjIP sheet. Left out (with the reason as a missing part)
 * when the sheet or table is missing, states another year, or was never computed by a spreadsheet.
 */
export function bacaTabel39(wb: BukuUtuh, n: number): Tabel39Dibaca {
  const ws = wb.lembar(NAMA_LEMBAR.lkjip);
  if (!ws) return { ada: false, hilang: "lembarLkjip" };
  let judul = 0;
  for (let r = 1; r <= ws.barisAkhir && !judul; r++)
    if (teksSel(ws, r, 1) === JUDUL_TABEL_PENDUKUNG.t39) judul = r;
  if (!judul) return { ada: false, hilang: "tabel39" };
  const kepala = new Map(ws.isiBaris(judul + 1).map(([k, v]) => [String(v).trim(), k]));
  const tahunTabel = [...kepala.keys()].map((j) => /^Target (\d{4})$/.exec(j)?.[1]).find(Boolean);
  if (tahunTabel !== undefined && Number(tahunTabel) !== n) return { ada: false, hilang: "tabel39TahunLain" };
  const kol = KOLOM_39(n).map((j) => kepala.get(j));
  if (kol.some((k) => k === undefined)) return { ada: false, hilang: "tabel39" };
  const [kNo, kSas, kKode, kNama, kInd, kTgt, kReal, kCap, kPagu, kRa, kSer] = kol as number[];
  const awalTanpa = TEKS_TANPA_CASCADE.slice(0, 40);
  if ([1, 2].some((k) => teksSel(ws, judul + 2, k).startsWith(awalTanpa)))
    return { ada: false, tanpaCascade: true };

  // Units are typed on the Renstra sheet; the reasons a row has no number are on Evaluasi Renja's
  const satuanPeta = kolomMenurutBaris(wb.lembar(NAMA_LEMBAR.renstra), "Satuan");
  const alasanPeta = kolomMenurutBaris(wb.lembar(NAMA_LEMBAR.evaluasiRenja), "Keterangan");
  const baris: Baris39[] = [];
  const satuan: string[] = [];
  let berumus = false;
  let kodeLalu = "";
  for (let r = judul + 2; r <= ws.barisAkhir; r++) {
    const no = bacaAngka(ws.nilai(r, kNo));
    if (typeof no !== "number") break;
    const [kode, nama, indikator] = [kKode, kNama, kInd].map((k) => teksSel(ws, r, k));
    if (!berumus) berumus = [kKode, kNama, kInd, kTgt].some((k) => ws.rinci(r, k) !== undefined);
    // A slot row the planner left empty is not a program
    if (!nama && !indikator) continue;
    kodeLalu = kode || kodeLalu;
    const g = () => galatBaris(alasanPeta.get(kunci(kodeLalu, indikator)) ?? "");
    const isi = (k: number) => nilaiTersimpan(ws, r, k, g);
    baris.push({
      no: baris.length + 1,
      sasaran: teksSel(ws, r, kSas),
      kode,
      nama,
      indikator,
      target: isi(kTgt),
      realisasi: isi(kReal),
      capaian: isi(kCap),
      pagu: isi(kPagu),
      realisasiAnggaran: isi(kRa),
      serapan: isi(kSer),
    });
    satuan.push(satuanPeta.get(kunci(kodeLalu, indikator)) ?? "");
  }
  // Formulas without a saved result: no spreadsheet has computed this file yet
  if (baris.length === 0) return { ada: false, hilang: berumus ? "tabel39BelumDihitung" : "tabel39" };
  return { ada: true, baris, satuan };
}
