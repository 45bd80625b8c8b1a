/**
 * `npm run periksa`: the add-in's detection over many workbooks, offline. Each readable workbook
 * gets a flagged copy in the out directory; every judged cell, unreadable file and sheet without
 * a table goes into ringkasan.csv, written as it goes. The originals are only read, and no
 * existing file is ever written over.
 */
import { mkdirSync } from "node:fs";
import { basename } from "node:path";
import { rencanaTanda, sudahDitandai } from "../workbook/tandai/tanda";
import { batasEntri } from "../xlsx/batas";
import { pisahEkor } from "../xlsx/ekor-lembar";
import { aturanAda, rentangGabung } from "../xlsx/lembar-xml";
import { Analisis, SumberBaris, alirkanBaris, analisisLembar, nilaiLembar } from "./analisis-lembar";
import { Buku, LembarBuku, bacaBuku } from "./buku";
import { Masukan, PemberiNama, daftarBerkas } from "./berkas";
import { ZipBaca } from "../xlsx/zip-baca";
import { bukaXlsx } from "./jenis-berkas";
import { PESAN_BERKAS, jenisGagal } from "./pesan-berkas";
import { BarisRingkasan, PenulisRingkasan, barisTanpaTabel } from "./ringkasan";
import { TambahanLembar, salinBuku } from "./salin-buku";

export interface HasilPeriksa {
  /** Workbooks read and copied. */
  diproses: number;
  /** Workbooks that could not be read or written. */
  gagal: number;
  tercapai: number;
  dinilai: number;
  /** The summary file written (a free name: "ringkasan (2).csv" when ringkasan.csv exists). */
  ringkasan: string;
}

interface LembarDianalisis {
  lembar: LembarBuku;
  sumber: SumberBaris;
  gabung: ReturnType<typeof rentangGabung>;
  analisis: Analisis;
  tambahan: TambahanLembar;
}

async function analisisBuku(buku: Buku): Promise<LembarDianalisis[]> {
  const hasil: LembarDianalisis[] = [];
  for (const lembar of buku.lembar) {
    const sumber: SumberBaris = (f) => alirkanBaris(buku.zip.teks(lembar.entri), buku.teksBersama, f);
    const ekor = await pisahEkor(buku.zip.teks(lembar.entri));
    const gabung = ekor ? rentangGabung(ekor.ekor, batasEntri(buku.zip.ukuranBerkas)) : [];
    const analisis: Analisis = ekor
      ? await analisisLembar(sumber, gabung)
      : { ok: false, alasan: "Lembar kosong." };
    let aturan: TambahanLembar["aturan"] = [];
    if (analisis.ok && ekor) {
      const { tabel, asal } = analisis;
      const ada = aturanAda(ekor.ekor);
      aturan = rencanaTanda(
        tabel,
        asal,
        tabel.barisData[0],
        tabel.barisData[tabel.barisData.length - 1],
      ).filter((f) => !sudahDitandai(ada, f));
    }
    hasil.push({ lembar, sumber, gabung, analisis, tambahan: { entri: lembar.entri, aturan } });
  }
  return hasil;
}

export async function periksa(
  masukan: readonly string[],
  keluar: string,
  lapor: (pesan: string) => void,
  setiapBaris?: (b: BarisRingkasan) => void,
): Promise<HasilPeriksa> {
  const berkas = daftarBerkas(masukan);
  mkdirSync(keluar, { recursive: true });
  const nama = new PemberiNama(keluar, berkas);
  const ringkasan = nama.bebas("ringkasan.csv");
  const penulis = new PenulisRingkasan(ringkasan);
  const hasil: HasilPeriksa = { diproses: 0, gagal: 0, tercapai: 0, dinilai: 0, ringkasan };
  const tulis = (b: BarisRingkasan) => {
    penulis.tulis(b);
    if (b.status === "Tercapai") hasil.tercapai++;
    if (b.status === "Tercapai" || b.status === "Tidak Tercapai") hasil.dinilai++;
    setiapBaris?.(b);
  };
  try {
    for (const m of berkas) {
      if (await periksaSatu(m, nama, lapor, tulis)) hasil.diproses++;
      else hasil.gagal++;
    }
  } finally {
    penulis.tutup();
  }
  return hasil;
}

/** One workbook: read and analysed, copied with its flags, judged row by row. */
async function periksaSatu(
  m: Masukan,
  nama: PemberiNama,
  lapor: (pesan: string) => void,
  tulis: (b: BarisRingkasan) => void,
): Promise<boolean> {
  const gagal = (status: string, e: unknown) => {
    const pesan = PESAN_BERKAS[jenisGagal(e, status === "Berkas tidak terbaca" ? "rusak" : "tulis")];
    lapor(
      `${m.label}: ${status === "Berkas tidak terbaca" ? "tidak dapat dibaca" : "salinan gagal"}. ${pesan}`,
    );
    tulis(barisTanpaTabel(m.label, "", status, pesan));
    return false;
  };
  let zip: ZipBaca;
  try {
    zip = await bukaXlsx(m.path);
  } catch (e) {
    return gagal("Berkas tidak terbaca", e);
  }
  try {
    let buku: Buku;
    let lembar: LembarDianalisis[];
    try {
      buku = await bacaBuku(zip);
      lembar = await analisisBuku(buku);
    } catch (e) {
      return gagal("Berkas tidak terbaca", e);
    }
    if (!buku.gaya && lembar.some((l) => l.tambahan.aturan.length > 0)) {
      // Rare (a hand-made file): without a styles part a rule has no format to show.
      lapor(`${m.label}: buku kerja tanpa bagian gaya (styles.xml); tanda tidak ditambahkan.`);
      for (const l of lembar) l.tambahan.aturan = [];
    }
    let berhasil = true;
    const tujuan = nama.bebas(basename(m.path));
    try {
      await salinBuku(
        buku,
        lembar.map((l) => l.tambahan),
        tujuan,
      );
      const ditambah = lembar.reduce((n, l) => n + l.tambahan.aturan.length, 0);
      lapor(`${m.label}: ${ditambah} aturan tanda ditambahkan → ${tujuan}`);
    } catch (e) {
      berhasil = gagal("Salinan gagal", e);
    }
    for (const l of lembar) {
      if (!l.analisis.ok) {
        lapor(`${m.label} › ${l.lembar.nama}: ${l.analisis.alasan}`);
        tulis(barisTanpaTabel(m.label, l.lembar.nama, "Tidak ada tabel", l.analisis.alasan));
        continue;
      }
      try {
        await nilaiLembar(l.sumber, l.gabung, l.analisis, m.label, l.lembar.nama, tulis);
      } catch (e) {
        // Read once already, so only a failing disk gets here; the run goes on with the next sheet.
        const pesan = PESAN_BERKAS[jenisGagal(e)];
        lapor(`${m.label} › ${l.lembar.nama}: tidak dapat dibaca. ${pesan}`);
        tulis(barisTanpaTabel(m.label, l.lembar.nama, "Lembar tidak terbaca", pesan));
        berhasil = false;
      }
    }
    return berhasil;
  } finally {
    await zip.tutup();
  }
}
