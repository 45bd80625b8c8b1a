/**
 * The task pane in headless Chromium: dist/ served by an in-process static server, the real
 * office.js answered from node_modules/@microsoft/office-js, and Microsoft's Excel client library
 * injected before the page runs, its requests answered by the emulator (test/emulator): the built
 * pane and ribbon commands run through Excel.run, the real library and the workbook model.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { uraiAlamat } from "../emulator/alamat";
import { bundelEmulator } from "../emulator/bundel";

const AKAR = path.resolve(__dirname, "..", "..");

/**
 * The system's headless Chromium (installed by .ci/run), quiet: no first-run pages, background
 * fetches, updates or QUIC, since CI reaches only the npm and Debian registries.
 */
export function bukaChromium(): Promise<Browser> {
  return chromium.launch({
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
}

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

/**
 * Where Office would load Excel's client library from. Served from node_modules with the emulator
 * bundle and its installation appended, so no request of the library's own start-up escapes it.
 */
const KLIEN = `${CDN}excel-web-16.00.debug.js`;
let bundel: string | undefined;

/** What the page's Excel starts with: the emulator's workbook and limits (test/emulator). */
export interface AwalExcel {
  /** Sheets in order, each as rows of values from A1 (strings read as Excel would). */
  lembar?: Record<string, unknown[][]>;
  aktif?: string;
  /** The selection, e.g. "IKU!B3:D13". */
  pilihan?: string;
  batasPermintaan?: number;
  batasJawaban?: number;
}

/** The emulator as a script that installs `awal` behind Excel.run as window.__excel. */
function skripEmulator(awal: AwalExcel): string {
  bundel ??= `${fs.readFileSync(path.join(OFFICE_JS, "excel-web-16.00.debug.js"), "utf8")}\n${bundelEmulator()}`;
  return `${bundel}\nwindow.__excel = window.EmulatorExcel.pasang(${JSON.stringify(awal)});`;
}

/**
 * office.js creates window.Office and defines Office.context on it while it initialises: both are
 * intercepted as they happen (no timing race), so the chosen requirement sets and display language
 * show through from the first onReady callback on.
 */
function skripKonteks(versi: string, bahasa: string, tema?: { isDarkTheme: boolean }): string {
  return `(() => {
  const [a, b] = ${JSON.stringify(versi)}.split(".").map(Number);
  const requirements = {
    isSetSupported(nama, v) {
      const [c, d = 0] = String(v || "1.1").split(".").map(Number);
      return nama === "ExcelApi" && (a > c || (a === c && b >= d));
    },
  };
  const tambahan = { requirements, displayLanguage: ${JSON.stringify(bahasa)} };
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
  // As in Excel: office.js first, then the host's client library (here answered by the emulator),
  // on every load of the page, reloads included; not in the frames office.js opens.
  if (window.top === window)
  document.addEventListener("DOMContentLoaded", () => {
    const s = document.createElement("script");
    s.src = ${JSON.stringify(KLIEN)};
    document.head.append(s);
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
  /** The workbook behind Excel.run: sheets, selection, size limits. */
  awal?: AwalExcel;
  /** The highest ExcelApi version Office claims. */
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

/** The telemetry page office.js frames outside Office. */
const TELEMETRI_OFFICE = "telemetryservice.firstpartyapps";

/**
 * Opens taskpane.html with the emulated Excel, the given ExcelApi version and display language,
 * and waits for Office.onReady.
 */
export async function bukaPanel(opsi: OpsiPanel = {}): Promise<Panel> {
  const { awal = {}, versi = "1.9", bahasa = "id-ID", tinggi = 900, folder = DIST, tema } = opsi;
  const server = await sajikan(folder);
  const browser: Browser = await bukaChromium();
  const page = await browser.newPage({ viewport: { width: 360, height: tinggi } });
  const galat: string[] = [];
  page.on("pageerror", (e) => galat.push(e.message));
  // office.js outside Office tries, at a moment of its own, to frame its telemetry page; the pane's
  // CSP rightly blocks it. That refusal is the CSP working, not an error of the pane.
  page.on(
    "console",
    (m) => m.type() === "error" && !m.text().includes(TELEMETRI_OFFICE) && galat.push(m.text()),
  );
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === KLIEN) return route.fulfill({ contentType: "text/javascript", body: skripEmulator(awal) });
    if (url.startsWith(CDN)) {
      const berkas = path.join(OFFICE_JS, url.slice(CDN.length).split("?")[0]);
      if (berkas.startsWith(OFFICE_JS) && fs.existsSync(berkas)) return route.fulfill({ path: berkas });
      return route.fulfill({ status: 404 });
    }
    // Nothing leaves the machine: only the local server answers.
    if (url.startsWith(server.url)) return route.continue();
    return route.abort();
  });
  await page.addInitScript(skripKonteks(versi, bahasa, tema));
  await page.goto(server.url + "taskpane.html");
  await page.waitForFunction(() => typeof Office !== "undefined" && typeof Office.onReady === "function");
  await page.evaluate(() => Office.onReady());
  await page.waitForFunction(() => (window as unknown as { __excel?: unknown }).__excel !== undefined);
  return {
    page,
    galat,
    tutup: async () => {
      await browser.close();
      await server.tutup();
    },
  };
}

/** One sheet of the page's workbook as plain data: values and formulas of its used cells, rules. */
export interface LembarHalaman {
  nama: string;
  /** What each used cell holds, by A1 address: a formula "=...", or a value. */
  sel: Record<string, unknown>;
  /** Addresses holding formulas. */
  rumus: string[];
  aturan: Array<{ alamat: string; jenis: string; rumus?: string; isi?: unknown }>;
}

export interface BukuHalaman {
  lembar: LembarHalaman[];
  aktif: string;
  pilihan: string;
  /** Syncs of each Excel.run so far, in order. */
  sync: number[];
  largestRequestBytes: number;
  largestResponseBytes: number;
}

/** The emulated workbook's state, read from the page. */
export function bukuHalaman(page: Page): Promise<BukuHalaman> {
  return page.evaluate(() => {
    type Kotak = { b0: number; b1: number; k0: number; k1: number };
    type Sel = { nilai?: unknown; rumus?: string };
    interface Lembar {
      nama: string;
      sel: Map<number, Map<number, Sel>>;
      alamat(k: Kotak): string;
      bersyarat: Array<{
        kotak: Kotak[];
        jenis: string;
        rumus?: string;
        format: { Fill?: { Color?: unknown } };
      }>;
    }
    const host = (
      window as unknown as {
        __excel: {
          buku: { daftar: Lembar[]; aktif: Lembar | null; pilihan: { lembar: Lembar; kotak: Kotak } | null };
          perRun: Array<{ syncs: number }>;
          semua: { largestRequestBytes: number; largestResponseBytes: number };
        };
      }
    ).__excel;
    const { buku } = host;
    const lembar = buku.daftar.map((l) => {
      const sel: Record<string, unknown> = {};
      const rumus: string[] = [];
      for (const [b, baris] of l.sel)
        for (const [k, s] of baris) {
          const a = l.alamat({ b0: b, b1: b, k0: k, k1: k });
          sel[a] = s.rumus ?? s.nilai;
          if (s.rumus !== undefined) rumus.push(a);
        }
      const aturan = l.bersyarat.map((x) => ({
        alamat: x.kotak.map((k) => l.alamat(k)).join(","),
        jenis: x.jenis,
        rumus: x.rumus,
        isi: x.format.Fill?.Color,
      }));
      return { nama: l.nama, sel, rumus, aturan };
    });
    const p = buku.pilihan;
    return {
      lembar,
      aktif: buku.aktif?.nama ?? "",
      pilihan: p ? `${p.lembar.nama}!${p.lembar.alamat(p.kotak)}` : "",
      sync: host.perRun.map((r) => r.syncs),
      largestRequestBytes: host.semua.largestRequestBytes,
      largestResponseBytes: host.semua.largestResponseBytes,
    };
  });
}

/** Runs a ribbon command of the page (Office.actions.associate) and waits for event.completed(). */
export function jalankanPerintah(page: Page, nama: string): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((selesai) => {
        const o = Office as unknown as {
          actions: { _association: { m_mappings: Record<string, (e: unknown) => unknown> } };
        };
        void o.actions._association.m_mappings[n.toUpperCase()]({ completed: () => selesai() });
      }),
    nama,
  );
}

/** Replaces the page's workbook (window.__excel) with a new one; the pane stays as it is. */
export async function pasangBuku(page: Page, awal: AwalExcel): Promise<void> {
  await page.evaluate((a) => {
    const w = window as unknown as { EmulatorExcel: { pasang(x: unknown): unknown }; __excel: unknown };
    w.__excel = w.EmulatorExcel.pasang(a);
  }, awal);
}

/** Activates a sheet of the page's workbook and selects a range on it, as the planner's click. */
export async function pilihDiHalaman(page: Page, lembar: string, alamat: string): Promise<void> {
  await page.evaluate(
    ([n, kotak]) => {
      const buku = (
        window as unknown as { __excel: { buku: Record<string, unknown> & { lembar(n: string): unknown } } }
      ).__excel.buku;
      const l = buku.lembar(n);
      buku.aktif = l;
      buku.pilihan = { lembar: l, kotak };
    },
    [lembar, uraiAlamat(alamat)] as const,
  );
}
