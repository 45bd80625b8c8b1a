/**
 * The built pane (dist/) in headless Chromium with the emulated Excel: the "Triwulan ini" check on
 * Rencana Aksi and Triwulan sheets laid out per the header contract, each listed row selecting its
 * cells; after an insertion, "Isi berikutnya" buttons selecting the place to type. At 320 px wide.
 */
import fs from "node:fs";
import path from "node:path";
import { TW, triwulanBerjalan } from "../../src/workbook/triwulan/tabel-triwulan";
import { lembarRencanaAksi, lembarTriwulan } from "../excel/triwulan/buku-triwulan";
import { bukaPanel, bukuHalaman, pasangBuku, type Panel } from "./browser-helper";

const AKAR = path.resolve(__dirname, "..", "..");
const KELUARAN = path.join(AKAR, "test-output");
const AXE = fs.readFileSync(path.join(AKAR, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Serious and critical axe violations of the page as it is now (as test/e2e/a11y.e2e.ts scans). */
async function pindai(): Promise<string[]> {
  await panel.page.evaluate(AXE);
  return panel.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string | null }> }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  });
}

let panel: Panel;
beforeAll(async () => {
  panel = await bukaPanel({
    awal: { lembar: { IKU: [["x"]], Triwulan: lembarTriwulan(), "Rencana Aksi": lembarRencanaAksi(2026) } },
    tinggi: 1400,
  });
  await panel.page.setViewportSize({ width: 320, height: 1400 });
  await panel.page.waitForSelector("#triwulan-periksa");
});
afterAll(() => panel.tutup());

const teks = (pemilih: string) =>
  panel.page.$$eval(pemilih, (el) => el.map((e) => e.textContent?.trim() ?? ""));

async function periksa(): Promise<string> {
  await panel.page.click("#triwulan-periksa");
  await panel.page.waitForFunction(() => {
    const t = document.querySelector("#bagian-triwulan p[role=status]")?.textContent ?? "";
    return t !== "" && !t.startsWith("Sedang");
  });
  return (await panel.page.textContent("#bagian-triwulan p[role=status]")) ?? "";
}

describe("the Triwulan ini section on the emulated workbook", () => {
  it("lists the late and unfilled indicators and the misfit targets of the Rencana Aksi's year", async () => {
    const tw = TW[triwulanBerjalan(2026, new Date())];
    expect(await periksa()).toBe(`Triwulan berjalan: ${tw} 2026.`);
    expect(await teks("#bagian-triwulan .renstra__label")).toEqual([
      "1. Persentase Peningkatan Koperasi Aktif",
      "2. Jumlah Dokumen Pengembangan Industri",
      "5. <img src=x onerror=alert(1)>",
      "2. Jumlah Dokumen Pengembangan Industri",
      "3. Jumlah Sentra IKM yang dikuatkan",
    ]);
    expect(await panel.page.$("#bagian-triwulan img")).toBeNull();
    const lebar = await panel.page.evaluate(() => document.documentElement.scrollWidth);
    expect(lebar).toBe(320);
    fs.mkdirSync(KELUARAN, { recursive: true });
    const bagian = await panel.page.$("#bagian-triwulan");
    await bagian!.screenshot({ path: path.join(KELUARAN, "panel-triwulan-320.png") });
  });

  it("selects a listed row's cells on its sheet, the sheet shown", async () => {
    const butir = await panel.page.$$("#bagian-triwulan .triwulan__butir");
    await butir[4].click();
    let buku = await bukuHalaman(panel.page);
    for (let i = 0; i < 50 && buku.pilihan !== "Triwulan!A8:Z8"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      buku = await bukuHalaman(panel.page);
    }
    expect([buku.aktif, buku.pilihan]).toEqual(["Triwulan", "Triwulan!A8:Z8"]);
    await butir[0].click();
    for (let i = 0; i < 50 && buku.pilihan !== "Rencana Aksi!A5:S5"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      buku = await bukuHalaman(panel.page);
    }
    expect([buku.aktif, buku.pilihan]).toEqual(["Rencana Aksi", "Rencana Aksi!A5:S5"]);
    // Reading and selecting write no cell.
    expect(buku.lembar.find((l) => l.nama === "Rencana Aksi")!.sel.S5).toBe("Terlambat");
  });

  it("says in one line that a workbook has neither sheet", async () => {
    await pasangBuku(panel.page, { lembar: { Sheet1: [] } });
    expect(await periksa()).toBe(
      "Belum ada lembar Rencana Aksi atau Triwulan dengan baris judulnya (Status, Cek Target TW) di buku kerja ini.",
    );
    expect(await teks("#bagian-triwulan .triwulan__hasil > *")).toEqual([]);
  });
});

describe("after an insertion from the pane", () => {
  it("says what to fill next on which sheet, and its button selects the input cells", async () => {
    await pasangBuku(panel.page, { lembar: { Sheet1: [] } });
    await panel.page.click("#sisip-tombol");
    await panel.page.waitForSelector("#sisip-berikut li");
    const kepala = await teks("#sisip-berikut .sisip__berikut-kepala");
    const laporan = await panel.page.$eval("#sisip-tahun", (s) => (s as HTMLSelectElement).value);
    const rencana = await panel.page.$eval("#sisip-tahun-rencana", (s) => (s as HTMLSelectElement).value);
    expect(kepala.slice(0, 2)).toEqual([
      `IKU: realisasi tahun laporan ${laporan} (untuk LKjIP) dan kondisi awal`,
      `Triwulan: target dan realisasi per triwulan tahun rencana ${rencana}`,
    ]);
    const tombol = await panel.page.$$("#sisip-berikut button");
    const label = (await tombol[1].textContent()) ?? "";
    await tombol[1].click();
    let buku = await bukuHalaman(panel.page);
    for (let i = 0; i < 50 && buku.aktif !== "Triwulan"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      buku = await bukuHalaman(panel.page);
    }
    expect(buku.pilihan).toBe(`Triwulan!${label.replace(/^Pilih /, "")}`);
    // The selected cells are the plan year's quarters, targets first: the header above them names it.
    const [awal] = label.replace(/^Pilih /, "").split(":");
    const kolom = awal.replace(/\d+$/, "");
    const triwulan = buku.lembar.find((l) => l.nama === "Triwulan")!.sel;
    expect(triwulan[`${kolom}5`]).toBe("Target TW I");
    expect(Object.entries(triwulan).some(([a, v]) => a.endsWith("4") && v === `Tahun ${rencana}`)).toBe(true);
    const bagian = await panel.page.$("#bagian-sisip");
    await bagian!.screenshot({ path: path.join(KELUARAN, "panel-isian-320.png") });
  });

  it("passes the axe scan with both lists shown", async () => {
    await pasangBuku(panel.page, {
      lembar: { Triwulan: lembarTriwulan(), "Rencana Aksi": lembarRencanaAksi(2026) },
    });
    await periksa();
    expect(await panel.page.$$("#bagian-triwulan .triwulan__butir")).toHaveLength(5);
    // IKU, Triwulan, Rencana Aksi, Anggaran, Renstra, Evaluasi Renja, LKjIP.
    expect(await panel.page.$$("#sisip-berikut button")).toHaveLength(7);
    expect(await pindai()).toEqual([]);
  });
});
