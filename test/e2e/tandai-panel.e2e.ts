/**
 * The pane's "Tandai Capaian" section in headless Chromium, over the recording fake the unit tests
 * use (test/excel/tandai/excel-palsu.ts): loads read only after sync, conditional formats kept per
 * sheet, select() recorded. Each Excel.run gets a fresh context, as in Excel.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import ts from "typescript";
import { hurufKolom } from "../../src/workbook/alamat";
import type { AturanPalsu } from "../excel/tandai/excel-palsu";
import { bukaPanel, type Panel } from "./browser-helper";

const AKAR = path.resolve(__dirname, "..", "..");
const LEMBAR = "IKU 2025";
const XSS = "<img src=x onerror=window.__xss=1>";

/** Rows 3–13 of the sheet, columns B–D: a planner's own table under a title in B1. */
const TABEL: (string | number)[][] = [
  ["Indikator Kinerja", "Target 2025", "Realisasi 2025"],
  ["Persentase Peningkatan Koperasi Aktif", 71.5, 69.88],
  ["Persentase UMKM Naik Kelas", 10, 12],
  ["Indeks Kepuasan Masyarakat (IKM)", 82, 85.1],
  ["Pertumbuhan Nilai Ekspor Produk Industri", 5, 3.9],
  ["Persentase Pasar Rakyat Berstandar SNI", 40, 40],
  ["Jumlah Wirausaha Baru", 250, ""],
  ["Persentase Koperasi Sehat", 80, "82,5"],
  [XSS, 90, 45],
  ["Rasio Kewirausahaan Daerah", 2.5, 2.5],
  ["Persentase Stabilitas Harga Bahan Pokok", 95, 96.2],
];

/** The user's own rules: one custom formula on the targets, a data bar on the realisations. */
const ATURAN_PENGGUNA: AturanPalsu[] = [
  { id: 901, type: "Custom", alamat: "C4:C13", rumus: "C4>100", warnaIsi: "#FFEB9C" },
  { id: 902, type: "DataBar", alamat: "D4:D13" },
];

const RUMUS_TANDA = 'AND(COUNT(D4,C4)=2,IFERROR(ROUND((MAX(D4,0)/MAX(C4,0)),4)<1,0),N("IKU-Kinerja")=0)';

/** CommonJS output of a TypeScript file, as an expression that evaluates to its exports. */
function modul(berkas: string): string {
  const sumber = fs.readFileSync(path.join(AKAR, berkas), "utf8");
  const js = ts.transpileModule(sumber, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
  }).outputText;
  return `((exports) => { ${js}\n return exports; })({})`;
}

/** Puts the fake sheet and an Excel.run over it in the page, replacing the helper's writer fake. */
function skripTandai(): string {
  return `(() => {
    const alamat = ${modul("src/workbook/alamat.ts")};
    // excel-palsu.ts imports only src/workbook/alamat.
    const require = (p) => {
      if (!p.endsWith("/src/workbook/alamat")) throw new Error("tidak tersedia: " + p);
      return alamat;
    };
    const palsu = ${modul("test/excel/tandai/excel-palsu.ts")};
    const lembar = new palsu.LembarPalsu(${JSON.stringify(LEMBAR)});
    lembar.isi([["Capaian Indikator Kinerja Utama Tahun 2025"]], 0, 1);
    lembar.isi(${JSON.stringify(TABEL)}, 2, 1);
    lembar.isi([["Catatan:"], ["Data dari laporan bidang, belum diverifikasi."]], 2, 5);
    lembar.aturan = ${JSON.stringify(ATURAN_PENGGUNA)};
    const keadaan = { lembar, pilihan: "B3:D13", konteks: [] };
    window.__tandai = keadaan;
    window.Excel = {
      async run(kerja) {
        const k = new palsu.KonteksPalsu(lembar, keadaan.pilihan);
        keadaan.konteks.push(k);
        try {
          return await kerja(k);
        } finally {
          keadaan.pilihan = k.pilihan;
        }
      },
    };
  })();`;
}

interface Keadaan {
  aturan: AturanPalsu[];
  /** Cell values by A1 address. */
  sel: Record<string, unknown>;
  /** Syncs of each Excel.run so far. */
  sync: number[];
  dipilih: string[];
}

async function keadaan(page: Page): Promise<Keadaan> {
  const k = await page.evaluate(() => {
    const w = window as unknown as {
      __tandai: {
        lembar: { aturan: AturanPalsu[]; sel: Map<string, { nilai: unknown }> };
        konteks: { sync_: number; dipilih: string[] }[];
      };
    };
    const { lembar, konteks } = w.__tandai;
    return {
      aturan: lembar.aturan,
      sel: [...lembar.sel].map(([kunci, s]) => [kunci, s.nilai] as const),
      sync: konteks.map((x) => x.sync_),
      dipilih: konteks.flatMap((x) => x.dipilih),
    };
  });
  const sel = Object.fromEntries(
    k.sel.map(([kunci, v]) => {
      const [r, c] = kunci.split(",").map(Number);
      return [`${hurufKolom(c + 1)}${r + 1}`, v];
    }),
  );
  return { ...k, sel };
}

const STATUS = "#bagian-tandai p[role=status]";

/** Clicks a button of the section and waits until its action has written the status line. */
async function klik(page: Page, nama: string): Promise<string> {
  await page.$eval(STATUS, (el) => (el.textContent = ""));
  await page.locator("#bagian-tandai").getByRole("button", { name: nama, exact: true }).click();
  await page.waitForFunction((s) => {
    const t = document.querySelector(s)?.textContent ?? "";
    return t !== "" && t !== "Sedang bekerja…";
  }, STATUS);
  return (await page.textContent(STATUS)) ?? "";
}

const teksSemua = (page: Page, css: string) => page.$$eval(css, (el) => el.map((e) => e.textContent ?? ""));

describe("the Tandai Capaian section on a planner's own IKU table", () => {
  let panel: Panel;
  let page: Page;
  let awal: Keadaan;
  beforeAll(async () => {
    panel = await bukaPanel({ tinggi: 1400 });
    page = panel.page;
    await page.waitForSelector("#bagian-tandai button");
    await page.evaluate(skripTandai());
    awal = await keadaan(page);
  });
  afterAll(() => panel.tutup());

  it("adds one flag over the realisations in two syncs, beside the user's own rules", async () => {
    expect(await klik(page, "Tandai Capaian")).toBe("1 aturan tanda ditambahkan pada lembar IKU 2025.");
    const k = await keadaan(page);
    expect(k.sync).toEqual([2]);
    expect(k.aturan).toHaveLength(3);
    const baru = k.aturan.filter((a) => !ATURAN_PENGGUNA.some((p) => p.id === a.id));
    expect(baru).toEqual([
      expect.objectContaining({ type: "Custom", alamat: "D4:D13", rumus: RUMUS_TANDA, warnaIsi: "#FFC7CE" }),
    ]);
    expect(k.aturan.filter((a) => a.id !== baru[0].id)).toEqual(ATURAN_PENGGUNA);
    expect(k.sel).toEqual(awal.sel);
  });

  it("sums up the judged indicators: blank and text realisations are not judged", async () => {
    expect(await teksSemua(page, ".tandai__ringkasan")).toEqual(["2025: 5 dari 8 indikator tercapai"]);
  });

  it("lists each miss with its label, target, realisation, capaian and predikat", async () => {
    expect(await teksSemua(page, ".tandai__butir .tandai__label")).toEqual([
      "Persentase Peningkatan Koperasi Aktif (2025)",
      "Pertumbuhan Nilai Ekspor Produk Industri (2025)",
      `${XSS} (2025)`,
    ]);
    expect(await teksSemua(page, ".tandai__butir .tandai__angka")).toEqual([
      "D4 · Target 71,5 · Realisasi 69,88 · Capaian 97,73% · Sangat Tinggi",
      "D7 · Target 5 · Realisasi 3,9 · Capaian 78,00% · Tinggi",
      "D11 · Target 90 · Realisasi 45 · Capaian 50,00% · Sangat Rendah",
    ]);
  });

  it("shows a label carrying markup as text and runs none of it", async () => {
    expect(await page.$$("#bagian-tandai img")).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it("selects a miss's realisation cell when its list item is clicked", async () => {
    await page.locator(".tandai__butir").nth(1).click();
    await page.waitForFunction(() => {
      const w = window as unknown as { __tandai: { konteks: { dipilih: string[] }[] } };
      return w.__tandai.konteks.some((k) => k.dipilih.length > 0);
    });
    const k = await keadaan(page);
    expect(k.dipilih).toEqual(["D7"]);
    expect(k.sync.at(-1)).toBe(1);
  });

  it("names the number stored as text and converts exactly that cell", async () => {
    const catatan = await teksSemua(page, "#bagian-tandai .tandai__hasil > p.catatan");
    expect(catatan).toEqual([
      '1 sel berisi angka yang tersimpan sebagai teks (tidak ditandai sampai diubah): D10 "82,5" → 82,5',
    ]);
    const sebelum = await keadaan(page);
    expect(await klik(page, "Ubah jadi angka")).toBe("1 sel diubah jadi angka.");
    const sesudah = await keadaan(page);
    expect(sesudah.sel).toEqual({ ...sebelum.sel, D10: 82.5 });
    expect(sesudah.aturan).toEqual(sebelum.aturan);
    expect(sesudah.sync.at(-1)).toBe(2);
    expect(await page.$$("#bagian-tandai button:text-is('Ubah jadi angka')")).toHaveLength(0);
  });

  it("adds nothing on a second click, and now judges the converted cell", async () => {
    const sebelum = await keadaan(page);
    expect(await klik(page, "Tandai Capaian")).toBe("Tabel ini sudah ditandai; tidak ada yang ditambahkan.");
    const sesudah = await keadaan(page);
    expect(sesudah.aturan).toEqual(sebelum.aturan);
    expect(sesudah.sel).toEqual(sebelum.sel);
    expect(sesudah.sync.at(-1)).toBe(2);
    expect(await teksSemua(page, ".tandai__ringkasan")).toEqual(["2025: 6 dari 9 indikator tercapai"]);
    expect(await teksSemua(page, ".tandai__butir .tandai__label")).toHaveLength(3);
  });

  it("removes only the add-in's flag with Hapus Tanda", async () => {
    expect(await klik(page, "Hapus Tanda")).toBe("1 tanda dihapus dari lembar IKU 2025.");
    const k = await keadaan(page);
    expect(k.aturan).toEqual(ATURAN_PENGGUNA);
    // The rules; our rule's range and scoped collection; the deletion through that collection.
    expect(k.sync.at(-1)).toBe(3);
    expect(await page.$$(".tandai__butir")).toHaveLength(0);
  });

  it.each([
    [
      "a block of notes",
      "F3:F4",
      "Tidak ditemukan judul kolom Target dan Realisasi dalam 25 baris pertama pilihan. Pilih seluruh tabel beserta baris judulnya, atau tunjuk rentang target dan realisasi secara manual.",
    ],
    [
      "empty cells away from the table",
      "H20:J25",
      "Pilihan tidak berisi data. Pilih tabel IKU (atau satu sel di dalamnya), lalu klik Tandai Capaian lagi.",
    ],
  ])("refuses %s in Indonesian and writes nothing", async (_judul, pilihan, pesan) => {
    await page.evaluate(
      (p) => ((window as unknown as { __tandai: { pilihan: string } }).__tandai.pilihan = p),
      pilihan,
    );
    const sebelum = await keadaan(page);
    expect(await klik(page, "Tandai Capaian")).toBe(pesan);
    const sesudah = await keadaan(page);
    expect(sesudah.aturan).toEqual(sebelum.aturan);
    expect(sesudah.sel).toEqual(sebelum.sel);
    expect(await page.$eval("#bagian-tandai details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it("says in Indonesian what to do when Excel refuses, keeping Excel's words and code", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { Excel: { run: unknown }; __run?: unknown };
      w.__run = w.Excel.run;
      w.Excel.run = async () => {
        throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
      };
    });
    try {
      expect(await klik(page, "Gunakan pilihan sebagai Target")).toBe(
        "Excel menolak permintaan ini. Coba lagi; jika tetap gagal, pilih ulang tabelnya lalu klik Tandai Capaian. " +
          "Keterangan Excel: The requested resource doesn't exist. (ItemNotFound)",
      );
    } finally {
      await page.evaluate(() => {
        const w = window as unknown as { Excel: { run: unknown }; __run?: unknown };
        w.Excel.run = w.__run;
      });
    }
  });

  it("logs no error in the page", () => {
    // office.js outside Office tries to frame its telemetry page; the CSP rightly blocks it.
    expect(panel.galat.filter((g) => !g.includes("telemetryservice.firstpartyapps"))).toEqual([]);
  });
});
