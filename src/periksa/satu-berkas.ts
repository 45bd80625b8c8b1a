/**
 * One workbook checked: each sheet read once through the shared workbook reader (src/xlsx) and
 * judged as it streams, the copy written with its flags, then the sheet's rows released into the
 * summary. Runs in the worker process (anak.ts); everything it says goes through a SaluranPeriksa,
 * so the parent writes the summary and hands out output names.
 */
import { sudahDitandai } from "../workbook/tandai/tanda";
import { batasEntri } from "../xlsx/batas";
import { Buku, LembarBuku, alirkanBaris, bacaBuku, ekorLembar } from "../xlsx/buku-kerja";
import { periksaGabung } from "../xlsx/gabung-sel";
import { ZipBaca } from "../xlsx/zip-baca";
import { Analisis, alasanTanpaTabel, analisisLembar, barisDilewati } from "./analisis-lembar";
import { Masukan } from "./berkas";
import { bukaXlsx } from "./jenis-berkas";
import { pesanGagal } from "./pesan-berkas";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";
import { barisRenstraRingkasan } from "./renstra-ringkasan";
import { barisTriwulanRingkasan } from "./triwulan-ringkasan";
import { TambahanLembar, salinBuku } from "./salin-buku";
import { Hitungan, TahananBaris } from "./tahanan";

/** What a file's check says, and the one thing it asks: a free name for its copy. */
export interface SaluranBerkas {
  lapor(pesan: string): void;
  tulis(b: BarisRingkasan): void;
  /**
   * Rows already in ringkasan.csv's form (UTF-8, lines may be cut between calls) with their
   * counts. A parent that offers it gets the rows this way, without the row objects.
   */
  tulisCsv?(data: Uint8Array, hitung: Hitungan): void;
  /** A free path in the out folder for a copy named like `dasar`, reserved. */
  nama(dasar: string): Promise<string>;
  /** The copy at `path` is complete (an unfinished one is removed if the worker dies). */
  salinanSelesai(path: string): void;
}

/** The worker's side: a channel that can also hold a sheet's judged rows until they may go out. */
export interface SaluranPeriksa extends SaluranBerkas {
  tahan(): TahananBaris;
}

interface LembarDianalisis {
  lembar: LembarBuku;
  analisis: Analisis;
  /** A Rencana Aksi sheet's status counts (triwulan-ringkasan.ts). */
  triwulan: BarisRingkasan[];
  tambahan: TambahanLembar;
  tahanan: TahananBaris;
}

const KOSONG: Analisis = { hasil: { tabel: [], dilewati: [] }, rencana: [] };

async function analisisBuku(
  buku: Buku,
  label: string,
  s: SaluranPeriksa,
  dipegang: TahananBaris[],
): Promise<LembarDianalisis[]> {
  const hasil: LembarDianalisis[] = [];
  for (const lembar of buku.lembar) {
    const ekor = await ekorLembar(buku, lembar);
    if (ekor) periksaGabung(ekor.gabung, batasEntri(buku.zip.ukuranBerkas));
    const tahanan = s.tahan();
    dipegang.push(tahanan);
    const keluar = { berkas: label, lembar: lembar.nama, tulis: (b: BarisRingkasan) => tahanan.tulis(b) };
    const analisis = ekor
      ? await analisisLembar((f) => alirkanBaris(buku, lembar, f), ekor.gabung, keluar)
      : KOSONG;
    const aturan = analisis.rencana.filter((f) => !sudahDitandai(ekor?.aturan ?? [], f));
    const triwulan = await barisTriwulanRingkasan(label, lembar.nama, (f) => alirkanBaris(buku, lembar, f));
    hasil.push({ lembar, analisis, triwulan, tambahan: { entri: lembar.entri, aturan }, tahanan });
  }
  return hasil;
}

/** Checks one workbook; true when it was read and copied. */
export async function periksaSatu(m: Masukan, s: SaluranPeriksa): Promise<boolean> {
  const gagal = (status: string, e: unknown) => {
    const baca = status === "Berkas tidak terbaca";
    const pesan = pesanGagal(e, baca ? "rusak" : "tulis");
    s.lapor(`${m.label}: ${baca ? "tidak dapat dibaca" : "salinan gagal"}. ${pesan}`);
    s.tulis(barisTanpaTabel(m.label, "", status, pesan));
    return false;
  };
  let zip: ZipBaca;
  try {
    zip = await bukaXlsx(m.path);
  } catch (e) {
    return gagal("Berkas tidak terbaca", e);
  }
  const dipegang: TahananBaris[] = [];
  try {
    let buku: Buku;
    let lembar: LembarDianalisis[];
    try {
      buku = await bacaBuku(zip);
      lembar = await analisisBuku(buku, m.label, s, dipegang);
    } catch (e) {
      return gagal("Berkas tidak terbaca", e);
    }
    if (!buku.gaya && lembar.some((l) => l.tambahan.aturan.length > 0)) {
      // Rare (a hand-made file): without a styles part a rule has no format to show.
      s.lapor(`${m.label}: buku kerja tanpa bagian gaya (styles.xml); tanda tidak ditambahkan.`);
      for (const l of lembar) l.tambahan.aturan = [];
    }
    let berhasil = true;
    try {
      const tujuan = await s.nama(m.path);
      await salinBuku(
        buku,
        lembar.map((l) => l.tambahan),
        tujuan,
      );
      s.salinanSelesai(tujuan);
      const ditambah = lembar.reduce((n, l) => n + l.tambahan.aturan.length, 0);
      s.lapor(`${m.label}: ${ditambah} aturan tanda ditambahkan → ${tujuan}`);
    } catch (e) {
      berhasil = gagal("Salinan gagal", e);
    }
    for (const l of lembar) await laporLembar(m.label, l, s);
    return berhasil;
  } finally {
    // Rows held for a file that failed before releasing them go with their temporary files.
    for (const t of dipegang) t.buang();
    await zip.tutup();
  }
}

/** A sheet's rows in the summary: its Renstra problems, why it has no table, or its judged rows. */
async function laporLembar(label: string, l: LembarDianalisis, s: SaluranPeriksa): Promise<void> {
  const nama = l.lembar.nama;
  const renstra = l.analisis.renstra;
  if (renstra) {
    const baris = barisRenstraRingkasan(label, nama, renstra);
    for (const b of baris) s.tulis(b);
    s.lapor(`${label} › ${nama}: tabel Renstra, ${baris.length} masalah pagu atau kode`);
  }
  for (const b of l.triwulan) s.tulis(b);
  const alasan = alasanTanpaTabel(l.analisis);
  if (alasan !== undefined) {
    // A Renstra sheet holds no IKU table, and needs no row saying so.
    if (!renstra) {
      s.lapor(`${label} › ${nama}: ${alasan}`);
      s.tulis(barisTanpaTabel(label, nama, "Tidak ada tabel", alasan));
    }
    return;
  }
  for (const d of l.analisis.hasil.dilewati) s.lapor(`${label} › ${nama} › ${d.judul}: ${d.alasan.id}`);
  await l.tahanan.lepas();
  for (const b of barisDilewati(l.analisis, label, nama)) s.tulis(b);
}
