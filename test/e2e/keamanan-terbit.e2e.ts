/**
 * The deployment build the README tells an administrator to run: with urlProd every file points
 * at the agency's server only, and every URL in the manifest names a file the build wrote.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const AKAR = path.resolve(__dirname, "..", "..");
const URL_PROD = "https://iku.contoh.go.id/addin/";

describe("npm run build -- --env urlProd=…", () => {
  const keluar = fs.mkdtempSync(path.join(os.tmpdir(), "iku-terbit-"));
  let berkas: string[];
  beforeAll(() => {
    const p = spawnSync(
      process.execPath,
      [
        path.join(AKAR, "node_modules", "webpack", "bin", "webpack.js"),
        "--mode",
        "production",
        "--env",
        `urlProd=${URL_PROD}`,
        "--output-path",
        keluar,
      ],
      { cwd: AKAR, encoding: "utf8" },
    );
    expect(p.status).toBe(0);
    berkas = fs.readdirSync(keluar, { recursive: true, encoding: "utf8" });
  });
  afterAll(() => fs.rmSync(keluar, { recursive: true, force: true }));

  it("writes a dist/ with the pane, functions in two languages, help, icons and the manifest", () => {
    for (const f of ["taskpane.html", "taskpane.js", "taskpane.css", "functions.js", "functions.json"])
      expect(berkas).toContain(f);
    for (const f of ["functions.en.json", "bantuan.html", "manifest.xml", path.join("assets", "icon-80.png")])
      expect(berkas).toContain(f);
  });

  it("leaves no development URL in any file", () => {
    const sisa = berkas.filter((f) => {
      const p = path.join(keluar, f);
      return fs.statSync(p).isFile() && fs.readFileSync(p, "latin1").includes("localhost");
    });
    expect(sisa).toEqual([]);
  });

  it("links every function's help in both languages to the deployed help page", () => {
    for (const f of ["functions.json", "functions.en.json"]) {
      const meta = JSON.parse(fs.readFileSync(path.join(keluar, f), "utf8")) as {
        functions: { id: string; helpUrl: string }[];
      };
      expect(meta.functions.map((x) => x.helpUrl)).toEqual(
        meta.functions.map((x) => `${URL_PROD}bantuan.html#${x.id}`),
      );
    }
  });

  it("names in the manifest only files the build wrote, under the deployment URL", () => {
    const xml = fs.readFileSync(path.join(keluar, "manifest.xml"), "utf8");
    const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    const luar = urls.filter((u) => !u.startsWith(URL_PROD));
    expect(luar).toEqual([]);
    const hilang = urls
      .map((u) => u.slice(URL_PROD.length))
      .filter((f) => !berkas.includes(path.normalize(f)));
    expect(hilang).toEqual([]);
  });
});
