// npm run template -- --out FILE.xlsx [--catalog FILE.json] [--tahun 2025]
// Writes the IKU workbook offline, the same plan the add-in inserts, as an .xlsx file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { KATALOG_BAWAAN } from "../src/domain/katalog-bawaan";
import { adalahGalatKatalog, bacaKatalogTeks } from "../src/domain/katalog-json";
import { Katalog } from "../src/domain/types";
import { NAMA_DASAR } from "../src/workbook/rencana";
import { buatRencana } from "../src/workbook/rencana-iku";
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
    let teks: string;
    try {
      teks = readFileSync(opsi.catalog, "utf8");
    } catch (e) {
      gagal([
        `Katalog ${opsi.catalog} tidak dapat dibaca: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
      ]);
    }
    const hasil = bacaKatalogTeks(teks);
    if (adalahGalatKatalog(hasil)) {
      gagal([
        `Katalog ${opsi.catalog} ditolak; tidak ada berkas yang ditulis. Perbaiki:`,
        ...hasil.galatKatalog.map((p) => `  - ${p}`),
      ]);
    }
    katalog = hasil;
  }

  let tahunAktif: number | undefined;
  if (opsi.tahun !== undefined) {
    tahunAktif = Number(opsi.tahun);
    if (!katalog.tahun.includes(tahunAktif)) {
      gagal([`--tahun ${opsi.tahun} tidak ada di katalog; pilih salah satu: ${katalog.tahun.join(", ")}.`]);
    }
  }

  const tujuan = resolve(opsi.out);
  try {
    await tulisXlsx(buatRencana(katalog, NAMA_DASAR, { tahunAktif }), tujuan);
  } catch (e) {
    gagal([`Berkas ${tujuan} tidak dapat ditulis: ${(e as Error).message}`]);
  }
  process.stdout.write(`Buku kerja IKU ditulis: ${tujuan}\n`);
}

void utama();
