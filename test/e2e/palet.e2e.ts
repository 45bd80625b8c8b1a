/**
 * The one palette of taskpane.css in headless Chromium: Office's theme (data-tema) wins, and without
 * it the system's preference picks the light or dark side of every light-dark() colour.
 */
import path from "node:path";
import { bukaChromium } from "./browser-helper";
import type { Browser } from "playwright-core";

// The help page shares the pane's stylesheet and has no script, so the attribute is set by hand.
const HALAMAN = "file://" + path.resolve(__dirname, "..", "..", "dist", "bantuan.html");
const TERANG = "rgb(255, 255, 255) / rgb(36, 36, 36)";
const GELAP = "rgb(31, 31, 31) / rgb(240, 240, 240)";

describe("the pane's palette", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await bukaChromium();
  });
  afterAll(() => browser.close());

  it.each([
    ["light", null, TERANG],
    ["light", "terang", TERANG],
    ["light", "gelap", GELAP],
    ["dark", null, GELAP],
    ["dark", "terang", TERANG],
    ["dark", "gelap", GELAP],
  ] as const)("system %s, Office theme %s: background / text %s", async (skema, tema, warna) => {
    const page = await browser.newPage({ colorScheme: skema });
    try {
      await page.goto(HALAMAN);
      const hasil = await page.evaluate((t) => {
        if (t) document.documentElement.dataset.tema = t;
        const s = getComputedStyle(document.body);
        return `${s.backgroundColor} / ${s.color}`;
      }, tema);
      expect(hasil).toBe(warna);
    } finally {
      await page.close();
    }
  });
});
