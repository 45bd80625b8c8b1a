// Fuzz through the real periksa command: random hostile workbooks never crash it, never change an
// input (hash), and the flagged copies open in LibreOffice.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { bukuAcak, tulisBukuAcak } from "../fuzz/buku-acak";
import { recalc } from "./lo-helper";

const AKAR = join(__dirname, "..", "..");
const KELUARAN = join(AKAR, "test-output", "fuzz-periksa");
const MASUK = join(KELUARAN, "masuk");
const hash = (berkas: string) => createHash("sha256").update(readFileSync(berkas)).digest("hex");

// A fixed seed: CI sees the same workbooks every run.
const BUKU = fc.sample(bukuAcak(), { numRuns: 4, seed: 20261129 });

beforeAll(async () => {
  rmSync(KELUARAN, { recursive: true, force: true });
  mkdirSync(MASUK, { recursive: true });
  for (const [i, b] of BUKU.entries()) await tulisBukuAcak(join(MASUK, `acak-${i}.xlsx`), b);
});

describe("npm run periksa on random workbooks", () => {
  it("exits cleanly, leaves every input as it was, and its copies open in LibreOffice", () => {
    const sebelum = readdirSync(MASUK).map((f) => hash(join(MASUK, f)));
    const r = spawnSync(
      "npx",
      ["tsx", join(AKAR, "scripts", "periksa.ts"), MASUK, "--out", join(KELUARAN, "keluar")],
      {
        encoding: "utf8",
        timeout: 180000,
      },
    );
    expect(r.stderr).not.toMatch(/\bat .+\(.*:\d+:\d+\)|TypeError|RangeError/);
    expect(r.status).toBe(0);
    expect(readdirSync(MASUK).map((f) => hash(join(MASUK, f)))).toEqual(sebelum);
    const salinan = readdirSync(join(KELUARAN, "keluar")).filter((f) => f.endsWith(".xlsx"));
    expect(salinan.length).toBe(BUKU.length);
    for (const f of salinan.slice(0, 2)) {
      const lembar = BUKU[Number(/acak-(\d+)/.exec(f)![1])].nama;
      const csv = recalc(join(KELUARAN, "keluar", f), join(KELUARAN, `lo-${f}`), "csv", lembar);
      expect(readFileSync(csv, "utf8").length).toBeGreaterThan(0);
    }
  });
});
