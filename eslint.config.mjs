// Lint rules: typescript-eslint and the Office add-ins rules, Prettier owns formatting, and two
// architecture rules: no Office/DOM in the pure layers, no HTML strings anywhere in src.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
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

const GLOBAL_OFFICE = ["Office", "Excel", "CustomFunctions", "document", "window"];
const LAPISAN_MURNI = [
  ...TANPA_HTML,
  {
    selector: `TSQualifiedName[left.name=/^(${GLOBAL_OFFICE.join("|")})$/]`,
    message: "src/domain dan src/workbook murni: tipe Office/Excel hanya di src/excel.",
  },
  {
    selector: `MemberExpression[object.name=/^(globalThis|self)$/][property.name=/^(${GLOBAL_OFFICE.join("|")})$/]`,
    message: "src/domain dan src/workbook murni: tanpa Office, Excel, CustomFunctions atau DOM.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,cjs,mjs,ts}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      ...aturanOffice,
      "no-console": ["error", { allow: ["warn", "error"] }],
      "no-restricted-syntax": ["error", ...TANPA_HTML],
    },
  },
  {
    // Node-side flows over files (ExcelJS, docx): no Office.js there, so its load/sync rules do not apply.
    files: ["src/periksa/**/*.ts", "src/laporan/**/*.ts", "src/xlsx/**/*.ts"],
    rules: Object.fromEntries(Object.keys(aturanOffice).map((nama) => [nama, "off"])),
  },
  {
    files: ["src/domain/**/*.ts", "src/workbook/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...GLOBAL_OFFICE.map((name) => ({
          name,
          message: "src/domain dan src/workbook murni: tanpa Office, Excel, CustomFunctions atau DOM.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/taskpane/**", "**/commands/**", "**/functions/**"],
              message: "Lapisan murni tidak bergantung pada adaptor.",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ...LAPISAN_MURNI],
    },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.jest, ...globals.browser } },
  },
  prettier,
);
