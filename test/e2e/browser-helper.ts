/**
 * The task pane in headless Chromium: dist/ served by an in-process static server, the real
 * office.js answered from node_modules/@microsoft/office-js, and a recording fake of Excel
 * (test/excel/palsu-excel.ts, the same code the unit tests use) injected before the page runs.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import ts from "typescript";

const AKAR = path.resolve(__dirname, "..", "..");
const DIST = path.join(AKAR, "dist");
const OFFICE_JS = path.join(AKAR, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const JENIS: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves a folder on localhost; paths that leave it are refused. */
export async function sajikan(folder = DIST): Promise<{ url: string; tutup: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const berkas = path.join(folder, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!berkas.startsWith(folder) || !fs.existsSync(berkas) || fs.statSync(berkas).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": JENIS[path.extname(berkas)] ?? "application/octet-stream" });
    fs.createReadStream(berkas).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, tutup: () => new Promise((r) => server.close(() => r())) };
}

/** The fake as a script: the CommonJS output of palsu-excel.ts wrapped to set window globals. */
function skripPalsu(
  awal: Record<string, Record<string, unknown>>,
  versi: string,
  bahasa: string,
  tema?: { isDarkTheme: boolean },
): string {
  const sumber = fs.readFileSync(path.join(AKAR, "test", "excel", "palsu-excel.ts"), "utf8");
  const js = ts.transpileModule(sumber, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
  }).outputText;
  return `(() => {
    const exports = {};
    ${js}
    const palsu = exports.buatExcelPalsu(${JSON.stringify(awal)}, ${JSON.stringify(versi)});
    window.__palsu = palsu;
    window.Excel = palsu.excel;
    // office.js creates window.Office and defines Office.context on it while it initialises. Both
    // are intercepted as they happen (no timing race), so the fake's requirement sets and the chosen
    // display language show through from the first onReady callback on.
    const tambahan = { requirements: palsu.office.context.requirements, displayLanguage: ${JSON.stringify(bahasa)} };
    ${tema ? `tambahan.officeTheme = ${JSON.stringify(tema)};` : ""}
    const definisi = Object.defineProperty;
    let office;
    const bungkus = (o) => {
      const d = Object.getOwnPropertyDescriptor(o, "context");
      if (d && d.get && d.get.palsu) return;
      let nilai = d && !d.get ? d.value : undefined;
      const asli = () => (d && d.get ? d.get.call(o) : nilai) || {};
      const get = () => new Proxy(asli(), { get: (t, k) => (k in tambahan ? tambahan[k] : Reflect.get(t, k)) });
      get.palsu = true;
      const set = d && d.set ? d.set : (v) => (nilai = v);
      definisi(o, "context", { configurable: true, get, set });
    };
    Object.defineProperty = function (o, k, d) {
      const hasil = definisi(o, k, d);
      if (o === office && k === "context") bungkus(o);
      return hasil;
    };
    definisi(window, "Office", {
      configurable: true,
      get: () => office,
      set: (v) => {
        office = v;
        if (v) bungkus(v);
      },
    });
  })();`;
}

/** Appends an inline script to the page and tells whether it ran; a working CSP blocks it. */
export function skripDisuntikJalan(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__disuntik = true";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __disuntik?: boolean }).__disuntik === true;
  });
}

export interface Panel {
  page: Page;
  /** Messages the page wrote to the console as errors, and uncaught exceptions. */
  galat: string[];
  tutup: () => Promise<void>;
}

export interface OpsiPanel {
  /** Sheets already in the fake workbook: name → cells. */
  awal?: Record<string, Record<string, unknown>>;
  /** The highest ExcelApi version the fake Office claims. */
  versi?: string;
  /** Office's display language, e.g. "id-ID" or "en-US". */
  bahasa?: string;
  /** Height of the viewport, tall enough for a full-page screenshot of the pane. */
  tinggi?: number;
  /** The built add-in to serve; dist/ unless a test built elsewhere. */
  folder?: string;
  /** Office.context.officeTheme as Office reports it; absent unless given. */
  tema?: { isDarkTheme: boolean };
}

/**
 * Opens taskpane.html with the fake Excel, the fake's requirement sets and the given display
 * language, and waits for Office.onReady.
 */
export async function bukaPanel(opsi: OpsiPanel = {}): Promise<Panel> {
  const { awal = {}, versi = "1.9", bahasa = "id-ID", tinggi = 900, folder = DIST, tema } = opsi;
  const server = await sajikan(folder);
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 360, height: tinggi } });
  const galat: string[] = [];
  page.on("pageerror", (e) => galat.push(e.message));
  page.on("console", (m) => m.type() === "error" && galat.push(m.text()));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN)) {
      const berkas = path.join(OFFICE_JS, url.slice(CDN.length).split("?")[0]);
      if (berkas.startsWith(OFFICE_JS) && fs.existsSync(berkas)) return route.fulfill({ path: berkas });
      return route.fulfill({ status: 404 });
    }
    // Nothing leaves the machine: only the local server answers.
    if (url.startsWith(server.url)) return route.continue();
    return route.abort();
  });
  await page.addInitScript(skripPalsu(awal, versi, bahasa, tema));
  await page.goto(server.url + "taskpane.html");
  await page.waitForFunction(() => typeof Office !== "undefined" && typeof Office.onReady === "function");
  await page.evaluate(() => Office.onReady());
  return {
    page,
    galat,
    tutup: async () => {
      await browser.close();
      await server.tutup();
    },
  };
}

/** The fake workbook's state, read from the page. */
export function bukuPalsu(page: Page): Promise<{
  lembar: Array<{ nama: string; baru: boolean; sel: Record<string, unknown>; rumus: string[] }>;
  sync: number;
  aktif: string;
}> {
  // Only plain data: recorded calls may carry functions (event handlers) that cannot cross over.
  return page.evaluate(() => {
    const { lembar, sync, aktif } = (
      window as unknown as { __palsu: { buku: { lembar: never; sync: number; aktif: string } } }
    ).__palsu.buku;
    return { lembar, sync, aktif };
  });
}
