import fs from "node:fs";
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { bukaChromium, sajikan, skripDisuntikJalan } from "./browser-helper";

const AKAR = path.resolve(__dirname, "..", "..");
const OFFICE_JS = path.join(AKAR, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const KELUARAN = path.join(AKAR, "test-output");

/** A stand-in for office.js inside Excel: host Excel, a display language, some requirement sets. */
function officeDalamExcel(bahasa: string): string {
  const set = { ExcelApi: 12, CustomFunctionsRuntime: 3 };
  return `window.CustomFunctions = { associate() {}, Error: Error, ErrorCode: {} };
  window.Office = {
    HostType: { Excel: "Excel" },
    actions: { associate() {} },
    context: {
      displayLanguage: ${JSON.stringify(bahasa)},
      requirements: { isSetSupported: (n, v) => Number(String(v).split(".")[1]) <= (${JSON.stringify(set)}[n] || 0) },
    },
    onReady(cb) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (cb) setTimeout(() => cb(info));
      return Promise.resolve(info);
    },
  };`;
}

interface Halaman {
  page: Page;
  galat: string[];
  tutup: () => Promise<void>;
}

/** taskpane.html from dist/, with the real office.js from node_modules or the stand-in. */
async function buka(office: "asli" | { bahasa: string }): Promise<Halaman> {
  const server = await sajikan();
  const browser: Browser = await bukaChromium();
  const page = await browser.newPage({ viewport: { width: 360, height: 1400 } });
  const galat: string[] = [];
  page.on("pageerror", (e) => galat.push(e.message));
  page.on("console", (m) => m.type() === "error" && galat.push(m.text()));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN) && office !== "asli") {
      return route.fulfill({ contentType: "text/javascript", body: officeDalamExcel(office.bahasa) });
    }
    if (url.startsWith(CDN)) {
      const berkas = path.join(OFFICE_JS, url.slice(CDN.length).split("?")[0]);
      return berkas.startsWith(OFFICE_JS) && fs.existsSync(berkas)
        ? route.fulfill({ path: berkas })
        : route.fulfill({ status: 404 });
    }
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  await page.goto(server.url + "taskpane.html");
  await page.waitForSelector("#referensi details");
  return { page, galat, tutup: async () => (await browser.close(), await server.tutup()) };
}

describe("the task pane with the real office.js outside Office", () => {
  let h: Halaman;
  beforeAll(async () => (h = await buka("asli")));
  afterAll(() => h.tutup());

  it("loads office.js and its own scripts under the Content-Security-Policy without an error", () => {
    expect(h.galat).toEqual([]);
  });

  it("says it is not connected to Excel", async () => {
    expect(await h.page.textContent(".status__belum")).toMatch(/^Belum terhubung ke Excel/);
  });

  it("refuses to run a script injected into the page", async () => {
    expect(await skripDisuntikJalan(h.page)).toBe(false);
    expect(h.galat.join("\n")).toContain("Content Security Policy");
  });
});

describe.each([
  ["id-ID", "Status Excel", "Siap", "=IKU.CAPAIAN(39%; 41%)", "95,12%", "tidak didukung"],
  ["en-US", "Excel status", "Ready", "=IKU.CAPAIAN(39%, 41%)", "95.12%", "not supported"],
])("the task pane inside Excel in %s", (bahasa, judulStatus, siap, contoh, hasil, tidakDidukung) => {
  let h: Halaman;
  beforeAll(async () => (h = await buka({ bahasa })));
  afterAll(() => h.tutup());

  it("shows its texts and document language in Office's display language", async () => {
    expect(await h.page.textContent("#judul-status")).toBe(judulStatus);
    expect(await h.page.getAttribute("html", "lang")).toBe(bahasa.slice(0, 2));
    expect(await h.page.textContent(".status__siap")).toBe(siap);
  });

  it("lists each requirement set with the newest version this Excel supports", async () => {
    const versi = await h.page.$$eval(".status__set li .lencana", (l) => l.map((e) => e.textContent));
    expect(versi).toEqual(["1.12", "1.3", tidakDidukung]);
  });

  it("lists all fifteen functions with a worked example in the local formula syntax", async () => {
    const judul = await h.page.$$eval("#referensi summary", (s) => s.map((e) => e.textContent));
    expect(judul).toHaveLength(DAFTAR_FUNGSI.length);
    await h.page.click("#referensi summary");
    const isi = await h.page.textContent("#referensi details[open]");
    expect(isi).toContain(contoh);
    expect(isi).toContain(hasil);
    expect(h.galat).toEqual([]);
    fs.mkdirSync(KELUARAN, { recursive: true });
    await h.page.screenshot({ path: path.join(KELUARAN, `panel-${bahasa}.png`), fullPage: true });
  });
});
