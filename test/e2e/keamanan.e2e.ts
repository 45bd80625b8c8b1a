/**
 * Security of what dist/ serves: a Content-Security-Policy on every page that allows only the
 * add-in's own files and Microsoft's office.js, no request to anywhere else while a planner uses
 * the pane, untrusted catalog text shown as text, and the lint rule that keeps HTML strings out.
 * (The pane's own inline-script test is in panel.e2e.ts, the review list's in tandai-panel.e2e.ts,
 * and inserting a catalog whose names carry markup in taskpane-sisip.e2e.ts.)
 */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { bukaChromium, bukaPanel, sajikan, skripDisuntikJalan, type Panel } from "./browser-helper";

const AKAR = path.resolve(__dirname, "..", "..");
const DIST = path.join(AKAR, "dist");
const OFFICE = "https://appsforoffice.microsoft.com";
// Under 40 characters: catalog messages quote longer values cut short.
const JAHAT = "<img src=x onerror=window.__diserang=1>";

/** The CSP of an HTML file, as directive → sources. */
function csp(berkas: string): Record<string, string[]> {
  const html = fs.readFileSync(berkas, "utf8");
  const isi = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  return Object.fromEntries(
    isi
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([nama, ...sumber]) => [nama, sumber]),
  );
}

const HALAMAN = fs.readdirSync(DIST).filter((f) => f.endsWith(".html"));

describe("the Content-Security-Policy of every page in dist/", () => {
  it("covers the pane and the help page", () => {
    expect(HALAMAN.sort()).toEqual(["bantuan.html", "taskpane.html"]);
  });

  it.each(HALAMAN)(
    "%s allows scripts only from itself and office.js's host, nothing inline or eval'd",
    (h) => {
      const k = csp(path.join(DIST, h));
      expect(["'self'", "'none'"]).toContain(k["default-src"]?.[0]);
      expect(k["object-src"]).toEqual(["'none'"]);
      expect(k["base-uri"]).toBeDefined();
      for (const s of k["script-src"] ?? k["default-src"]) expect(["'self'", "'none'", OFFICE]).toContain(s);
    },
  );

  it.each(HALAMAN)("%s names no origin other than its own and office.js's", (h) => {
    const k = csp(path.join(DIST, h));
    const sumber = Object.entries(k).flatMap(([d, s]) => s.map((x) => `${d} ${x}`));
    const asing = sumber.filter((s) => {
      const x = s.split(" ")[1];
      if (["'self'", "'none'", OFFICE].includes(x)) return false;
      // Inline styles (office.js and element.style) and data: images are not network access.
      return !(s === "style-src 'unsafe-inline'" || s === "img-src data:");
    });
    expect(asing).toEqual([]);
  });

  it("blocks a script injected into the help page", async () => {
    const server = await sajikan();
    const browser = await bukaChromium();
    try {
      const page = await browser.newPage();
      const galat: string[] = [];
      page.on("console", (m) => m.type() === "error" && galat.push(m.text()));
      await page.goto(server.url + "bantuan.html");
      expect(await skripDisuntikJalan(page)).toBe(false);
      expect(galat.join("\n")).toContain("Content Security Policy");
    } finally {
      await browser.close();
      await server.tutup();
    }
  });
});

describe("network use of the pane", () => {
  it("requests nothing but its own files and office.js while a planner works", async () => {
    const panel: Panel = await bukaPanel({ tinggi: 1400 });
    const asal = new URL(await panel.page.evaluate(() => location.href)).origin;
    const diminta: string[] = [];
    try {
      panel.page.on("request", (r) => diminta.push(r.url()));
      await panel.page.reload();
      await panel.page.evaluate(() => Office.onReady());
      await panel.page.waitForSelector("#judul-tandai");
      for (const d of await panel.page.$$("#referensi summary")) await d.click();
      await panel.page.click("#buka-panduan");
      await panel.page.click("#tutup-panduan");
      await panel.page.click("#sisip-tombol");
      await panel.page.waitForFunction(() =>
        (document.querySelector("#sisip-status")?.textContent ?? "").startsWith("Dibuat"),
      );
      await panel.page.setInputFiles("#sisip-katalog", {
        name: "katalog.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(KATALOG_BAWAAN)),
      });
      await panel.page.waitForTimeout(200);
    } finally {
      await panel.tutup();
    }
    const asing = diminta.filter((u) => !u.startsWith(`${asal}/`) && !u.startsWith(`${OFFICE}/`));
    expect(asing).toEqual([]);
    expect(diminta.filter((u) => u.startsWith(`${asal}/`)).length).toBeGreaterThanOrEqual(4);
    expect(diminta.some((u) => u.startsWith(`${OFFICE}/lib/1/hosted/office.js`))).toBe(true);
  });

  it.each(["taskpane.js", "functions.js"])("%s contains no network API of its own", (berkas) => {
    const js = fs.readFileSync(path.join(DIST, berkas), "utf8");
    expect(js.match(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b/g)).toBeNull();
  });
});

describe("a rejected catalog whose values carry markup", () => {
  it("names the offending value in the status line as text and runs none of it", async () => {
    const panel = await bukaPanel();
    try {
      await panel.page.waitForSelector("#sisip-katalog");
      const katalog = structuredClone(KATALOG_BAWAAN) as unknown as {
        tujuan: { sasaran: { indikator: { target: Record<string, unknown> }[] }[] }[];
      };
      katalog.tujuan[0].sasaran[0].indikator[0].target["2025"] = JAHAT;
      await panel.page.setInputFiles("#sisip-katalog", {
        name: "katalog.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(katalog)),
      });
      await panel.page.waitForSelector("#sisip-status li");
      const butir = await panel.page.$$eval("#sisip-status li", (l) => l.map((e) => e.textContent ?? ""));
      expect(butir.some((b) => b.includes(JAHAT))).toBe(true);
      expect(await panel.page.$$("#bagian-sisip img")).toHaveLength(0);
      expect(await panel.page.evaluate(() => (window as unknown as { __diserang?: number }).__diserang)).toBe(
        undefined,
      );
    } finally {
      await panel.tutup();
    }
  });
});

describe("the lint rule against HTML strings in src/", () => {
  const KASUS: Array<[string, string]> = [
    ["innerHTML", "el.innerHTML = nama;"],
    ["outerHTML", "el.outerHTML = nama;"],
    ["insertAdjacentHTML", 'el.insertAdjacentHTML("beforeend", nama);'],
    ["document.write", "document.write(nama);"],
    ["createContextualFragment", "document.createRange().createContextualFragment(nama);"],
    ["textContent", "el.textContent = nama;"],
  ];
  let aturan: Record<string, string[]>;

  // ESLint loads its ESM config with a dynamic import Jest cannot run: lint all cases in one child process.
  beforeAll(() => {
    const skrip = `
      import { ESLint } from "eslint";
      const eslint = new ESLint({ cwd: process.cwd() });
      const hasil = {};
      for (const [nama, baris] of JSON.parse(process.argv[1])) {
        const kode = "export function tulis(el: HTMLElement, nama: string): void {\\n  " + baris + "\\n}\\n";
        const [r] = await eslint.lintText(kode, { filePath: "src/taskpane/contoh.ts" });
        hasil[nama] = r.messages.map((m) => m.ruleId);
      }
      console.log(JSON.stringify(hasil));`;
    const p = spawnSync(process.execPath, ["--input-type=module", "-e", skrip, JSON.stringify(KASUS)], {
      cwd: AKAR,
      encoding: "utf8",
    });
    expect(p.stderr).toBe("");
    aturan = JSON.parse(p.stdout);
  });

  it.each(KASUS.slice(0, -1).map(([k]) => k))("rejects %s in the pane's code", (k) => {
    expect(aturan[k]).toEqual(["no-restricted-syntax"]);
  });

  it("accepts the textContent way", () => {
    expect(aturan.textContent).toEqual([]);
  });
});
