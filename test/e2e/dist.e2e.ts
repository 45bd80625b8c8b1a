import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Runs after `npm run test:e2e` has built dist/ in production mode.
const AKAR = path.resolve(__dirname, "../..");
const DIST = path.join(AKAR, "dist");
const HARNESS = path.resolve(__dirname, "../../../shared/tools/cf-harness.mjs");
const ID = [
  "CAPAIAN",
  "CAPAIAN_RENTANG",
  "UTTP_GROWTH",
  "PERTUMBUHAN",
  "PREDIKAT",
  "STATUS",
  "TARGET",
  "INDIKATOR",
  "IKM",
  "MUTU_PELAYANAN",
  "SAMPEL_IKM",
  "AGREGAT",
  "SERAPAN",
  "EFISIENSI",
  "TREN",
];

interface Metadata {
  functions: { id: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

describe("the built functions bundle", () => {
  const meta = (): Metadata =>
    JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata;

  it("has functions.json with exactly the fifteen ids", () => {
    expect(meta().functions.map((f) => f.id)).toEqual(ID);
  });

  it("describes every function and parameter in Indonesian", () => {
    const inggris = /\b(the|returns?|value|of|and)\b/i;
    for (const f of meta().functions) {
      expect(f.description).toBeTruthy();
      expect(f.description).not.toMatch(inggris);
      for (const p of f.parameters) {
        expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S/);
        expect(p.description).not.toMatch(inggris);
      }
    }
  });

  it("associates every id and gives every case in cases.json its hand-computed result", () => {
    expect(fs.existsSync(HARNESS)).toBe(true);
    const r = spawnSync(process.execPath, [HARNESS, DIST, path.join(__dirname, "cases.json")], {
      encoding: "utf8",
    });
    expect(r.stdout).toMatch(/\b0 failed/);
    expect(r.status).toBe(0);
  });

  it("keeps functions.js under 30 KB", () => {
    expect(fs.statSync(path.join(DIST, "functions.js")).size).toBeLessThan(30 * 1024);
  });
});
