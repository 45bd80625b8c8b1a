/**
 * Accessibility of the pane and the help page: an axe-core scan (zero serious or critical
 * violations) in the states a planner meets, light, dark and high-contrast; keyboard reach with a
 * visible focus; the first-run guide shown once and reopened from the keyboard.
 */
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { KOLOM_RENSTRA } from "../../src/domain/renstra";
import { bukaChromium, bukaPanel, pasangBuku, sajikan, type Panel } from "./browser-helper";

const AKAR = path.resolve(__dirname, "..", "..");
const KELUARAN = path.join(AKAR, "test-output");
const AXE = fs.readFileSync(path.join(AKAR, "node_modules", "axe-core", "axe.min.js"), "utf8");

interface Pelanggaran {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Serious and critical axe violations of the page as it is now. axe is evaluated over the DevTools
 * protocol, which the page's Content-Security-Policy does not govern, so the CSP stays on.
 */
async function pindai(page: Page): Promise<Array<{ id: string; impact: string | null; target: string[] }>> {
  await page.evaluate(AXE);
  const hasil = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run({ resultTypes: ["violations"] })).violations as Pelanggaran[];
  });
  return hasil
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, target: v.nodes.flatMap((n) => n.target) }));
}

async function bukaDenganSemua(panel: Panel): Promise<void> {
  await panel.page.waitForSelector("#judul-tandai");
  for (const d of await panel.page.$$("details"))
    await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
}

describe("axe-core scan of the pane", () => {
  it.each([
    ["in Indonesian, light", { bahasa: "id-ID" }],
    ["in English, light", { bahasa: "en-US" }],
    ["in Office's dark theme", { bahasa: "id-ID", tema: { isDarkTheme: true } }],
  ])("finds no serious or critical violation %s, every disclosure open", async (_k, opsi) => {
    const panel = await bukaPanel({ ...opsi, tinggi: 1400 });
    try {
      await bukaDenganSemua(panel);
      expect(await pindai(panel.page)).toEqual([]);
    } finally {
      await panel.tutup();
    }
  });

  it("follows Office's dark theme over the system's light preference (test-output/panel-gelap.png)", async () => {
    const panel = await bukaPanel({ tema: { isDarkTheme: true }, tinggi: 1400 });
    try {
      await panel.page.waitForSelector("#judul-tandai");
      const latar = await panel.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await panel.page.getAttribute("html", "data-tema")).toBe("gelap");
      expect(latar).toBe("rgb(31, 31, 31)");
      fs.mkdirSync(KELUARAN, { recursive: true });
      await panel.page.screenshot({ path: path.join(KELUARAN, "panel-gelap.png"), fullPage: true });
    } finally {
      await panel.tutup();
    }
  });

  it.each([
    ["the system's dark preference", { colorScheme: "dark" as const }],
    ["Windows high contrast (forced colours)", { forcedColors: "active" as const }],
  ])("finds no serious or critical violation under %s", async (_k, media) => {
    const panel = await bukaPanel({ tinggi: 1400 });
    try {
      await panel.page.emulateMedia(media);
      await bukaDenganSemua(panel);
      expect(await pindai(panel.page)).toEqual([]);
    } finally {
      await panel.tutup();
    }
  });

  it("does find violations planted in the pane, so a clean scan means something", async () => {
    const panel = await bukaPanel();
    try {
      await panel.page.waitForSelector("#judul-tandai");
      await panel.page.evaluate(() => {
        document.querySelector("#bagian-sisip")?.append(document.createElement("button"));
        const teks = document.createElement("p");
        teks.textContent = "abu-abu di atas putih";
        teks.style.color = "#dddddd";
        document.querySelector("#bagian-sisip")?.append(teks);
      });
      expect((await pindai(panel.page)).map((v) => v.id).sort()).toEqual(["button-name", "color-contrast"]);
    } finally {
      await panel.tutup();
    }
  });

  it.each([
    ["light", undefined],
    ["dark", { isDarkTheme: true }],
  ])("finds none with the Periksa Renstra list shown (%s)", async (_k, tema) => {
    const panel = await bukaPanel({ tinggi: 1400, tema });
    try {
      await panel.page.waitForSelector("#bagian-renstra button");
      const baris = (kode: string, nama: string, pagu: number) => [
        `'${kode}`,
        null,
        nama,
        ...new Array(4),
        pagu,
      ];
      await pasangBuku(panel.page, {
        lembar: {
          Renstra: [
            KOLOM_RENSTRA([2025]),
            baris("2.17.02", "Program", 100),
            baris("2.17.02.2.01", "Kegiatan", 90),
          ],
        },
      });
      await panel.page.locator("#bagian-renstra").getByRole("button", { name: "Periksa Renstra" }).click();
      await panel.page.waitForSelector("#bagian-renstra .renstra__butir");
      expect(await pindai(panel.page)).toEqual([]);
    } finally {
      await panel.tutup();
    }
  });

  it("finds none after a failed insertion has put its message in the status line", async () => {
    const panel = await bukaPanel({ versi: "1.8" });
    try {
      await panel.page.waitForSelector("#sisip-tombol");
      await panel.page.click("#sisip-tombol");
      await panel.page.waitForFunction(() =>
        (document.querySelector("#sisip-status")?.textContent ?? "").startsWith("Excel ini belum"),
      );
      expect(await pindai(panel.page)).toEqual([]);
    } finally {
      await panel.tutup();
    }
  });
});

describe("the pane from the keyboard", () => {
  let panel: Panel;
  beforeAll(async () => {
    panel = await bukaPanel({ tinggi: 1400 });
    await panel.page.waitForSelector("#judul-tandai");
  });
  afterAll(() => panel.tutup());

  /** The focused element after each Tab from the top, with its accessible name and outline. */
  async function tabSemua(page: Page, kali: number) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const hasil: Array<{ id: string; nama: string; garis: string }> = [];
    for (let i = 0; i < kali; i++) {
      await page.keyboard.press("Tab");
      hasil.push(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          const label = e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : null;
          const s = getComputedStyle(e);
          return {
            id: e.id || e.tagName.toLowerCase(),
            nama: (e.getAttribute("aria-label") ?? label ?? e.textContent ?? "").trim(),
            garis: `${s.outlineStyle} ${s.outlineWidth}`,
          };
        }),
      );
    }
    return hasil;
  }

  it("reaches the guide, help, status, insert and guide controls in reading order, each named and visibly focused", async () => {
    const urutan = await tabSemua(panel.page, 10);
    expect(urutan.map((u) => u.id)).toEqual([
      "buka-panduan",
      "a",
      "summary",
      "sisip-tahun",
      "sisip-tahun-rencana",
      "sisip-tombol",
      "summary",
      "sisip-katalog",
      "tutup-panduan",
      "button",
    ]);
    expect(urutan.filter((u) => u.nama === "")).toEqual([]);
    expect(urutan.filter((u) => !/^solid [1-9]/.test(u.garis))).toEqual([]);
  });

  it("closes the guide from the keyboard, returning focus to the Panduan button, and reopens it", async () => {
    const page = panel.page;
    await page.focus("#tutup-panduan");
    await page.keyboard.press("Enter");
    expect(await page.isHidden("#panduan")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("buka-panduan");
    expect(await page.getAttribute("#buka-panduan", "aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await page.isVisible("#panduan")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("judul-panduan");
    expect(await page.getAttribute("#buka-panduan", "aria-expanded")).toBe("true");
  });

  it("opens a function's worked example with the keyboard", async () => {
    const page = panel.page;
    await page.focus("#referensi summary");
    await page.keyboard.press("Enter");
    expect(await page.$eval("#referensi details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
  });
});

describe("the first-run guide", () => {
  it("shows on the first visit only, remembered in localStorage", async () => {
    const panel = await bukaPanel();
    try {
      await panel.page.waitForSelector("#judul-tandai");
      expect(await panel.page.isVisible("#panduan")).toBe(true);
      expect(await panel.page.evaluate(() => localStorage.getItem("iku-kinerja.panduan-dilihat"))).toBe("1");
      await panel.page.reload();
      await panel.page.evaluate(() => Office.onReady());
      await panel.page.waitForSelector("#judul-tandai");
      expect(await panel.page.isHidden("#panduan")).toBe(true);
      expect(await panel.page.isVisible("#buka-panduan")).toBe(true);
    } finally {
      await panel.tutup();
    }
  });

  it("still shows, and the pane still works, where localStorage throws", async () => {
    const panel = await bukaPanel();
    try {
      await panel.page.addInitScript(() =>
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("diblokir", "SecurityError");
          },
        }),
      );
      await panel.page.reload();
      await panel.page.evaluate(() => Office.onReady());
      await panel.page.waitForSelector("#judul-tandai");
      expect(await panel.page.isVisible("#panduan")).toBe(true);
      expect(await panel.page.$$("#referensi details")).toHaveLength(DAFTAR_FUNGSI.length);
    } finally {
      await panel.tutup();
    }
  });
});

describe("axe-core scan of the help page", () => {
  it.each([["light"], ["dark"]] as const)("finds no serious or critical violation (%s)", async (skema) => {
    const server = await sajikan();
    const browser = await bukaChromium();
    try {
      const page = await browser.newPage({ colorScheme: skema });
      await page.goto(server.url + "bantuan.html");
      expect(await pindai(page)).toEqual([]);
    } finally {
      await browser.close();
      await server.tutup();
    }
  });
});
