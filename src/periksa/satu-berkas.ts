/**
 * One workbook checked: read and analysed, copied with its flags, judged row by row. Runs in the
 * worker process (anak.ts); everything it says goes through a SaluranBerkas, so the parent writes the
 * summary and hands out output names.
 */
import { sudahDitandai } from "../workbook/tandai/tanda";
import { batasEntri } from "../xlsx/batas";
import { pisahEkor } from "../xlsx/ekor-lembar";
import { aturanAda, rentangGabung } from "../xlsx/lembar-xml";
import { ZipBaca } from "../xlsx/zip-baca";
import {
  Analisis,
  SumberBaris,
  alasanTanpaTabel,
  alirkanBaris,
  analisisLembar,
  nilaiLembar,
} from "./analisis-lembar";
import { Masukan } from "./berkas";
import { Buku, LembarBuku, bacaBuku } from "./buku";
import { bukaXlsx } from "./jenis-berkas";
import { pesanGagal } from "./pesan-berkas";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";
import { barisRenstraRingkasan } from "./renstra-ringkasan";
import { barisTriwulanRingkasan } from "./triwulan-ringkasan";
import { TambahanLembar, salinBuku } from "./salin-buku";

/** What a file's check says, and the one thing it asks: a free name for its copy. */
export interface SaluranBerkas {
  lapor(pesan: string): void;
  tulis(b: BarisRingkasan): void;
  /** A free path in the out folder for a copy named like `dasar`, reserved. */
  nama(dasar: string): Promise<string>;
  /** The copy at `path` is complete (an unfinished one is removed if the worker dies). */
  salinanSelesai(path: string): void;
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
      : { hasil: { tabel: [], dilewati: [] }, rencana: [] };
    const ada = ekor ? aturanAda(ekor.ekor) : [];
    const aturan = analisis.rencana.filter((f) => !sudahDitandai(ada, f));
    hasil.push({ lembar, sumber, gabung, analisis, tambahan: { entri: lembar.entri, aturan } });
  }
  return hasil;
}

/** Checks one workbook; true when it was read and copied. */
export async function periksaSatu(m: Masukan, s: SaluranBerkas): Promise<boolean> {
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
    for (const l of lembar) {
      const renstra = l.analisis.renstra;
      if (renstra) {
        const baris = barisRenstraRingkasan(m.label, l.lembar.nama, renstra);
        for (const b of baris) s.tulis(b);
        s.lapor(`${m.label} › ${l.lembar.nama}: tabel Renstra, ${baris.length} masalah pagu atau kode`);
      }
      const triwulan = await barisTriwulanRingkasan(m.label, l.lembar.nama, l.sumber);
      for (const b of triwulan) s.tulis(b);
      const alasan = alasanTanpaTabel(l.analisis);
      // A Renstra sheet holds no IKU table, and needs no row saying so.
      if (alasan !== undefined && renstra) continue;
      if (alasan !== undefined) {
        s.lapor(`${m.label} › ${l.lembar.nama}: ${alasan}`);
        s.tulis(barisTanpaTabel(m.label, l.lembar.nama, "Tidak ada tabel", alasan));
        continue;
      }
      for (const d of l.analisis.hasil.dilewati)
        s.lapor(`${m.label} › ${l.lembar.nama} › ${d.judul}: ${d.alasan.id}`);
      try {
        await nilaiLembar(l.sumber, l.gabung, m.label, l.lembar.nama, (b) => s.tulis(b));
      } catch (e) {
        // Read once already, so only a failing disk gets here; the run goes on with the next sheet.
        const pesan = pesanGagal(e);
        s.lapor(`${m.label} › ${l.lembar.nama}: tidak dapat dibaca. ${pesan}`);
        s.tulis(barisTanpaTabel(m.label, l.lembar.nama, "Lembar tidak terbaca", pesan));
        berhasil = false;
      }
    }
    return berhasil;
  } finally {
    await zip.tutup();
  }
}
