// npm run template -- --out FILE.xlsx [--catalog FILE.json] [--tahun 2025]
// Writes the IKU workbook offline, the same plan the add-in inserts, as an .xlsx file. An existing
// file is never overwritten: it may hold a planner's filled-in realisation, and at a deadline a
// new file beside it beats an error, so the next free name ("iku (2).xlsx") is used and printed.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { KATALOG_BAWAAN } from "../src/domain/katalog-bawaan";
import {
  BATAS_BERKAS_KATALOG,
  adalahGalatKatalog,
  bacaKatalogBita,
  pesanTerlaluBesar,
} from "../src/domain/katalog-json";
import { Katalog } from "../src/domain/types";
import { NAMA_DASAR } from "../src/workbook/rencana";
import { buatRencana } from "../src/workbook/sisip/rencana-iku";
import { tahunArgumen } from "../src/xlsx/berkas-bebas";
import { tulisXlsx } from "../src/xlsx/tulis-xlsx";

const PAKAI = "Pemakaian: npm run template -- --out BERKAS.xlsx [--catalog KATALOG.json] [--tahun 2025]";

function gagal(pesan: string[]): never {
  for (const p of pesan) process.stderr.write(`${p}\n`);
  process.exit(1);
}

async function utama(): Promise<void> {
  let opsi;
  try {
    opsi = parseArgs({
      options: { out: { type: "string" }, catalog: { type: "string" }, tahun: { type: "string" } },
      strict: true,
    }).values;
  } catch (e) {
    gagal([`Argumen tidak dikenal: ${(e as Error).message}`, PAKAI]);
  }
  if (!opsi.out) gagal(["--out wajib diisi: nama berkas .xlsx yang akan ditulis.", PAKAI]);
  if (!/\.xlsx$/i.test(opsi.out)) gagal([`--out ${opsi.out}: nama berkas harus berakhiran .xlsx.`]);

  let katalog: Katalog = KATALOG_BAWAAN;
  if (opsi.catalog) {
    let bita: Buffer;
    try {
      // Refused before reading: a file too large for the workbook is not worth the memory.
      const ukuran = statSync(opsi.catalog).size;
      if (ukuran > BATAS_BERKAS_KATALOG)
        gagal([
          `Katalog ${opsi.catalog} ditolak; tidak ada berkas yang ditulis:`,
          `  - ${pesanTerlaluBesar(ukuran)}`,
        ]);
      bita = readFileSync(opsi.catalog);
    } catch (e) {
      gagal([
        `Katalog ${opsi.catalog} tidak dapat dibaca: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
      ]);
    }
    const peringatan: string[] = [];
    const hasil = bacaKatalogBita(bita, peringatan);
    if (adalahGalatKatalog(hasil)) {
      gagal([
        `Katalog ${opsi.catalog} ditolak; tidak ada berkas yang ditulis. Perbaiki:`,
        ...hasil.galatKatalog.map((p) => `  - ${p}`),
      ]);
    }
    katalog = hasil;
    if (peringatan.length > 0) {
      process.stderr.write(
        `Katalog ${opsi.catalog} dibersihkan:\n${peringatan.map((p) => `  - ${p}\n`).join("")}`,
      );
    }
  }

  let tahunAktif: number | undefined;
  if (opsi.tahun !== undefined) {
    tahunAktif = tahunArgumen(opsi.tahun);
    if (tahunAktif === undefined) gagal([`--tahun ${opsi.tahun}: tahun ditulis empat angka, misalnya 2025.`]);
    if (!katalog.tahun.includes(tahunAktif)) {
      gagal([`--tahun ${opsi.tahun} tidak ada di katalog; pilih salah satu: ${katalog.tahun.join(", ")}.`]);
    }
  }

  const diminta = resolve(opsi.out);
  let tujuan: string;
  try {
    tujuan = await tulisXlsx(buatRencana(katalog, NAMA_DASAR, { tahunAktif }), diminta);
  } catch (e) {
    gagal([`Berkas ${diminta} tidak dapat ditulis: ${(e as Error).message}`]);
  }
  if (tujuan !== diminta) process.stdout.write(`${diminta} sudah ada dan tidak diubah.\n`);
  process.stdout.write(`Buku kerja IKU ditulis: ${tujuan}\n`);
}

void utama();
