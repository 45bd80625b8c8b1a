/**
 * Reads the planner's inputs from a saved IKU workbook for the Bab III draft: the IKU, Anggaran and
 * LKjIP sheets, found by their header texts (the contract in src/domain/judul-lkjip.ts), never by
 * cached formula results, so a workbook saved without them still works. The sheets come from the
 * one workbook reader (src/xlsx/lembar-utuh.ts), the same values `periksa` judges.
 */
import { bacaAngka } from "../domain/baca-angka";
import { adalahGalat, Galat, nilaiSalah } from "../domain/galat";
import { JUDUL_TABEL, POLA_PERIODE } from "../domain/judul-lkjip";
import { DataLaporan, IndikatorLaporan, Isian, JenisTarget, ProgramLaporan } from "../domain/lkjip";
import { bacaPolaritas } from "../domain/polaritas";
import { hurufKolom } from "../workbook/alamat";
import { NAMA_DASAR } from "../workbook/rencana";
import { BukuUtuh, LembarUtuh } from "../xlsx/lembar-utuh";
import { BagianHilang } from "./bagian-hilang";

/** `hilang`: optional parts the workbook lacks; the draft is written without them. */
export type HasilBaca =
  { ok: true; data: DataLaporan; tahun: number[]; hilang: BagianHilang[] } | { ok: false; pesan: string[] };

/** The sheets the draft reads, by the names the workbook is inserted with. */
export const NAMA_LEMBAR = {
  iku: NAMA_DASAR.iku,
  anggaran: NAMA_DASAR.anggaran,
  lkjip: NAMA_DASAR.lkjip,
  renstra: NAMA_DASAR.renstra,
  evaluasiRenja: NAMA_DASAR.evaluasiRenja,
} as const;

type Worksheet = LembarUtuh;

/** A typed value: a formula by its saved result (none: blank); an error value is no input either. */
function nilai(ws: Worksheet, baris: number, kolom: number): string | number | boolean | null {
  if (ws.rinci(baris, kolom)?.galat) return null;
  const v = ws.nilai(baris, kolom);
  return v === "" ? null : v;
}

/** A cell's text, trimmed; "" for a blank or a saved error. */
export const teksSel = (ws: Worksheet, baris: number, kolom: number): string => {
  const v = nilai(ws, baris, kolom);
  return v === null ? "" : String(v).trim();
};

export interface Kepala {
  baris: number;
  kolom: Map<string, number>;
}

/** The first row (from `mulai`) that holds every one of `wajib` as a cell text. */
export function cariKepala(ws: Worksheet, wajib: readonly string[], mulai = 1): Kepala | undefined {
  for (let r = mulai; r <= Math.min(ws.barisAkhir, mulai + 60); r++) {
    const kolom = new Map<string, number>();
    for (const [k] of ws.isiBaris(r)) {
      const t = teksSel(ws, r, k);
      if (t && !kolom.has(t)) kolom.set(t, k);
    }
    if (wajib.every((w) => kolom.has(w))) return { baris: r, kolom };
  }
  return undefined;
}

/** Years named by headers such as "Target 2025". */
const tahunDari = (kepala: Kepala, awalan: string): number[] =>
  [...kepala.kolom.keys()]
    .map((k) => new RegExp(`^${awalan} (\\d{4})$`).exec(k)?.[1])
    .filter((t): t is string => t !== undefined)
    .map(Number)
    .sort((a, b) => a - b);

class Kumpulan {
  readonly pesan: string[] = [];
  readonly hilang: BagianHilang[] = [];
  /** A number cell: blank is null, an unreadable value is reported with its address. */
  angka(ws: Worksheet, baris: number, kolom: number | undefined, apa: string): Isian {
    if (kolom === undefined) return null;
    const n = bacaAngka(nilai(ws, baris, kolom));
    if (adalahGalat(n)) {
      this.pesan.push(`${ws.nama}!${hurufKolom(kolom)}${baris} (${apa}): ${n.pesan.id}`);
      return null;
    }
    return n === "" ? null : n;
  }
  /**
   * A budget cell: as `angka`, but an error the workbook saved there (a `#N/A` carried from the
   * Evaluasi Renja sheet) stays an error, so the tables say it cannot be computed instead of blank.
   */
  angkaAtauGalat(ws: Worksheet, baris: number, kolom: number | undefined, apa: string): Isian | Galat {
    if (kolom !== undefined && ws.rinci(baris, kolom)?.galat) {
      const sel = `${ws.nama}!${hurufKolom(kolom)}${baris}`;
      const kode = String(ws.nilai(baris, kolom)) || "#N/A";
      return nilaiSalah({
        id: `${apa} di ${sel} bernilai ${kode}: perbaiki sel itu atau sumbernya (Renstra / Evaluasi Renja), lalu simpan lagi.`,
        en: `${apa} in ${sel} is ${kode}: fix that cell or its source (Renstra / Evaluasi Renja), then save again.`,
      });
    }
    return this.angka(ws, baris, kolom, apa);
  }
}

function bacaIku(ws: Worksheet, k: Kumpulan): { indikator: IndikatorLaporan[]; tahun: number[] } | undefined {
  const kepala = cariKepala(ws, ["Kode", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas"]);
  if (!kepala) {
    k.pesan.push(
      `Lembar ${ws.nama}: baris judul dengan Kode, Sasaran, Indikator Kinerja, Satuan dan Polaritas tidak ditemukan.`,
    );
    return undefined;
  }
  const tahun = tahunDari(kepala, "Target");
  if (tahun.length === 0) {
    k.pesan.push(`Lembar ${ws.nama}: tidak ada kolom "Target TAHUN".`);
    return undefined;
  }
  const kol = (judul: string) => kepala.kolom.get(judul);
  const indikator: IndikatorLaporan[] = [];
  let sasaran = "";
  for (let r = kepala.baris + 1; r <= ws.barisAkhir; r++) {
    const nama = teksSel(ws, r, kol("Indikator Kinerja")!);
    const kode = teksSel(ws, r, kol("Kode")!);
    if (!nama || !kode) break;
    sasaran = teksSel(ws, r, kol("Sasaran")!) || sasaran;
    const pol = bacaPolaritas(nilai(ws, r, kol("Polaritas")!));
    if (adalahGalat(pol)) k.pesan.push(`${ws.nama} baris ${r} (${kode}): ${pol.pesan.id}`);
    const perTahun = (awalan: string) =>
      Object.fromEntries(tahun.map((t) => [t, k.angka(ws, r, kol(`${awalan} ${t}`), `${awalan} ${t}`)]));
    indikator.push({
      kode,
      sasaran,
      nama,
      satuan: teksSel(ws, r, kol("Satuan")!),
      polaritas: adalahGalat(pol) ? "positif" : pol,
      jenisTarget: "kumulatif",
      kondisiAwal: k.angka(ws, r, kol("Kondisi Awal"), "Kondisi Awal"),
      target: perTahun("Target"),
      realisasi: perTahun("Realisasi"),
    });
  }
  if (indikator.length === 0) k.pesan.push(`Lembar ${ws.nama}: tidak ada baris indikator di bawah judul.`);
  return { indikator, tahun };
}

/** The rows of a titled table on the LKjIP sheet, under the header row that follows its title. */
function barisTabel(ws: Worksheet, awalanJudul: string, wajib: readonly string[], n: number) {
  for (let r = 1; r <= ws.barisAkhir; r++) {
    if (!teksSel(ws, r, 1).startsWith(awalanJudul)) continue;
    const kepala = cariKepala(ws, wajib, r + 1);
    if (!kepala) return undefined;
    return { kepala, baris: Array.from({ length: n }, (_, i) => kepala.baris + 1 + i) };
  }
  return undefined;
}

function bacaLkjip(ws: Worksheet, indikator: IndikatorLaporan[], k: Kumpulan): void {
  const t33 = barisTabel(ws, JUDUL_TABEL.t33.slice(0, 9), ["Jenis Target"], indikator.length);
  if (!t33) k.hilang.push("tabel33");
  const t35 = barisTabel(ws, JUDUL_TABEL.t35.slice(0, 9), ["Faktor Pendukung"], indikator.length);
  if (!t35) k.hilang.push("tabel35");
  indikator.forEach((ind, i) => {
    if (t33) {
      const r = t33.baris[i];
      const jenis = teksSel(ws, r, t33.kepala.kolom.get("Jenis Target")!).toLowerCase();
      if (jenis === "absolut" || jenis === "kumulatif") ind.jenisTarget = jenis as JenisTarget;
      else
        k.pesan.push(`${ws.nama} baris ${r} (${ind.kode}): Jenis Target harus "Absolut" atau "Kumulatif".`);
    }
    if (t35) {
      const ambil = (j: string) => {
        const kolom = t35.kepala.kolom.get(j);
        return kolom === undefined ? "" : teksSel(ws, t35.baris[i], kolom);
      };
      ind.faktorPendukung = ambil("Faktor Pendukung");
      ind.faktorPenghambat = ambil("Faktor Penghambat");
      ind.upayaPerbaikan = ambil("Upaya Perbaikan");
    }
  });
}

function bacaAnggaran(ws: Worksheet, tahun: number[], k: Kumpulan): ProgramLaporan[] {
  const kepala = cariKepala(ws, ["Program", "Indikator Terkait"]);
  if (!kepala) {
    k.pesan.push(`Lembar ${ws.nama}: baris judul dengan Program dan Indikator Terkait tidak ditemukan.`);
    return [];
  }
  const kol = (judul: string) => kepala.kolom.get(judul);
  const program: ProgramLaporan[] = [];
  for (let r = kepala.baris + 1; r <= ws.barisAkhir; r++) {
    const nama = teksSel(ws, r, kol("Program")!);
    if (!nama) continue;
    const kodeKolom = kol("Kode");
    const perTahun = (awalan: string) =>
      Object.fromEntries(
        tahun.map((t) => [t, k.angkaAtauGalat(ws, r, kol(`${awalan} ${t}`), `${awalan} ${t}`)]),
      );
    program.push({
      kode: kodeKolom === undefined ? "" : teksSel(ws, r, kodeKolom),
      nama,
      indikator: teksSel(ws, r, kol("Indikator Terkait")!)
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean),
      pagu: perTahun("Pagu"),
      realisasiAnggaran: perTahun("Realisasi Anggaran"),
    });
  }
  return program;
}

/** The Renstra period the LKjIP sheet states under its title, else the IKU sheet's years. */
function bacaPeriode(ws: Worksheet, tahun: number[], k: Kumpulan): { awal: number; akhir: number } {
  const semua = { awal: tahun[0], akhir: tahun[tahun.length - 1] };
  for (let r = 1; r <= Math.min(ws.barisAkhir, 10); r++) {
    const m = POLA_PERIODE.exec(teksSel(ws, r, 1));
    if (!m) continue;
    const [awal, akhir] = [Number(m[1]), Number(m[2])];
    if (awal <= akhir && tahun.includes(awal) && tahun.includes(akhir)) return { awal, akhir };
    k.pesan.push(
      `${ws.nama}!A${r}: periode ${awal}–${akhir} harus di dalam tahun lembar IKU (${tahun.join(", ")}), awal tidak sesudah akhir.`,
    );
    return semua;
  }
  return semua;
}

/** The inputs of a read workbook, or every reason it cannot make a report. */
export function dataDariBuku(wb: BukuUtuh): HasilBaca {
  const k = new Kumpulan();
  const lembar = (nama: string) => wb.lembar(nama);
  if (!lembar(NAMA_LEMBAR.iku)) {
    return {
      ok: false,
      pesan: [
        `Lembar ${NAMA_LEMBAR.iku} tidak ada. Sisipkan buku kerja IKU dengan IKU Kinerja versi ini (Sisipkan IKU ` +
          "atau npm run template), lalu salin isian Anda ke sana.",
      ],
    };
  }
  const iku = bacaIku(lembar(NAMA_LEMBAR.iku)!, k);
  if (!iku) return { ok: false, pesan: k.pesan };
  // An older workbook may lack LKjIP or Anggaran: the draft leaves out what needs them.
  const lkjip = lembar(NAMA_LEMBAR.lkjip);
  if (lkjip) bacaLkjip(lkjip, iku.indikator, k);
  else k.hilang.push("lembarLkjip");
  const periode = lkjip
    ? bacaPeriode(lkjip, iku.tahun, k)
    : { awal: iku.tahun[0], akhir: iku.tahun[iku.tahun.length - 1] };
  const anggaran = lembar(NAMA_LEMBAR.anggaran);
  if (!anggaran) k.hilang.push("lembarAnggaran");
  const program = anggaran ? bacaAnggaran(anggaran, iku.tahun, k) : [];
  if (k.pesan.length > 0) return { ok: false, pesan: k.pesan };
  const instansi = teksSel(lembar(NAMA_LEMBAR.iku)!, 2, 1);
  const data: DataLaporan = {
    instansi,
    periode,
    indikator: iku.indikator,
    program,
  };
  // The report covers the Renstra period only: hitungLkjip takes a year inside it.
  const tahun = iku.tahun.filter((t) => t >= periode.awal && t <= periode.akhir);
  return { ok: true, data, tahun, hilang: k.hilang };
}
