import fs from "node:fs";
import path from "node:path";
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";
import { muatFungsi, panggil, sesuai, type FungsiTermuat, type Kasus } from "./muat-fungsi";

// Runs after `npm run test:e2e` has built dist/ in production mode.
const DIST = path.resolve(__dirname, "../../dist");
const KASUS: Kasus[] = JSON.parse(fs.readFileSync(path.join(__dirname, "cases.json"), "utf8"));

interface Metadata {
  functions: { id: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

describe("the built functions bundle", () => {
  const meta = (): Metadata =>
    JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata;
  let termuat: FungsiTermuat;
  beforeAll(() => {
    termuat = muatFungsi(DIST);
  });

  it("has functions.json with exactly the registry's ids", () => {
    expect(meta().functions.map((f) => f.id)).toEqual(DAFTAR_FUNGSI.map((f) => f.id));
    expect(meta().functions).toHaveLength(DAFTAR_FUNGSI.length);
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

  it("associates every id of functions.json when loaded as Excel loads it, and nothing else", () => {
    expect([...termuat.fungsi.keys()]).toEqual(meta().functions.map((f) => f.id));
  });

  it.each(
    KASUS.map((k) => [k.name ?? `${k.fn}(${k.args.map((a) => JSON.stringify(a)).join(", ")})`, k] as const),
  )("%s gives its hand-computed result", (_, k) => {
    const hasil = panggil(termuat, k.fn, k.args, Array.isArray(k.expect));
    expect([hasil, sesuai(hasil, k.expect, k.tol)]).toEqual([hasil, true]);
  });

  it("tells a wrong result from a right one", () => {
    expect(sesuai(panggil(termuat, "CAPAIAN", [0.39, 0.41]), 0.95, 1e-4)).toBe(false);
    expect(sesuai(panggil(termuat, "CAPAIAN", [5, 0]), { error: "#VALUE!", message: true })).toBe(true);
    expect(sesuai(panggil(termuat, "CAPAIAN", [5, 0]), { error: "#N/A" })).toBe(false);
    expect(sesuai([[1], [2]], [[1], [3]])).toBe(false);
    expect(sesuai("1", 1)).toBe(false);
  });

  it("keeps functions.js under 30 KB", () => {
    expect(fs.statSync(path.join(DIST, "functions.js")).size).toBeLessThan(30 * 1024);
  });
});
