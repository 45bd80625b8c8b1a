// npm run laporan -- WORKBOOK.xlsx [--tahun 2025] --out bab3.docx
// Writes LKjIP Bab III as a Word draft from a saved IKU workbook; nothing is written on any error.
import { parseArgs } from "node:util";
import { jalankanLaporan } from "../src/laporan";
import { NAMA_LEMBAR } from "../src/laporan/baca-buku";
import { tulisBerkasBaru } from "../src/xlsx/berkas-bebas";
import { bacaBukuUtuh } from "../src/xlsx/lembar-utuh";

const PAKAI = "Pemakaian: npm run laporan -- BUKU_KERJA.xlsx [--tahun 2025] --out bab3.docx";

async function utama(): Promise<number> {
  let opsi;
  try {
    opsi = parseArgs({
      options: { out: { type: "string" }, tahun: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    console.error(`Argumen tidak dikenal: ${(e as Error).message}\n${PAKAI}`);
    return 2;
  }
  const hasil = await jalankanLaporan(
    { buku: opsi.positionals, tahun: opsi.values.tahun, keluar: opsi.values.out },
    {
      // Only the sheets the report reads.
      baca: (berkas) => bacaBukuUtuh(berkas, Object.values(NAMA_LEMBAR)),
      tulis: tulisBerkasBaru,
    },
  );
  for (const p of hasil.pesan) (hasil.kode === 0 ? console.log : console.error)(p);
  if (hasil.kode === 2) console.error(PAKAI);
  return hasil.kode;
}

utama().then(
  (kode) => process.exit(kode),
  (e) => {
    console.error(`Gagal: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
