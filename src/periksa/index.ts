/**
 * `npm run periksa`: the add-in's detection over many workbooks, offline. Each readable workbook
 * gets a flagged copy in the out directory; every judged cell, unreadable file and sheet without
 * a table goes into ringkasan.csv, written as it goes and flushed after each file. Each file is
 * read in a worker process with its own memory ceiling (terpisah.ts), so one file's failure never
 * costs another's result. The originals are only read, and no existing file is ever written over.
 */
import { mkdirSync } from "node:fs";
import { basename } from "node:path";
import { PemberiNama, daftarBerkas } from "./berkas";
import { PESAN_BERKAS } from "./pesan-berkas";
import { BarisRingkasan, PenulisRingkasan, barisTanpaTabel } from "./ringkasan";
import { Hitungan, hitungBaris } from "./tahanan";
import { PEKERJA } from "./terpisah";

export interface HasilPeriksa {
  /** Workbooks read and copied. */
  diproses: number;
  /** Workbooks that could not be read or written. */
  gagal: number;
  /** Paths named but not read: no regular file, or a folder without workbooks. */
  dilewati: number;
  tercapai: number;
  dinilai: number;
  /** The summary file written (a free name: "ringkasan (2).csv" when ringkasan.csv exists). */
  ringkasan: string;
  /** The largest peak memory (resident, MB) of the worker over the files it read. */
  mbPuncak: number;
  /** CPU seconds the worker spent on the files it read. */
  detikCpu: number;
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
  const hasil: HasilPeriksa = {
    diproses: 0,
    gagal: 0,
    dilewati: 0,
    tercapai: 0,
    dinilai: 0,
    ringkasan,
    mbPuncak: 0,
    detikCpu: 0,
  };
  const tulis = (b: BarisRingkasan) => {
    penulis.tulis(b);
    hitungBaris(b, hasil);
    setiapBaris?.(b);
  };
  // Without a caller for the row objects, rows cross from the worker as the summary's own text.
  const tulisCsv = setiapBaris
    ? undefined
    : (data: Uint8Array, h: Hitungan) => {
        penulis.tulisMentah(data);
        hasil.tercapai += h.tercapai;
        hasil.dinilai += h.dinilai;
      };
  try {
    for (const m of berkas) {
      if (m.lewati) {
        const alasan = PESAN_BERKAS[m.lewati];
        lapor(`${m.label}: dilewati. ${alasan}`);
        tulis(barisTanpaTabel(m.label, "", "Dilewati", alasan));
        hasil.dilewati++;
        continue;
      }
      const h = await PEKERJA.periksa(m, {
        lapor,
        tulis,
        ...(tulisCsv ? { tulisCsv } : {}),
        nama: async (dasar) => nama.bebas(basename(dasar)),
        salinanSelesai: () => undefined,
      });
      if (h.berhasil) hasil.diproses++;
      else hasil.gagal++;
      hasil.mbPuncak = Math.max(hasil.mbPuncak, Math.round(h.mbPuncak ?? 0));
      hasil.detikCpu += h.detikCpu ?? 0;
      // What is written stays written, whatever the next file does.
      penulis.siram();
    }
  } finally {
    penulis.tutup();
  }
  return hasil;
}
