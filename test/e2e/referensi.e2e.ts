import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FUNGSI, type Argumen } from "../../src/taskpane/referensi";

const AKAR = path.resolve(__dirname, "..", "..");
const HARNESS = path.resolve(AKAR, "..", "shared", "tools", "cf-harness.mjs");

const nilai = (a: Argumen) => (typeof a === "object" ? ("persen" in a ? a.persen : a.nilai) : a);

describe("the worked examples in the pane's function reference", () => {
  it("covers every function in the built functions.json with its parameters in order", () => {
    type Meta = { id: string; parameters: { name: string; optional?: boolean }[] };
    const meta: Meta[] = JSON.parse(
      fs.readFileSync(path.join(AKAR, "dist", "functions.json"), "utf8"),
    ).functions;
    const dariMeta = meta.map((f) => [f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))]);
    const dariPanel = FUNGSI.map((f) => [f.nama, f.parameter]);
    const urut = (a: unknown[][]) => [...a].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(urut(dariPanel)).toEqual(urut(dariMeta));
  });

  it("give the results they claim when the built bundle runs them as Excel would", () => {
    const kasus = FUNGSI.flatMap((f) => {
      const h = f.hasil;
      if ("uraian" in h) return [];
      const expect = "angka" in h ? h.angka : h.teks;
      return [{ fn: f.nama, args: f.contoh.map(nilai), expect, tol: 1e-4 }];
    });
    expect(kasus.length).toBe(14);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "referensi-")), "kasus.json");
    fs.writeFileSync(file, JSON.stringify(kasus));
    const hasil = spawnSync(process.execPath, [HARNESS, path.join(AKAR, "dist"), file], { encoding: "utf8" });
    const lulus = /(\d+) passed, 0 failed/.exec(hasil.stdout);
    expect(Number(lulus?.[1])).toBeGreaterThanOrEqual(kasus.length);
  });
});
