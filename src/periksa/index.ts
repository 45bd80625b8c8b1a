/**
 * `npm run periksa`: the add-in's detection over many workbooks, offline. Each readable workbook
 * gets a flagged copy in the out directory; every judged cell, unreadable file and sheet without
 * a table goes into ringkasan.csv. The originals are only read.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { daftarBerkas, namaSalinan } from "./berkas";
import { periksaLembar } from "./periksa-lembar";
import { BarisRingkasan, barisTanpaTabel, tulisRingkasan } from "./ringkasan";

export interface HasilPeriksa {
  baris: BarisRingkasan[];
  /** Workbooks read and copied. */
  diproses: number;
  /** Workbooks that could not be read or written. */
  gagal: number;
}

export async function periksa(
  masukan: readonly string[],
  keluar: string,
  lapor: (pesan: string) => void,
): Promise<HasilPeriksa> {
  const berkas = daftarBerkas(masukan);
  const salinan = namaSalinan(berkas);
  mkdirSync(keluar, { recursive: true });
  const baris: BarisRingkasan[] = [];
  let diproses = 0;
  for (const [i, b] of berkas.entries()) {
    const nama = basename(b);
    const tujuan = join(keluar, salinan[i]);
    try {
      if (resolve(tujuan) === resolve(b))
        throw new Error("folder keluaran sama dengan folder berkas asli; pilih folder lain");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(b);
      let ditambah = 0;
      for (const ws of wb.worksheets) {
        const h = periksaLembar(ws, nama);
        baris.push(...h.baris);
        ditambah += h.ditambah;
        if (h.alasan) lapor(`${nama} › ${ws.name}: ${h.alasan}`);
      }
      await wb.xlsx.writeFile(tujuan);
      diproses++;
      lapor(`${nama}: ${ditambah} aturan tanda ditambahkan → ${tujuan}`);
    } catch (e) {
      const pesan = e instanceof Error ? e.message : String(e);
      lapor(`${nama}: tidak dapat dibaca (${pesan})`);
      baris.push(barisTanpaTabel(nama, "", "Berkas tidak terbaca", pesan));
    }
  }
  writeFileSync(join(keluar, "ringkasan.csv"), tulisRingkasan(baris), "utf8");
  return { baris, diproses, gagal: berkas.length - diproses };
}
