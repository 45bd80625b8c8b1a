/**
 * The pane's "Periksa Renstra" section as shipped (dist/), in headless Chromium, through
 * Microsoft's Excel client library answered by the emulator: an insertion checked at once, rows
 * typed afterwards listed on the button, a click selecting the row on its sheet, 320 px wide.
 */
import type { Page } from "playwright-core";
import { bukaPanel, bukuHalaman, pasangBuku, pilihDiHalaman, type Panel } from "./browser-helper";

const STATUS = "#bagian-renstra p[role=status]";

/** Waits until the section's status line says something other than "checking". */
async function tungguStatus(page: Page): Promise<string> {
  await page.waitForFunction((s) => {
    const t = document.querySelector(s)?.textContent ?? "";
    return t !== "" && t !== "Sedang memeriksa…";
  }, STATUS);
  return (await page.textContent(STATUS)) ?? "";
}

/** Types rows on the Renstra sheet from row 6 on (the built-in catalog has no programs): A, C, H–L. */
function ketik(page: Page, baris: unknown[][]): Promise<void> {
  return page.evaluate((isi) => {
    type Lembar = { tulis(k: object, v: unknown, rumus: boolean): void };
    const buku = (window as unknown as { __excel: { buku: { lembar(n: string): Lembar } } }).__excel.buku;
    const l = buku.lembar("Renstra");
    isi.forEach(([kode, nama, a, b, c], i) => {
      const b0 = 5 + i;
      const teks = (v: unknown) => (typeof v === "string" ? `'${v}` : v);
      l.tulis({ b0, b1: b0, k0: 0, k1: 0 }, [[teks(kode)]], false);
      l.tulis({ b0, b1: b0, k0: 2, k1: 2 }, [[teks(nama)]], false);
      l.tulis({ b0, b1: b0, k0: 7, k1: 11 }, [[teks(a), null, teks(b), null, teks(c)]], false);
    });
  }, baris);
}

let panel: Panel;
beforeAll(async () => {
  panel = await bukaPanel({ tinggi: 1400 });
  await panel.page.waitForSelector("#bagian-renstra button");
});
afterAll(() => panel.tutup());

describe("Periksa Renstra in the pane", () => {
  it("checks an insertion, lists typed rows on the button, and selects a listed row on its sheet", async () => {
    const { page } = panel;
    await pasangBuku(page, { lembar: { Sheet1: [] } });
    await page.click("#sisip-tombol");
    expect(await tungguStatus(page)).toBe("Semua pagu sesuai: 0 baris berkode diperiksa di lembar Renstra.");

    await ketik(page, [
      ["2.17.02", "Program UMKM", 100e6, 100e6, 100e6],
      ["2.17.02.2.01", "Kegiatan UMKM", 100e6, 100e6, 90e6],
      ["2.17.2", "Program Salah Ketik", 1, 1, 1],
      ["2.17.02.2.01.0001", "Sub Kegiatan", "1.500.000.000", null, null],
    ]);
    await pilihDiHalaman(page, "IKU", "A1");
    await page.$eval(STATUS, (el) => (el.textContent = ""));
    await page
      .locator("#bagian-renstra")
      .getByRole("button", { name: "Periksa Renstra", exact: true })
      .click();
    expect(await tungguStatus(page)).toBe("4 baris bermasalah dari 4 baris berkode di lembar Renstra:");
    const butir = page.locator("#bagian-renstra .renstra__butir");
    expect(await butir.allInnerTexts()).toEqual([
      [
        "2.17.02 Program UMKM",
        "Baris 6 · Tidak Sesuai: pagu tidak sama dengan jumlah pagu turunan langsungnya",
        "2026: jumlah turunan Rp10.000.000 lebih kecil dari pagu",
      ].join("\n"),
      // The text pagu below counts 0 in its kegiatan's sum, as the sheet's SUMIF counts it.
      [
        "2.17.02.2.01 Kegiatan UMKM",
        "Baris 7 · Tidak Sesuai: pagu tidak sama dengan jumlah pagu turunan langsungnya",
        "2024: jumlah turunan Rp100.000.000 lebih kecil dari pagu",
        "2025: jumlah turunan Rp100.000.000 lebih kecil dari pagu",
        "2026: jumlah turunan Rp90.000.000 lebih kecil dari pagu",
      ].join("\n"),
      [
        "2.17.2 Program Salah Ketik",
        "Baris 8 · Kode tidak dikenali: kode bukan bentuk program X.XX.XX, kegiatan X.XX.XX.X.XX atau sub kegiatan X.XX.XX.X.XX.XXXX",
      ].join("\n"),
      [
        "2.17.02.2.01.0001 Sub Kegiatan",
        "Baris 9",
        '2024: pagu berisi teks "1.500.000.000", tidak ikut dijumlah; ketik sebagai angka (Rp1.500.000.000)',
      ].join("\n"),
    ]);

    await butir.nth(0).click();
    await page.waitForFunction(() => {
      const b = (window as unknown as { __excel: { buku: { aktif: { nama: string } | null } } }).__excel.buku;
      return b.aktif?.nama === "Renstra";
    });
    const b = await bukuHalaman(page);
    expect([b.aktif, b.pilihan]).toEqual(["Renstra", "Renstra!A6:T6"]);

    // Fits the narrowest pane: nothing of the section reaches past 320 px.
    await page.setViewportSize({ width: 320, height: 1400 });
    const kanan = await page.$$eval("#bagian-renstra, #bagian-renstra *", (el) =>
      Math.max(...el.map((e) => e.getBoundingClientRect().right)),
    );
    expect(kanan).toBeLessThanOrEqual(320);
    expect(panel.galat).toEqual([]);
  });
});
