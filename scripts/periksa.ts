// npm run periksa -- FILES... --out DIR: flag misses in many workbooks at once (see README).
import { periksa } from "../src/periksa";
import { PESAN_BERKAS, jenisGagal } from "../src/periksa/pesan-berkas";

const PAKAI = "Pakai: npm run periksa -- BERKAS.xlsx|FOLDER... --out FOLDER_KELUARAN";

async function utama(argv: string[]): Promise<number> {
  const i = argv.indexOf("--out");
  const keluar = i >= 0 ? argv[i + 1] : undefined;
  const masukan = argv.filter((_, j) => i < 0 || (j !== i && j !== i + 1));
  if (!keluar || masukan.length === 0) {
    console.error(PAKAI);
    return 2;
  }
  const hasil = await periksa(masukan, keluar, (p) => console.log(p));
  console.log(
    `${hasil.diproses} berkas diperiksa, ${hasil.gagal} gagal${hasil.dilewati > 0 ? `, ${hasil.dilewati} dilewati` : ""}; ${hasil.tercapai} dari ${hasil.dinilai} capaian tercapai. Ringkasan: ${hasil.ringkasan}`,
  );
  return hasil.diproses > 0 ? 0 : 1;
}

utama(process.argv.slice(2)).then(
  (kode) => process.exit(kode),
  (e) => {
    // A file-system failure (out folder not writable, disk full) by cause, not in Node's words.
    const kode = (e as { code?: unknown } | null)?.code;
    console.error(kode ? PESAN_BERKAS[jenisGagal(e)] : e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
