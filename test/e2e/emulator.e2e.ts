/**
 * The emulator in headless Chromium: Microsoft's Excel client library loaded as a page script,
 * the emulator bundled by esbuild from the same sources the unit tests run, and Excel.run answered
 * with the same refusals as in Jest.
 */
import path from "node:path";
import { bukaChromium } from "./browser-helper";
import type { Browser, Page } from "playwright-core";
import { bundelEmulator } from "../emulator/bundel";

const KLIEN = path.resolve(
  __dirname,
  "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js",
);
const ASAL = "https://iku.test/";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await bukaChromium();
  page = await browser.newPage();
  await page.route(`${ASAL}**`, (r) =>
    r.fulfill({ contentType: "text/html", body: "<!doctype html><title>emulator</title>" }),
  );
  await page.goto(ASAL);
  await page.addScriptTag({ path: KLIEN });
  await page.addScriptTag({ content: bundelEmulator() });
});

afterAll(async () => {
  await browser?.close();
});

type Hasil = { nilai?: unknown; code?: string; lokasi?: string; syncs?: number[] };

/** Runs one scenario in the page on a fresh workbook. */
function jalankan(skenario: string, batasPermintaan?: number): Promise<Hasil> {
  return page.evaluate(
    async ([s, batas]) => {
      const w = window as unknown as {
        EmulatorExcel: { pasang(a: unknown): { perRun: Array<{ syncs: number }> } };
        Excel: typeof Excel;
      };
      const host = w.EmulatorExcel.pasang({
        lembar: {
          IKU: [
            ["Target", "Realisasi"],
            [10, 8],
          ],
        },
        batasPermintaan: batas ?? undefined,
      });
      try {
        const nilai = await w.Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("IKU");
          if (s === "baca") {
            ws.getRange("C1:C2").formulas = [["Capaian"], ["=B2/A2"]];
            const r = ws.getRange("A1:C2");
            r.load("formulas");
            await ctx.sync();
            return r.formulas;
          }
          if (s === "bentuk") ws.getRange("A1:B2").values = [[1]];
          if (s === "besar") ws.getRange("A3").values = [["x".repeat(2000)]];
          await ctx.sync();
          return null;
        });
        return { nilai, syncs: host.perRun.map((r) => r.syncs) };
      } catch (e) {
        const g = e as OfficeExtension.Error;
        return { code: g.code, lokasi: g.debugInfo?.errorLocation };
      }
    },
    [skenario, batasPermintaan ?? null] as const,
  );
}

describe("the emulator behind the Excel client library in Chromium", () => {
  it("writes and reads back through one Excel.run of one sync", async () => {
    expect(await jalankan("baca")).toEqual({
      nilai: [
        ["Target", "Realisasi", "Capaian"],
        [10, 8, "=B2/A2"],
      ],
      syncs: [1],
    });
  });

  it.each([
    [
      "an array of another shape",
      "bentuk",
      undefined,
      { code: "InvalidArgument", lokasi: "GetRange.Values" },
    ],
    ["a request over the limit", "besar", 1500, { code: "RequestPayloadSizeLimitExceeded" }],
  ])("refuses %s as in Jest", async (_nama, s, batas, harap) => {
    expect(await jalankan(s, batas)).toMatchObject(harap);
  });
});
