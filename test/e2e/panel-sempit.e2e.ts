/**
 * The pane at the widths a planner docks it (320 and 500 px) in headless Chromium: nothing scrolls
 * sideways, and the first action ("Sisipkan IKU") is on screen without scrolling, with the
 * first-run guide open and closed; the technical status stays folded until asked for.
 */
import type { Page } from "playwright-core";
import { bukaPanel, type Panel } from "./browser-helper";

interface Ukuran {
  lebarLayar: number;
  lebarDokumen: number;
  /** Elements whose right edge passes the viewport, by id or tag and class. */
  meluber: string[];
  /** The insert button's box, relative to the viewport. */
  tombol: { atas: number; bawah: number; kiri: number; kanan: number };
}

function ukur(page: Page): Promise<Ukuran> {
  return page.evaluate(() => {
    const lebarLayar = document.documentElement.clientWidth;
    const meluber = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > lebarLayar + 0.5)
      .map((el) => el.id || `${el.tagName.toLowerCase()}.${el.className}`);
    const r = document.querySelector("#sisip-tombol")!.getBoundingClientRect();
    return {
      lebarLayar,
      lebarDokumen: document.documentElement.scrollWidth,
      meluber,
      tombol: { atas: r.top, bawah: r.bottom, kiri: r.left, kanan: r.right },
    };
  });
}

describe.each([
  [320, 600],
  [500, 700],
])("the pane at %i × %i px", (lebar, tinggi) => {
  let panel: Panel;
  beforeAll(async () => {
    panel = await bukaPanel({ tinggi });
    await panel.page.setViewportSize({ width: lebar, height: tinggi });
    await panel.page.waitForSelector("#sisip-tombol");
  });
  afterAll(() => panel.tutup());

  it.each([
    ["with the first-run guide open", true],
    ["with the guide closed", false],
  ])("scrolls no way but down and shows Sisipkan IKU without scrolling, %s", async (_k, panduan) => {
    const { page } = panel;
    if (!panduan && (await page.isVisible("#tutup-panduan"))) await page.click("#tutup-panduan");
    expect(await page.isVisible("#panduan")).toBe(panduan);
    await page.evaluate(() => window.scrollTo(0, 0));
    const u = await ukur(page);
    expect({ lebarDokumen: u.lebarDokumen, meluber: u.meluber }).toEqual({
      lebarDokumen: lebar,
      meluber: [],
    });
    expect(u.lebarLayar).toBe(lebar);
    expect(u.tombol.atas).toBeGreaterThanOrEqual(0);
    expect(u.tombol.bawah).toBeLessThanOrEqual(tinggi);
    expect(u.tombol.kanan).toBeLessThanOrEqual(lebar);
  });

  it("keeps the technical status folded to one line, its details one keyboard press away", async () => {
    const { page } = panel;
    // Outside Office (office.js here has no host) the one line says so in the warning colour.
    expect(await page.textContent("#bagian-status summary")).toBe("Status Excel: belum terhubung");
    expect(await page.getAttribute("#status-singkat", "class")).toBe("status__singkat--belum");
    expect(await page.isVisible("#status dl")).toBe(false);
    await page.focus("#bagian-status summary");
    await page.keyboard.press("Enter");
    expect(await page.isVisible("#status dl")).toBe(true);
    const u = await ukur(page);
    expect([u.lebarDokumen, u.meluber]).toEqual([lebar, []]);
    await page.keyboard.press("Enter");
  });
});
