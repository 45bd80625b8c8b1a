/**
 * The layout's own rules, checked on the tree as it is: no two files or exported names alike
 * that do different jobs, and test/ mirroring src/. Each rule is also shown refusing a planted case.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const AKAR = path.resolve(__dirname, "../..");
const SRC = path.join(AKAR, "src");

/** Every file under a folder, as paths relative to it with "/" separators. */
function semuaBerkas(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => fs.statSync(path.join(folder, p)).isFile());
}

/** The flows: a file may share its name with its twins in the other flows' sibling folders. */
const ALUR = ["sisip", "tandai", "renstra", "triwulan"];

/**
 * File names used twice in src. Allowed: index.ts (a folder's entry), and the twins of the two
 * flows, e.g. taskpane/sisip/teks.ts and taskpane/tandai/teks.ts: the same job for each flow.
 */
function namaBerkasGanda(berkas: readonly string[]): string[][] {
  const menurutNama = new Map<string, string[]>();
  for (const b of berkas) {
    const nama = path.posix.basename(b);
    if (nama === "index.ts") continue;
    menurutNama.set(nama, [...(menurutNama.get(nama) ?? []), b]);
  }
  return [...menurutNama.values()].filter((daftar) => {
    if (daftar.length < 2) return false;
    const induk = daftar.map((b) => path.posix.dirname(path.posix.dirname(b)));
    const alur = daftar.map((b) => path.posix.basename(path.posix.dirname(b)));
    const kembar =
      induk.every((i) => i === induk[0]) && alur.every((a, i) => ALUR.includes(a) && alur.indexOf(a) === i);
    return !kembar;
  });
}

/** The names a module declares and exports itself (re-exports name the same thing, so they do not count). */
function namaEkspor(teks: string, nama = "x.ts"): string[] {
  const sf = ts.createSourceFile(nama, teks, ts.ScriptTarget.Latest);
  const hasil: string[] = [];
  for (const s of sf.statements) {
    const ekspor =
      ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!ekspor) continue;
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) hasil.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(s) ||
        ts.isClassDeclaration(s) ||
        ts.isInterfaceDeclaration(s) ||
        ts.isTypeAliasDeclaration(s) ||
        ts.isEnumDeclaration(s)) &&
      s.name
    ) {
      hasil.push(s.name.text);
    }
  }
  return hasil;
}

/** Exported names declared in more than one module: name → the modules. */
function eksporGanda(modul: ReadonlyMap<string, string>): Map<string, string[]> {
  const pemilik = new Map<string, string[]>();
  for (const [berkas, teks] of modul) {
    for (const n of new Set(namaEkspor(teks, berkas))) pemilik.set(n, [...(pemilik.get(n) ?? []), berkas]);
  }
  return new Map([...pemilik].filter(([, daftar]) => daftar.length > 1));
}

/**
 * Test folders that are tools, not mirrors: the browser and LibreOffice suites, the Excel
 * emulator, the formula evaluator, fuzzing across the product, lint checks, fixtures and carried schemas.
 */
const FOLDER_ALAT = ["e2e", "emulator", "penilai", "fuzz", "lint", "fixtures", "schemas"];

/**
 * Whether a unit test's path names what it tests: test/P.test.ts for src/P.ts (or .css/.html),
 * for the folder src/P/, or — tests of one file grouped in a folder named after it — for
 * src/Q.ts where P is Q/aspect. A test at the top of test/ names a file at the repository root.
 */
function cerminan(ujian: string, adaSrc: (p: string) => boolean, adaAkar: (p: string) => boolean): boolean {
  const p = ujian.replace(/\.test\.ts$/, "");
  if (!p.includes("/")) return adaAkar(p);
  if (FOLDER_ALAT.includes(p.split("/")[0])) return true;
  const berkas = (q: string) => [".ts", ".css", ".html", ""].some((e) => adaSrc(q + e));
  return berkas(p) || adaSrc(p + "/") || berkas(path.posix.dirname(p));
}

const BERKAS_SRC = semuaBerkas(SRC);
const TS_SRC = BERKAS_SRC.filter((b) => b.endsWith(".ts"));

describe("names in src", () => {
  it("no two files share a name, except index.ts and the twins of the two flows", () => {
    expect(namaBerkasGanda(TS_SRC)).toEqual([]);
  });

  it("refuses a planted pair, and a name shared outside twin flow folders", () => {
    expect(namaBerkasGanda(["excel/hasil.ts", "excel/tandai/hasil.ts"])).toEqual([
      ["excel/hasil.ts", "excel/tandai/hasil.ts"],
    ]);
    expect(namaBerkasGanda(["a/sisip/teks.ts", "b/tandai/teks.ts"])).toHaveLength(1);
    expect(namaBerkasGanda(["a/sisip/teks.ts", "a/tandai/teks.ts"])).toEqual([]);
    expect(namaBerkasGanda(["a/index.ts", "b/index.ts"])).toEqual([]);
  });

  it("no exported name is declared by two modules", () => {
    const modul = new Map(TS_SRC.map((b) => [b, fs.readFileSync(path.join(SRC, b), "utf8")]));
    expect(Object.fromEntries(eksporGanda(modul))).toEqual({});
  });

  it("refuses a planted pair of exports and lets a re-export through", () => {
    const modul = new Map([
      ["a.ts", "export type Hasil<T> = T;\nexport function tolak() {}"],
      ["b.ts", "export const Hasil = 1, lain = 2;\nexport { tolak } from './a';"],
    ]);
    expect(Object.fromEntries(eksporGanda(modul))).toEqual({ Hasil: ["a.ts", "b.ts"] });
  });
});

describe("test/ mirrors src/", () => {
  const adaSrc = (p: string) =>
    p.endsWith("/")
      ? fs.existsSync(path.join(SRC, p)) && fs.statSync(path.join(SRC, p)).isDirectory()
      : BERKAS_SRC.includes(p);
  const adaAkar = (p: string) => fs.readdirSync(AKAR).some((b) => b.startsWith(`${p}.`));

  it("every unit test names the src file or folder it tests", () => {
    const ujian = semuaBerkas(path.join(AKAR, "test")).filter((b) => b.endsWith(".test.ts"));
    expect(ujian.filter((u) => !cerminan(u, adaSrc, adaAkar))).toEqual([]);
  });

  it.each([
    ["workbook/rumus.test.ts", true],
    ["workbook/sisip/rencana-iku/panjang-rumus.test.ts", true],
    ["functions/daftar.test.ts", true],
    ["taskpane/taskpane.css.test.ts", true],
    ["e2e/apa-saja.test.ts", true],
    ["workbook/rumus-lama.test.ts", false],
    ["excel/sisip/tidak-ada/x.test.ts", false],
    ["tidak-ada.test.ts", false],
  ])("%s → %s", (ujian, harapan) => {
    expect(cerminan(ujian, adaSrc, adaAkar)).toBe(harapan);
  });
});

describe("the README names every folder", () => {
  const readme = fs.readFileSync(path.join(AKAR, "README.md"), "utf8");
  const bagian = readme.slice(readme.indexOf("## Struktur / layout"));
  const blok = bagian.slice(bagian.indexOf("```"), bagian.indexOf("```", bagian.indexOf("```") + 3));
  /** Folder paths as the README's layout block lists them, one per line start. */
  const disebut = new Set([...blok.matchAll(/^([\w./-]+\/)\s/gm)].map((m) => m[1]));

  const folderSrc = fs
    .readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => fs.statSync(path.join(SRC, p)).isDirectory())
    .map((p) => `src/${p}/`);
  const folderUji = fs
    .readdirSync(path.join(AKAR, "test"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && FOLDER_ALAT.includes(d.name))
    .map((d) => `test/${d.name}/`);

  it("lists every folder of src/ and every tool folder of test/", () => {
    expect([...folderSrc, ...folderUji].filter((f) => !disebut.has(f))).toEqual([]);
  });

  it("lists no folder that does not exist", () => {
    expect([...disebut].filter((f) => !fs.existsSync(path.join(AKAR, f)))).toEqual([]);
  });
});
