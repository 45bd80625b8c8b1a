// npm run periksa on one generated table of 100,000 and of 1,048,576 rows (Excel's limit):
// rows judged per second and peak memory (RSS) of a child process that runs only periksa.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tulisLembarBesar } from "../test/periksa/lembar-besar";

interface Ukuran {
  baris: number;
  mbBerkas: number;
  detik: number;
  /** The worker's CPU seconds: on a shared machine, wall time mostly measures the neighbours. */
  detikCpu: number;
  barisPerDetik: number;
  mbRssPuncak: number;
}

async function ukur(baris: number, dir: string): Promise<Ukuran> {
  const berkas = join(dir, `iku-${baris}.xlsx`);
  await tulisLembarBesar(berkas, baris);
  const keluar = join(dir, `keluar-${baris}`);
  const anak = execFileSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "periksa-anak.ts"), berkas, keluar],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const { ms, mbPuncak, detikCpu, diproses } = JSON.parse(anak) as {
    ms: number;
    mbPuncak: number;
    detikCpu: number;
    diproses: number;
  };
  if (diproses !== 1) throw new Error(`periksa gagal membaca ${berkas}`);
  return {
    baris,
    mbBerkas: +(statSync(berkas).size / 1048576).toFixed(1),
    detik: +(ms / 1000).toFixed(2),
    detikCpu: +detikCpu.toFixed(2),
    // Data rows below the header.
    barisPerDetik: Math.round((baris - 1) / (ms / 1000)),
    mbRssPuncak: Math.round(mbPuncak),
  };
}

export async function jalankan(): Promise<Record<string, Ukuran>> {
  const dir = mkdtempSync(join(tmpdir(), "bench-periksa-"));
  try {
    const hasil: Record<string, Ukuran> = {};
    for (const n of [100_000, 1_048_576]) {
      const u = await ukur(n, dir);
      hasil[`baris_${n}`] = u;
      console.log(
        `periksa ${n.toLocaleString("id-ID")} baris (${u.mbBerkas} MB): ${u.detik} s (CPU pekerja ${u.detikCpu} s), ` +
          `${u.barisPerDetik.toLocaleString("id-ID")} baris/detik, RSS puncak ${u.mbRssPuncak} MB (batas 1.536 MB)`,
      );
    }
    return hasil;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
