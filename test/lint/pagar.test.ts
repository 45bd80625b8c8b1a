/** Planted breaches of the layer fences must fail lint; ordinary imports of each layer must not. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import * as path from "node:path";

const AKAR = path.resolve(__dirname, "../..");

/** A real module of a folder, without extension, so the import resolves whatever other files are renamed. */
function modul(folder: string): string {
  const nama = readdirSync(path.join(AKAR, folder))
    .filter((n) => n.endsWith(".ts"))
    .sort()[0];
  return nama.replace(/\.ts$/, "");
}

const DOMAIN = modul("src/domain");
const WORKBOOK = modul("src/workbook");
const EXCEL = modul("src/excel");
const XLSX = modul("src/xlsx");
const TASKPANE = modul("src/taskpane");
const PERIKSA = modul("src/periksa");
const COMMANDS = modul("src/commands");
const WORKBOOK_SISIP = modul("src/workbook/sisip");
const WORKBOOK_TANDAI = modul("src/workbook/tandai");
const EXCEL_SISIP = modul("src/excel/sisip");
const EXCEL_TANDAI = modul("src/excel/tandai");
const KATALOG = readdirSync(path.join(AKAR, "katalog")).find((n) => n.endsWith(".json"));

/** Imports a module and uses it, so no other rule has anything to say. */
const impor = (...sumber: string[]): string =>
  sumber.map((s, i) => `import * as m${i} from "${s}";\n`).join("") +
  `export const dipakai = [${sumber.map((_, i) => `m${i}`).join(", ")}];\n`;

// [what, virtual file, code, the rule that must refuse it]
const PELANGGARAN: Array<[string, string, string, string]> = [
  ["domain imports exceljs", "src/domain/x.ts", impor("exceljs"), "boundaries/dependencies"],
  ["domain imports node:fs", "src/domain/x.ts", impor("node:fs"), "boundaries/dependencies"],
  ["domain imports fs without the node: prefix", "src/domain/x.ts", impor("fs"), "boundaries/dependencies"],
  [
    "domain reads process.env",
    "src/domain/x.ts",
    "export const a = process.env.TAHUN;\n",
    "no-restricted-globals",
  ],
  [
    "domain reads globalThis.process",
    "src/domain/x.ts",
    "export const a = globalThis.process;\n",
    "no-restricted-properties",
  ],
  ["domain imports from excel", "src/domain/x.ts", impor(`../excel/${EXCEL}`), "boundaries/dependencies"],
  [
    "domain re-exports from excel",
    "src/domain/x.ts",
    `export * from "../excel/${EXCEL}";\n`,
    "boundaries/dependencies",
  ],
  [
    "domain loads node:fs with a dynamic import",
    "src/domain/x.ts",
    'export const a = () => import("node:fs");\n',
    "boundaries/dependencies",
  ],
  [
    "domain names an Office type",
    "src/domain/x.ts",
    "export type T = Office.AddinCommands.Event;\n",
    "no-restricted-syntax",
  ],
  [
    "domain uses a browser-only global that no list names",
    "src/domain/x.ts",
    "export const a = new XMLHttpRequest();\n",
    "no-undef",
  ],
  [
    "workbook reads window",
    "src/workbook/x.ts",
    "export const a = window.innerWidth;\n",
    "no-restricted-globals",
  ],
  ["workbook imports xlsx", "src/workbook/x.ts", impor(`../xlsx/${XLSX}`), "boundaries/dependencies"],
  ["bahasa.ts imports domain", "src/bahasa.ts", impor(`./domain/${DOMAIN}`), "boundaries/dependencies"],
  [
    "an xlsx writer calls Excel.run",
    "src/xlsx/x.ts",
    "export const a = () => Excel.run(async () => undefined);\n",
    "no-restricted-globals",
  ],
  ["an xlsx writer imports excel", "src/xlsx/x.ts", impor(`../excel/${EXCEL}`), "boundaries/dependencies"],
  [
    "periksa touches document",
    "src/periksa/x.ts",
    "export const a = document.title;\n",
    "no-restricted-globals",
  ],
  [
    "a custom function calls Excel.run",
    "src/functions/x.ts",
    "export const a = () => Excel.run(async () => undefined);\n",
    "no-restricted-globals",
  ],
  [
    "a custom function imports excel",
    "src/functions/x.ts",
    impor(`../excel/${EXCEL}`),
    "boundaries/dependencies",
  ],
  ["excel imports node:path", "src/excel/x.ts", impor("node:path"), "boundaries/dependencies"],
  ["excel uses Buffer", "src/excel/x.ts", 'export const a = Buffer.from("x");\n', "no-restricted-globals"],
  [
    "excel uses CustomFunctions",
    "src/excel/x.ts",
    "export const a = CustomFunctions.ErrorCode;\n",
    "no-restricted-globals",
  ],
  [
    "a command imports the pane",
    "src/commands/x.ts",
    impor(`../taskpane/${TASKPANE}`),
    "boundaries/dependencies",
  ],
  ["the pane imports node:fs", "src/taskpane/x.ts", impor("node:fs"), "boundaries/dependencies"],
  ["the pane imports exceljs", "src/taskpane/x.ts", impor("exceljs"), "boundaries/dependencies"],
  [
    "the pane reads process.env",
    "src/taskpane/x.ts",
    "export const a = process.env.X;\n",
    "no-restricted-globals",
  ],
  ...(
    [
      ["writes an inline style property", 'document.body.style.color = "red";\n'],
      ["replaces the style text", 'document.body.style.cssText = "color: red";\n'],
      [
        "assigns the style attribute",
        '(document.body as unknown as { style: string }).style = "color: red";\n',
      ],
      ["sets the style attribute", 'document.body.setAttribute("style", "color: red");\n'],
      ["copies styles in with Object.assign", 'Object.assign(document.body.style, { color: "red" });\n'],
      ["calls style.setProperty", 'document.body.style.setProperty("color", "red");\n'],
    ] as const
  ).map(([apa, kode]): [string, string, string, string] => [
    `the pane ${apa}`,
    "src/taskpane/x.ts",
    `export const a = 1;\n${kode}`,
    "no-restricted-syntax",
  ]),
  [
    "a script imports the pane",
    "scripts/x.ts",
    impor(`../src/taskpane/${TASKPANE}`),
    "boundaries/dependencies",
  ],
  // The two flows never reach into each other, on either side.
  [
    "the insert plan imports the Tandai plan",
    "src/workbook/sisip/x.ts",
    impor(`../tandai/${WORKBOOK_TANDAI}`),
    "boundaries/dependencies",
  ],
  [
    "the Tandai plan imports the insert plan",
    "src/workbook/tandai/x.ts",
    impor(`../sisip/${WORKBOOK_SISIP}`),
    "boundaries/dependencies",
  ],
  [
    "the Office.js insertion imports Office.js Tandai",
    "src/excel/sisip/x.ts",
    impor(`../tandai/${EXCEL_TANDAI}`),
    "boundaries/dependencies",
  ],
  [
    "Office.js Tandai imports the insert plan",
    "src/excel/tandai/x.ts",
    impor(`../../workbook/sisip/${WORKBOOK_SISIP}`),
    "boundaries/dependencies",
  ],
  [
    "the shared Office.js code imports a flow",
    "src/excel/x.ts",
    impor(`./sisip/${EXCEL_SISIP}`),
    "boundaries/dependencies",
  ],
  [
    "the shared plan code imports a flow",
    "src/workbook/x.ts",
    impor(`./tandai/${WORKBOOK_TANDAI}`),
    "boundaries/dependencies",
  ],
  [
    "a file in a folder that is no layer",
    "src/baru/x.ts",
    "export const a = 1;\n",
    "boundaries/no-unknown-files",
  ],
];

// [what, virtual file, code]: each must lint clean, so the fences cannot pass by refusing everything.
const DIIZINKAN: Array<[string, string, string]> = [
  ["domain imports domain", "src/domain/x.ts", impor(`./${DOMAIN}`)],
  [
    "domain imports bahasa.ts and the catalog",
    "src/domain/x.ts",
    impor("../bahasa", `../../katalog/${KATALOG}`),
  ],
  ["workbook imports domain", "src/workbook/x.ts", impor(`../domain/${DOMAIN}`, "../bahasa")],
  [
    "each flow's plan imports the shared plan code",
    "src/workbook/sisip/x.ts",
    impor(`../${WORKBOOK}`, `../../domain/${DOMAIN}`),
  ],
  [
    "Office.js Tandai imports its plan and the shared Office.js code",
    "src/excel/tandai/x.ts",
    impor(`../../workbook/tandai/${WORKBOOK_TANDAI}`, `../${EXCEL}`, `../../workbook/${WORKBOOK}`),
  ],
  [
    "excel imports workbook and calls Excel.run",
    "src/excel/x.ts",
    impor(`../workbook/${WORKBOOK}`) +
      "export const b = () => Excel.run(async () => Office.context.displayLanguage);\n",
  ],
  [
    "xlsx imports exceljs and node:path and uses Buffer",
    "src/xlsx/x.ts",
    impor("exceljs", "node:path", `../workbook/${WORKBOOK}`) + 'export const b = Buffer.from("x");\n',
  ],
  [
    "periksa imports node:fs, exceljs and xlsx and reads process",
    "src/periksa/x.ts",
    impor("node:fs", "exceljs", `../xlsx/${XLSX}`) + "export const b = process.cwd();\n",
  ],
  [
    "laporan imports docx and xlsx",
    "src/laporan/x.ts",
    impor("docx", `../xlsx/${XLSX}`, `../domain/${DOMAIN}`),
  ],
  [
    "a custom function imports domain and names CustomFunctions",
    "src/functions/x.ts",
    impor(`../domain/${DOMAIN}`) + "export const b = CustomFunctions.ErrorCode;\n",
  ],
  [
    "a command imports excel and uses Office",
    "src/commands/x.ts",
    impor(`../excel/${EXCEL}`) + "export const b = () => Office.addin.showAsTaskpane();\n",
  ],
  [
    "the pane imports commands and excel and uses document",
    "src/taskpane/x.ts",
    impor(`../commands/${COMMANDS}`, `../excel/${EXCEL}`) + "export const b = document.title;\n",
  ],
  [
    "the pane sets a class and reads a computed style",
    "src/taskpane/x.ts",
    'document.body.className = "x";\nexport const b = getComputedStyle(document.body).color;\n',
  ],
  [
    "a script imports periksa and node:fs and reads process",
    "scripts/x.ts",
    impor(`../src/periksa/${PERIKSA}`, "node:fs") + "export const b = process.argv;\n",
  ],
  ["a test imports excel and jszip", "test/x.test.ts", impor(`../src/excel/${EXCEL}`, "jszip")],
];

type Hasil = Record<string, { aturan: string[]; pesan: string[] }>;

// ESLint loads its ESM config with a dynamic import Jest cannot run: lint every case in one child process.
function lintSemua(kasus: Array<[string, string, string]>): Hasil {
  const skrip = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const hasil = {};
    for (const [nama, filePath, kode] of JSON.parse(process.argv[1])) {
      const [r] = await eslint.lintText(kode, { filePath });
      hasil[nama] = { aturan: r.messages.map((m) => m.ruleId), pesan: r.messages.map((m) => m.message) };
    }
    console.log(JSON.stringify(hasil));`;
  const p = spawnSync(process.execPath, ["--input-type=module", "-e", skrip, JSON.stringify(kasus)], {
    cwd: AKAR,
    encoding: "utf8",
  });
  expect(p.stderr).toBe("");
  return JSON.parse(p.stdout) as Hasil;
}

describe("the layer fences in eslint.config.mjs", () => {
  let hasil: Hasil;

  beforeAll(() => {
    const kasus = [
      ...PELANGGARAN.map(([nama, berkas, kode]): [string, string, string] => [nama, berkas, kode]),
      ...DIIZINKAN,
    ];
    hasil = lintSemua(kasus);
  }, 60000);

  it.each(PELANGGARAN.map(([nama, , , aturan]) => [nama, aturan]))("refuse: %s (%s)", (nama, aturan) => {
    expect(hasil[nama].aturan).toContain(aturan);
  });

  it.each(DIIZINKAN.map(([nama]) => nama))("allow: %s", (nama) => {
    expect(hasil[nama]).toEqual({ aturan: [], pesan: [] });
  });

  it("names the two layers of a refused import in its message", () => {
    expect(hasil["domain imports from excel"].pesan).toEqual([
      "Pagar lapisan: domain tidak boleh mengimpor excel (lihat PANAH di eslint.config.mjs).",
    ]);
    expect(hasil["the pane imports node:fs"].pesan).toEqual([
      "Pagar lapisan: taskpane tidak boleh mengimpor node:fs (lihat PANAH di eslint.config.mjs).",
    ]);
  });
});
