/**
 * The help page the functions' @helpurl opens (dist/bantuan.html, minified by the build, so
 * quotes and closing tags are optional below): one section per function id,
 * and every worked example on it gives the printed result when the built bundle runs it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tabelKatalog } from "../../src/domain/katalog";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";

const AKAR = path.resolve(__dirname, "..", "..");
const DIST = path.join(AKAR, "dist");
const HARNESS = path.resolve(AKAR, "..", "shared", "tools", "cf-harness.mjs");
const HTML = fs.readFileSync(path.join(DIST, "bantuan.html"), "utf8");

type Meta = { functions: { id: string; helpUrl?: string }[] };
const baca = (f: string): Meta => JSON.parse(fs.readFileSync(path.join(DIST, f), "utf8"));

/** Each example row on the page, by the id of the section it sits in: [formula, shown result]. */
function contohHalaman(): Array<[string, string, string]> {
  return HTML.split("<section").flatMap((bagian) => {
    const id = /<h2 id="?([A-Z_]+)"?[\s>]/.exec(bagian)?.[1];
    if (!id) return [];
    return [...bagian.matchAll(/<tr><td><code>([^<]+)<\/code>(?:<\/td>)?<td>([^<]+)(?:<\/td>)?<\/tr>/g)].map(
      (m) => [id, m[1], m[2]] as [string, string, string],
    );
  });
}

const TIGA = [3, 3, 3, 3, 3, 3, 3, 3, 3];
const EMPAT = [4, 4, 4, 4, 4, 4, 4, 4, 4];
const TW = [[50, 60, 70, 70]];
const GALAT = { error: "#VALUE!", message: true };

/** The page's examples as the harness runs them: formula, shown result, arguments, exact result. */
const CONTOH: Array<[string, string, unknown[], unknown]> = [
  ["=IKU.CAPAIAN(39%; 41%)", "95,12%", [0.39, 0.41], 0.39 / 0.41],
  ['=IKU.CAPAIAN(12; 10; "negatif")', "80%", [12, 10, "negatif"], 0.8],
  ['=IKU.CAPAIAN(12; 10; "negatif_rasio")', "83,33%", [12, 10, "negatif_rasio"], 10 / 12],
  ["=IKU.CAPAIAN(130; 100; ; 1)", "100%", [130, 100, null, 1], 1],
  ['=IKU.CAPAIAN(0; 0; "negatif")', "100%", [0, 0, "negatif"], 1],
  ["=IKU.CAPAIAN(5; 0)", "#VALUE!", [5, 0], GALAT],
  ["=IKU.CAPAIAN_RENTANG(85; 80; 90)", "100%", [85, 80, 90], 1],
  ["=IKU.CAPAIAN_RENTANG(95; 80; 90)", "105,56%", [95, 80, 90], 95 / 90],
  ["=IKU.CAPAIAN_RENTANG(70; 80; 90)", "87,5%", [70, 80, 90], 0.875],
  ["=IKU.UTTP_GROWTH(200; 250)", "25%", [200, 250], 0.25],
  ['=IKU.UTTP_GROWTH(200; 250; "jumlah")', "50", [200, 250, "jumlah"], 50],
  ["=IKU.PERTUMBUHAN(12; 14)", "16,67%", [12, 14], 2 / 12],
  ['=IKU.PERTUMBUHAN(12; 14; "jumlah")', "2", [12, 14, "jumlah"], 2],
  ["=IKU.PREDIKAT(78%)", "Tinggi", [0.78], "Tinggi"],
  ["=IKU.PREDIKAT(91%)", "Sangat Tinggi", [0.91], "Sangat Tinggi"],
  ["=IKU.PREDIKAT(50%)", "Sangat Rendah", [0.5], "Sangat Rendah"],
  ["=IKU.STATUS(40%; 41%)", "Tidak Tercapai", [0.4, 0.41], "Tidak Tercapai"],
  ["=IKU.STATUS(41%; 41%)", "Tercapai", [0.41, 0.41], "Tercapai"],
  ['=IKU.TARGET("IKU-09"; 2025)', "250", ["IKU-09", 2025], 250],
  [
    '=IKU.TARGET("indeks kepuasan masyarakat (ikm)"; 2026)',
    "83,47",
    ["indeks kepuasan masyarakat (ikm)", 2026],
    83.47,
  ],
  ["=IKU.INDIKATOR()", "baris judul dan 10 baris indikator", [], tabelKatalog(KATALOG_BAWAAN)],
  ["=IKU.IKM(B2:J3)", "87,5", [[TIGA, EMPAT]], 87.5],
  ["=IKU.MUTU_PELAYANAN(88,31)", "A", [88.31], "A"],
  ["=IKU.MUTU_PELAYANAN(88,3; BENAR)", "B (Baik)", [88.3, true], "B (Baik)"],
  ["=IKU.SAMPEL_IKM(1000)", "278", [1000], 278],
  ["=IKU.SAMPEL_IKM(100)", "80", [100], 80],
  ['=IKU.AGREGAT(B2:E2; "jumlah")', "250", [TW, "jumlah"], 250],
  ['=IKU.AGREGAT(B2:E2; "akhir")', "70", [TW, "akhir"], 70],
  ['=IKU.AGREGAT(B2:E2; "rata-rata")', "62,5", [TW, "rata-rata"], 62.5],
  ["=IKU.SERAPAN(850000000; 1000000000)", "85,00%", [850000000, 1000000000], 0.85],
  ["=IKU.EFISIENSI(105%; 90%)", "15,00%", [1.05, 0.9], 1.05 - 0.9],
  ["=IKU.TREN(37; 41)", "Membaik", [37, 41], "Membaik"],
  ['=IKU.TREN(37; 41; "negatif")', "Memburuk", [37, 41, "negatif"], "Memburuk"],
];

describe("the help page", () => {
  it("has one section per function, where both metadata files' help links point", () => {
    for (const berkas of ["functions.json", "functions.en.json"]) {
      const meta = baca(berkas);
      expect(meta.functions).toHaveLength(15);
      for (const f of meta.functions) {
        expect(f.helpUrl).toBe(`https://localhost:3000/bantuan.html#${f.id}`);
        expect(HTML).toMatch(new RegExp(`<h2 id="?${f.id}"?[\\s>]`));
      }
    }
  });

  it("shows each example this test runs, and no example this test does not run", () => {
    const halaman = contohHalaman().map(([, rumus, tampil]) => [rumus, tampil]);
    expect(halaman).toEqual(CONTOH.map(([rumus, tampil]) => [rumus, tampil]));
    for (const [id, rumus] of contohHalaman()) expect(rumus.startsWith(`=IKU.${id}(`)).toBe(true);
  });

  it("gives the printed result for every example when the built bundle runs it as Excel would", () => {
    const kasus = CONTOH.map(([rumus, , args, expect]) => ({
      fn: /^=IKU\.([A-Z_]+)\(/.exec(rumus)![1],
      args,
      expect,
      tol: 1e-9,
      name: rumus,
    }));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bantuan-")), "kasus.json");
    fs.writeFileSync(file, JSON.stringify(kasus));
    const hasil = spawnSync(process.execPath, [HARNESS, DIST, file], { encoding: "utf8" });
    const lulus = /(\d+) passed, 0 failed/.exec(hasil.stdout + hasil.stderr);
    expect(Number(lulus?.[1])).toBeGreaterThanOrEqual(kasus.length);
  });

  it("rounds each printed percentage or number from the exact result", () => {
    const angka = (t: string) => Number(t.replace("%", "").replace(",", ".")) / (t.endsWith("%") ? 100 : 1);
    for (const [rumus, tampil, , nilai] of CONTOH) {
      if (typeof nilai !== "number") continue;
      const desimal = tampil.endsWith("%") ? 4 : 2;
      expect([rumus, Math.round(nilai * 10 ** desimal) - Math.round(angka(tampil) * 10 ** desimal)]).toEqual([
        rumus,
        0,
      ]);
    }
  });
});
