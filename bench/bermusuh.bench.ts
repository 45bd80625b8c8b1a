// npm run bench: periksa on the worst crafted files of issue 17 at the attack's full size, each
// between two good workbooks: time, peak memory (the largest of the command and its worker) and
// whether the good files kept their rows.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tulisBuku } from "../test/periksa/buat-buku";
import {
  bukuBomTeks,
  bukuGabung,
  bukuLembarKembar,
  bukuSelLuar,
  bukuTeksPanjang,
} from "../test/periksa/buku-bermusuh";

interface Ukuran {
  kbBerkas: number;
  detik: number;
  mbRssPuncak: number;
  /** The two good files around it, read and judged. */
  diproses: number;
  gagal: number;
}

const SERANGAN: [string, (p: string) => Promise<void>][] = [
  ["sel_ZZZZZZZ6", (p) => bukuSelLuar(p, "ZZZZZZZ6")],
  ["teks_bersama_214_juta", (p) => bukuBomTeks(p, 214_000_000)],
  ["gabung_1_juta", (p) => bukuGabung(p, 1_000_000)],
  ["lembar_20000_satu_bagian", (p) => bukuLembarKembar(p, 20_000)],
  // Not refused: 125 MB of distinct shared text, just under the most a workbook may hold (128 Mi characters).
  ["teks_bersama_125_mb", (p) => bukuTeksPanjang(p, 8000, 1 << 14)],
];

async function ukur(nama: string, buat: (p: string) => Promise<void>, dir: string): Promise<Ukuran> {
  const masuk = join(dir, nama);
  mkdirSync(masuk);
  const kisi = [
    ["Indikator", "Target", "Realisasi"],
    ["A", 10, 8],
  ];
  await tulisBuku(join(masuk, "a.xlsx"), { IKU: kisi });
  await buat(join(masuk, "b.xlsx"));
  await tulisBuku(join(masuk, "c.xlsx"), { IKU: kisi });
  const anak = execFileSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "periksa-anak.ts"), masuk, join(dir, `keluar-${nama}`)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const h = JSON.parse(anak) as { ms: number; mbPuncak: number; diproses: number; gagal: number };
  return {
    kbBerkas: Math.round(statSync(join(masuk, "b.xlsx")).size / 1024),
    detik: +(h.ms / 1000).toFixed(2),
    mbRssPuncak: Math.round(h.mbPuncak),
    diproses: h.diproses,
    gagal: h.gagal,
  };
}

export async function jalankan(): Promise<Record<string, Ukuran>> {
  const dir = mkdtempSync(join(tmpdir(), "bench-bermusuh-"));
  try {
    const hasil: Record<string, Ukuran> = {};
    for (const [nama, buat] of SERANGAN) {
      const u = await ukur(nama, buat, dir);
      hasil[nama] = u;
      console.log(
        `periksa ${nama} (${u.kbBerkas} KB) di antara dua berkas baik: ${u.detik} s, RSS puncak ${u.mbRssPuncak} MB, ` +
          `${u.diproses} diperiksa, ${u.gagal} gagal`,
      );
    }
    return hasil;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
