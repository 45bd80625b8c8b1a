// Fuzz through the real command: random hostile catalogs given to `npm run template` never crash
// it, never change the catalog file, and every workbook written opens in LibreOffice.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { katalogJahat, katalogSah } from "../fuzz/arbitrer";
import { recalc } from "./lo-helper";

const AKAR = join(__dirname, "..", "..");
const KELUARAN = join(AKAR, "test-output", "fuzz-template");
const hash = (berkas: string) => createHash("sha256").update(readFileSync(berkas)).digest("hex");

// A fixed seed: CI sees the same catalogs every run; change it to explore others.
const KATALOG = [
  ...fc.sample(katalogSah(), { numRuns: 3, seed: 20261129 }),
  ...fc.sample(katalogJahat(), { numRuns: 2, seed: 20261129 }),
];

beforeAll(() => {
  rmSync(KELUARAN, { recursive: true, force: true });
  mkdirSync(KELUARAN, { recursive: true });
});

describe("npm run template on random catalogs", () => {
  it.each(KATALOG.map((k, i) => [i, k]))(
    "catalog %i: exits cleanly, leaves the catalog as it was",
    (i, k) => {
      const katalog = join(KELUARAN, `katalog-${i}.json`);
      writeFileSync(katalog, JSON.stringify(k));
      const sebelum = hash(katalog);
      const r = spawnSync(
        "npx",
        ["tsx", join(AKAR, "scripts", "template.ts"), "--catalog", katalog, "--out", `iku-${i}.xlsx`],
        { cwd: KELUARAN, encoding: "utf8", timeout: 120000 },
      );
      expect(hash(katalog)).toBe(sebelum);
      // 0 written, 1 refused with a message; never a stack trace.
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\bat .+\(.*:\d+:\d+\)|TypeError|RangeError/);
      if (r.status === 1) expect(r.stderr).toMatch(/ditolak|tidak/);
      else expect(existsSync(join(KELUARAN, `iku-${i}.xlsx`))).toBe(true);
    },
  );

  it("the workbooks written open and recalculate in LibreOffice", () => {
    const ditulis = readdirSync(KELUARAN).filter((f) => f.endsWith(".xlsx"));
    expect(ditulis.length).toBeGreaterThanOrEqual(2);
    // Two are enough here: each LibreOffice start costs seconds; the unit fuzz reads many more back.
    for (const f of ditulis.slice(0, 2)) {
      const keluar = recalc(join(KELUARAN, f), join(KELUARAN, `lo-${f}`), "csv", "IKU");
      expect(readFileSync(keluar, "utf8")).toMatch(/Indikator Kinerja/);
    }
  });
});
