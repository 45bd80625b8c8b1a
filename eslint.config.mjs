// Lint rules: typescript-eslint and the Office add-ins rules, Prettier owns formatting, and the
// architecture fences: which layer may import which (boundaries), which globals each place may
// touch, and no HTML strings anywhere in src.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import boundaries from "eslint-plugin-boundaries";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The plugin's recommended preset registers its own copy of @typescript-eslint; take only its Office rules.
const aturanOffice = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([nama]) => nama.startsWith("office-addins/")),
);

const TANPA_HTML = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: "Jangan menyusun HTML dari teks: buat elemen dengan createElement dan isi textContent.",
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]",
    message: "Jangan menyisipkan HTML dari teks: buat elemen dengan createElement dan isi textContent.",
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: "Jangan menulis HTML ke dokumen: buat elemen dengan createElement dan isi textContent.",
  },
];

// The pane's look lives in taskpane.css: no inline styles, only classes.
const TANPA_GAYA_SISIP = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='style']",
    message: "Jangan menulis gaya sisipan (style): pakai kelas CSS di taskpane.css.",
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[object.property.name='style']",
    message: "Jangan menulis gaya sisipan (style): pakai kelas CSS di taskpane.css.",
  },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^style$/i]",
    message: "Jangan menulis atribut style: pakai kelas CSS di taskpane.css.",
  },
  {
    selector:
      "CallExpression[callee.property.name='assign'] > MemberExpression.arguments:first-child[property.name='style']",
    message: "Jangan menulis gaya sisipan lewat Object.assign: pakai kelas CSS di taskpane.css.",
  },
  {
    selector:
      "CallExpression > MemberExpression.callee[object.property.name='style'][property.name=/^(setProperty|removeProperty)$/]",
    message: "Jangan mengubah gaya sisipan (style): pakai kelas CSS di taskpane.css.",
  },
];

// Each folder is one layer; a file outside every layer is itself an error (no-unknown-files).
const LAPISAN = {
  domain: "src/domain",
  // The two flows, each a pure half and an Office.js half: insert a workbook (sisip); detect,
  // judge and flag a user's table (tandai). The parent folders hold what both flows share.
  "workbook-sisip": "src/workbook/sisip",
  "workbook-tandai": "src/workbook/tandai",
  workbook: "src/workbook",
  "excel-sisip": "src/excel/sisip",
  "excel-tandai": "src/excel/tandai",
  excel: "src/excel",
  xlsx: "src/xlsx",
  periksa: "src/periksa",
  laporan: "src/laporan",
  // The functions' registry (texts, parameters, examples) is data the pane and the build read too.
  daftar: "src/functions/daftar",
  functions: "src/functions",
  commands: "src/commands",
  taskpane: "src/taskpane",
  help: "src/help",
  skrip: "scripts",
  bench: "bench",
  aset: "assets",
  uji: "test",
  katalog: "katalog",
};
// Single files that belong to no folder layer.
const BERKAS = { bahasa: "src/bahasa.ts", konfigurasi: "*.config.{js,cjs,mjs}" };

// The only arrows between layers; imports inside one layer are always allowed.
const PANAH = {
  domain: ["bahasa", "katalog"],
  workbook: ["domain", "bahasa"],
  // Neither flow reaches into the other; both build on the shared plan, addresses and formulas.
  "workbook-sisip": ["workbook", "domain", "bahasa"],
  "workbook-tandai": ["workbook", "domain", "bahasa"],
  excel: ["workbook", "domain", "bahasa"],
  "excel-sisip": ["excel", "workbook-sisip", "workbook", "domain", "bahasa"],
  "excel-tandai": ["excel", "workbook-tandai", "workbook", "domain", "bahasa"],
  xlsx: ["workbook", "domain", "bahasa"],
  periksa: ["xlsx", "workbook-tandai", "workbook", "domain", "bahasa"],
  laporan: ["xlsx", "workbook", "domain", "bahasa"],
  daftar: ["domain", "bahasa"],
  functions: ["domain", "bahasa"],
  commands: ["excel-sisip", "excel-tandai", "excel", "workbook-sisip", "workbook", "domain", "bahasa"],
  // The pane is the shared runtime's page: it registers the ribbon commands and hears their results.
  taskpane: [
    "commands",
    "excel-sisip",
    "excel-tandai",
    "excel",
    "workbook-sisip",
    "workbook-tandai",
    "workbook",
    "daftar",
    "domain",
    "bahasa",
  ],
  bahasa: [],
  skrip: [
    "laporan",
    "periksa",
    "xlsx",
    "functions",
    "workbook-sisip",
    "workbook",
    "domain",
    "bahasa",
    "katalog",
  ],
  bench: [
    "periksa",
    "xlsx",
    "excel-sisip",
    "excel-tandai",
    "excel",
    "workbook-sisip",
    "workbook-tandai",
    "workbook",
    "domain",
    "bahasa",
    "uji",
  ],
  aset: [],
  uji: [...Object.keys(LAPISAN), ...Object.keys(BERKAS)],
  konfigurasi: ["konfigurasi", "daftar"],
};

// npm packages and Node built-ins: only where Node runs (file flows, scripts, tests, config).
// echarts and @resvg/resvg-js draw the Word draft's figures (npm run laporan), never in the add-in.
const PAKET_BERKAS = ["exceljs", "docx", "jszip", "saxes", "echarts", "@resvg/resvg-js"];
const LAPISAN_NODE = ["xlsx", "periksa", "laporan"];
const ALAT_NODE = ["skrip", "bench", "aset", "uji", "konfigurasi"];

/** A selector for the named layers and single files. */
function unsur(nama) {
  const elemen = nama.filter((n) => !(n in BERKAS));
  const berkas = nama.filter((n) => n in BERKAS);
  return [
    ...(elemen.length ? [{ element: { types: { anyOf: elemen } } }] : []),
    ...(berkas.length ? [{ file: { categories: { anyOf: berkas } } }] : []),
  ];
}

const PAGAR_IMPOR = {
  plugins: { boundaries },
  settings: {
    "import/resolver": { node: { extensions: [".ts", ".mjs", ".js", ".json"] } },
    "boundaries/elements": Object.entries(LAPISAN).map(([type, pattern]) => ({
      type,
      pattern,
      partialMatch: false,
    })),
    "boundaries/files": Object.entries(BERKAS).map(([category, pattern]) => ({ category, pattern })),
  },
  rules: {
    "boundaries/no-unknown-files": "error",
    "boundaries/dependencies": [
      "error",
      {
        default: "disallow",
        checkAllOrigins: true,
        checkUnknownLocals: true,
        message:
          "Pagar lapisan: {{from.element.type}}{{from.file.categories}} tidak boleh mengimpor " +
          "{{to.element.type}}{{to.file.categories}}{{to.module.source}} (lihat PANAH di eslint.config.mjs).",
        policies: [
          ...Object.entries(PANAH)
            .filter(([, ke]) => ke.length > 0)
            .map(([dari, ke]) => ({ from: unsur([dari]), allow: unsur(ke).map((to) => ({ to })) })),
          {
            from: unsur(LAPISAN_NODE),
            allow: [
              { to: { module: { origin: "core" } } },
              { to: { module: { origin: "external", source: PAKET_BERKAS } } },
            ],
          },
          {
            from: unsur(ALAT_NODE),
            allow: { to: { module: { origin: ["core", "external"] } } },
          },
        ],
      },
    ],
  },
};

// Globals by place: what each kind of runtime provides, refused wherever that runtime is absent.
const GLOBAL = {
  office: ["Office", "OfficeExtension"],
  excel: ["Excel"],
  fungsi: ["CustomFunctions"],
  dom: [
    "document",
    "window",
    "navigator",
    "location",
    "localStorage",
    "sessionStorage",
    "history",
    "alert",
    "self",
  ],
  node: [
    "process",
    "Buffer",
    "__dirname",
    "__filename",
    "require",
    "module",
    "exports",
    "global",
    "setImmediate",
  ],
};
const WADAH_GLOBAL = ["globalThis", "global", "self", "window"];
// What both a browser and Node provide (console, timers, URL, TextEncoder…): usable in every place.
const BERSAMA = Object.fromEntries(
  Object.keys(globals.node)
    .filter((nama) => nama in globals.browser)
    .map((nama) => [nama, "readonly"]),
);

/**
 * Lint settings for one place: only the runtimes it names may be reached, by name or through
 * globalThis; `larangan` adds that place's own no-restricted-syntax entries.
 */
function tempat(files, runtime, pesan, larangan = []) {
  const tolak = Object.entries(GLOBAL)
    .filter(([nama]) => !runtime.includes(nama))
    .flatMap(([, daftar]) => daftar);
  const diizinkan = runtime.flatMap((nama) => GLOBAL[nama]);
  const ada = { ...BERSAMA, ...Object.fromEntries(diizinkan.map((nama) => [nama, "readonly"])) };
  // The two type-only namespaces the code names: TypeScript has them, the globals lists do not.
  if (runtime.includes("dom")) Object.assign(ada, globals.browser, { HTMLElementTagNameMap: "readonly" });
  if (runtime.includes("node")) Object.assign(ada, globals.node, { NodeJS: "readonly" });
  return {
    files,
    languageOptions: { globals: ada },
    rules: {
      // typescript-eslint turns no-undef off for TypeScript; here it makes the globals above an allow-list.
      "no-undef": "error",
      "no-restricted-globals": ["error", ...tolak.map((name) => ({ name, message: pesan }))],
      "no-restricted-properties": [
        "error",
        ...WADAH_GLOBAL.filter((wadah) => !diizinkan.includes(wadah)).flatMap((object) =>
          tolak.filter((p) => p !== object).map((property) => ({ object, property, message: pesan })),
        ),
      ],
      "no-restricted-syntax": [
        "error",
        ...TANPA_HTML,
        ...larangan,
        {
          selector: `TSQualifiedName[left.name=/^(${tolak.join("|")})$/]`,
          message: pesan,
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,cjs,mjs,ts}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
  },
  {
    // Node everywhere outside src; inside src each place below names its own runtime.
    files: ["**/*.{js,cjs,mjs,ts}"],
    ignores: ["src/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  PAGAR_IMPOR,
  {
    files: ["src/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...aturanOffice,
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Node-side flows over files (ExcelJS, docx): no Office.js there, so its load/sync rules do not apply.
    files: ["src/periksa/**/*.ts", "src/laporan/**/*.ts", "src/xlsx/**/*.ts"],
    rules: Object.fromEntries(Object.keys(aturanOffice).map((nama) => [nama, "off"])),
  },
  tempat(
    ["src/domain/**/*.ts", "src/workbook/**/*.ts", "src/bahasa.ts"],
    [],
    "src/domain, src/workbook dan src/bahasa.ts murni: tanpa Office, Excel, CustomFunctions, DOM atau Node.",
  ),
  tempat(
    ["src/excel/**/*.ts", "src/commands/**/*.ts"],
    ["office", "excel"],
    "src/excel dan src/commands berjalan di Office: hanya Office dan Excel, tanpa DOM, Node atau CustomFunctions.",
  ),
  tempat(
    ["src/taskpane/**/*.ts"],
    ["office", "excel", "dom"],
    "src/taskpane berjalan di halaman panel: Office, Excel dan DOM, tanpa Node atau CustomFunctions.",
    TANPA_GAYA_SISIP,
  ),
  tempat(
    ["src/functions/**/*.ts"],
    ["fungsi", "office"],
    "src/functions hanya adaptor: CustomFunctions (dan bahasa tampilan Office), tanpa Excel.run, DOM atau Node.",
  ),
  tempat(
    ["src/functions/daftar/**/*.ts"],
    [],
    "src/functions/daftar hanya data: tanpa Office, Excel, CustomFunctions, DOM atau Node.",
  ),
  tempat(
    ["src/xlsx/**/*.ts", "src/periksa/**/*.ts", "src/laporan/**/*.ts"],
    ["node"],
    "src/xlsx, src/periksa dan src/laporan berjalan di Node: tanpa Office, Excel, CustomFunctions atau DOM.",
  ),
  tempat(
    ["scripts/**/*.{ts,mjs,js}"],
    ["node"],
    "scripts/ berjalan di Node: tanpa Office, Excel, CustomFunctions atau DOM.",
  ),
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.jest, ...globals.browser } },
  },
  prettier,
);
