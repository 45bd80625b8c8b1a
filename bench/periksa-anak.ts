// Child process of periksa.bench.ts: one `periksa` run, so its peak memory is measured alone.
import { periksa } from "../src/periksa";

async function utama(): Promise<void> {
  const [berkas, keluar] = process.argv.slice(2);
  const mulai = process.hrtime.bigint();
  const hasil = await periksa([berkas], keluar, () => undefined);
  const ms = Number(process.hrtime.bigint() - mulai) / 1e6;
  // maxRSS is in kilobytes; each file is read in a worker process, whose peak periksa reports.
  const mbPuncak = Math.max(process.resourceUsage().maxRSS / 1024, hasil.mbPuncak);
  process.stdout.write(
    JSON.stringify({
      ms,
      mbPuncak,
      detikCpu: hasil.detikCpu,
      diproses: hasil.diproses,
      gagal: hasil.gagal,
      dinilai: hasil.dinilai,
    }),
  );
}

utama().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
