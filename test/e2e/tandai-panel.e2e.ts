/**
 * The pane's "Tandai Capaian" section in headless Chromium, through Microsoft's Excel client
 * library answered by the emulator (test/emulator): the built pane's Excel.run, real requests,
 * conditional formats kept by the workbook model, selection and refusals as Excel gives them.
 */
import type { Page } from "playwright-core";
import { bukaPanel, bukuHalaman, pasangBuku, pilihDiHalaman, type Panel } from "./browser-helper";

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
const CATATAN = ["Catatan:", "Data dari laporan bidang, belum diverifikasi."];

/** The sheet as rows from A1: title in B1, the table from B3, notes in F3:F4; text kept as typed. */
const KISI: unknown[][] = [
  [null, "'Capaian Indikator Kinerja Utama Tahun 2025"],
  [],
  ...TABEL.map((b, i) => [
    null,
    ...b.map((v) => (v === "" ? null : typeof v === "string" ? `'${v}` : v)),
    null,
    i < 2 ? `'${CATATAN[i]}` : null,
  ]),
];

/** The user's own rules: one custom formula on the targets, a data bar on the realisations. */
const ATURAN_PENGGUNA = [
  { alamat: "C4:C13", jenis: "Custom", rumus: "=C4>100", isi: "#FFEB9C" },
  { alamat: "D4:D13", jenis: "DataBar" },
];

const RUMUS_TANDA = '=AND(COUNT(D4,C4)=2,IFERROR(ROUND((MAX(D4,0)/MAX(C4,0)),4)<1,0),N("IKU-Kinerja")=0)';

/** The planner's workbook behind the page, with the user's rules (the data bar first, as Excel lists). */
async function siapkan(page: Page): Promise<void> {
  await pasangBuku(page, { lembar: { [LEMBAR]: KISI, Lain: [["lain"]] }, pilihan: `'${LEMBAR}'!B3:D13` });
  await page.evaluate(() => {
    const w = window as unknown as {
      __excel: {
        buku: {
          lembar(n: string): {
            tambahAturan(k: object, j: string): { rumus?: string; format: Record<string, unknown> };
          };
        };
      };
    };
    const l = w.__excel.buku.lembar("IKU 2025");
    const a = l.tambahAturan({ b0: 3, b1: 12, k0: 2, k1: 2 }, "Custom");
    a.rumus = "=C4>100";
    a.format.Fill = { Color: "#FFEB9C" };
    l.tambahAturan({ b0: 3, b1: 12, k0: 3, k1: 3 }, "DataBar");
  });
}

/** The sheet as the tests compare it: cells by address, rules, syncs of each Excel.run. */
async function keadaan(page: Page) {
  const b = await bukuHalaman(page);
  const l = b.lembar.find((x) => x.nama === LEMBAR)!;
  const aturan = l.aturan.map((a) => (a.jenis === "Custom" ? a : { alamat: a.alamat, jenis: a.jenis }));
  return { aturan, sel: l.sel, sync: b.sync, pilihan: b.pilihan, aktif: b.aktif };
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
  let awal: Awaited<ReturnType<typeof keadaan>>;
  beforeAll(async () => {
    panel = await bukaPanel({ tinggi: 1400 });
    page = panel.page;
    await page.waitForSelector("#bagian-tandai button");
    await siapkan(page);
    awal = await keadaan(page);
  });
  afterAll(() => panel.tutup());

  it("adds one flag over the realisations in two syncs, beside the user's own rules", async () => {
    expect(await klik(page, "Tandai Capaian")).toBe("1 aturan tanda ditambahkan pada lembar IKU 2025.");
    const k = await keadaan(page);
    expect(k.sync).toEqual([2]);
    // Excel puts the new rule on top; the user's rules keep their order below it.
    expect(k.aturan).toEqual([
      { jenis: "Custom", alamat: "D4:D13", rumus: RUMUS_TANDA, isi: "#FFC7CE" },
      ...awal.aturan,
    ]);
    expect(awal.aturan).toEqual(ATURAN_PENGGUNA.slice().reverse());
    expect(k.sel).toEqual(awal.sel);
  });

  it("records the flag as a workbook name hidden from the Name Manager", async () => {
    const nama = await page.evaluate(() => {
      const w = window as unknown as {
        __excel: { buku: { nama: Map<string, { eja?: string; rujukan: string; terlihat?: boolean }> } };
      };
      return [...w.__excel.buku.nama.values()].map((n) => [n.eja, n.rujukan, n.terlihat ?? true]);
    });
    expect(nama).toEqual([["IKU_Tanda_1", "'IKU 2025'!D4:D13", false]]);
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

  it("selects a miss's realisation cell when its list item is clicked, from another sheet too", async () => {
    // The planner has moved to another sheet: select() there alone is unreliable (office-js #5118).
    await pilihDiHalaman(page, "Lain", "A1");
    await page.locator(".tandai__butir").nth(1).click();
    await page.waitForFunction(
      (n) => (window as unknown as { __excel: { perRun: unknown[] } }).__excel.perRun.length === n,
      awal.sync.length + 2,
    );
    const k = await keadaan(page);
    expect([k.aktif, k.pilihan]).toEqual([LEMBAR, `${LEMBAR}!D7`]);
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
    expect(k.aturan).toEqual(awal.aturan);
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
    await pilihDiHalaman(page, LEMBAR, pilihan);
    const sebelum = await keadaan(page);
    expect(await klik(page, "Tandai Capaian")).toBe(pesan);
    const sesudah = await keadaan(page);
    expect(sesudah.aturan).toEqual(sebelum.aturan);
    expect(sesudah.sel).toEqual(sebelum.sel);
    expect(await page.$eval("#bagian-tandai details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it("says in Indonesian what failed and what to do when Excel refuses, with Excel's code", async () => {
    await page.evaluate(() =>
      (window as unknown as { __excel: { tolakDengan(p: unknown): void } }).__excel.tolakDengan(() => [
        "ItemNotFound",
        "The requested resource doesn't exist.",
      ]),
    );
    try {
      expect(await klik(page, "Gunakan pilihan sebagai Target")).toBe(
        "Pilihan tidak dapat dibaca: lembar, rentang, atau aturan yang dituju sudah tidak ada (mungkin dihapus " +
          "atau diganti namanya) (ItemNotFound, GetSelectedRange). Tidak ada yang diubah. Pilih lagi rentangnya " +
          "di lembar, lalu klik tombol Gunakan pilihan sekali lagi.",
      );
    } finally {
      await page.evaluate(() =>
        (window as unknown as { __excel: { tolakDengan(p: unknown): void } }).__excel.tolakDengan(undefined),
      );
    }
  });

  it("says Excel refused, and that nothing changed, when it refuses the flag mid-batch", async () => {
    await pilihDiHalaman(page, LEMBAR, "B3:D13");
    const sebelum = await keadaan(page);
    await page.evaluate(() =>
      (window as unknown as { __excel: { tolakDengan(p: unknown): void } }).__excel.tolakDengan(
        (a: { jenis: string; anggota: string }) =>
          a.jenis === "ConditionalFormatCollection" && a.anggota === "Add"
            ? ["InvalidOperation", "Operasi tidak didukung."]
            : undefined,
      ),
    );
    try {
      expect(await klik(page, "Tandai Capaian")).toBe(
        "Tabel tidak dapat ditandai: Operasi tidak didukung. (InvalidOperation, Add). Angka di tabel tidak diubah. " +
          "Pilih lagi tabelnya (atau satu sel di dalamnya), lalu klik Tandai Capaian sekali lagi.",
      );
      const sesudah = await keadaan(page);
      expect([sesudah.aturan, sesudah.sel]).toEqual([sebelum.aturan, sebelum.sel]);
    } finally {
      await page.evaluate(() =>
        (window as unknown as { __excel: { tolakDengan(p: unknown): void } }).__excel.tolakDengan(undefined),
      );
    }
  });

  it("logs no error in the page", () => {
    // office.js outside Office tries to frame its telemetry page; the CSP rightly blocks it.
    expect(panel.galat.filter((g) => !g.includes("telemetryservice.firstpartyapps"))).toEqual([]);
  });
});
