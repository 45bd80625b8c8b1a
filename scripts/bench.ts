// npm run bench: CAPAIAN against a plain loop, bundle sizes, and every bench/*.bench.ts module,
// printed and written to bench/results.json.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const AKAR = path.resolve(__dirname, "..");
const DIST = path.join(AKAR, "dist");
const BENCH = path.join(AKAR, "bench");

// The functions bundle expects Excel's CustomFunctions global.
class GalatExcel extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: GalatExcel,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  associate: () => undefined,
};

type Sel = unknown[][];

/** Realisation and target columns like a planner's sheet: mostly numbers, some blanks and text. */
function dataUji(n: number): { realisasi: Sel; target: Sel } {
  let benih = 42;
  const acak = (): number => (benih = (benih * 1103515245 + 12345) % 2147483648) / 2147483648;
  const realisasi: Sel = new Array(n);
  const target: Sel = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = acak();
    realisasi[i] = [x < 0.05 ? null : Math.round(acak() * 10000) / 100];
    target[i] = [Math.round(1 + acak() * 9900) / 100];
  }
  return { realisasi, target };
}

/** What anyone would write by hand: R/T, floored at 0, blank when either is not a number. */
function loopTangan(realisasi: Sel, target: Sel): unknown[][] {
  const hasil: unknown[][] = new Array(realisasi.length);
  for (let i = 0; i < realisasi.length; i++) {
    const r = realisasi[i][0];
    const t = target[i][0];
    hasil[i] = [typeof r === "number" && typeof t === "number" && t > 0 ? Math.max(0, r / t) : ""];
  }
  return hasil;
}

/**
 * Times a and b in alternating rounds after a warm-up. Returns the best time of each and the
 * median of the per-round ratios a/b: on a busy machine a round's two runs share the same load.
 */
function bandingkan(a: () => unknown, b: () => unknown, putaran: number): [number, number, number] {
  a();
  b();
  const waktu = (f: () => unknown): number => {
    const mulai = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - mulai) / 1e6;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < putaran; i++) {
    ta.push(waktu(a));
    tb.push(waktu(b));
  }
  const rasio = ta.map((x, i) => x / tb[i]).sort((x, y) => x - y);
  return [Math.min(...ta), Math.min(...tb), rasio[Math.floor(rasio.length / 2)]];
}

async function benchCapaian(): Promise<Record<string, unknown>> {
  const { capaian } = await import("../src/functions/functions");
  const hasil: Record<string, unknown> = {};
  for (const n of [100_000, 1_000_000]) {
    const { realisasi, target } = dataUji(n);
    const [msAdapter, msLoop, median] = bandingkan(
      () => capaian(realisasi, target),
      () => loopTangan(realisasi, target),
      n > 100_000 ? 7 : 21,
    );
    const rasio = Math.round(median * 100) / 100;
    const rasioTerbaik = Math.round((msAdapter / msLoop) * 100) / 100;
    hasil[`sel_${n}`] = {
      msAdapterTerbaik: +msAdapter.toFixed(1),
      msLoopTanganTerbaik: +msLoop.toFixed(1),
      rasio,
      rasioWaktuTerbaik: rasioTerbaik,
    };
    console.log(
      `CAPAIAN ${n.toLocaleString("id-ID")} sel: adapter ${msAdapter.toFixed(1)} ms, loop tangan ${msLoop.toFixed(1)} ms ` +
        `(terbaik); rasio median per putaran ${rasio}×, rasio waktu terbaik ${rasioTerbaik}× (sasaran ≤ 3×)`,
    );
  }
  return hasil;
}

function benchBundel(): Record<string, unknown> {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) {
    console.log("dist/ belum ada: membangun dengan webpack --mode production ...");
    execSync("npx webpack --mode production", { cwd: AKAR, stdio: "inherit" });
  }
  const hasil: Record<string, unknown> = {};
  for (const nama of fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const isi = fs.readFileSync(path.join(DIST, nama));
    hasil[nama] = { byte: isi.length, kb: +(isi.length / 1024).toFixed(1), gzipByte: gzipSync(isi).length };
    console.log(
      `${nama}: ${(isi.length / 1024).toFixed(1)} KB diminifikasi, ${gzipSync(isi).length} byte gzip`,
    );
  }
  return hasil;
}

/** Every bench/NAME.bench.ts exports jalankan(); its figures go under NAME, or under BAGIAN if it exports one. */
async function benchModul(): Promise<Record<string, unknown>> {
  const hasil: Record<string, unknown> = {};
  for (const berkas of fs
    .readdirSync(BENCH)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort()) {
    const nama = berkas.replace(/\.bench\.ts$/, "");
    const modul = (await import(pathToFileURL(path.join(BENCH, berkas)).href)) as {
      jalankan?: () => Promise<Record<string, unknown>>;
      BAGIAN?: string;
    };
    if (typeof modul.jalankan !== "function") throw new Error(`${berkas} tidak mengekspor jalankan()`);
    console.log(`-- ${nama}`);
    hasil[modul.BAGIAN ?? nama] = await modul.jalankan();
  }
  return hasil;
}

async function utama(): Promise<void> {
  const hasil = {
    waktu: new Date().toISOString(),
    node: process.version,
    capaian: await benchCapaian(),
    bundel: benchBundel(),
    ...(await benchModul()),
  };
  fs.writeFileSync(path.join(BENCH, "results.json"), JSON.stringify(hasil, null, 2) + "\n");
  console.log("Ditulis: bench/results.json");
}

utama().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
