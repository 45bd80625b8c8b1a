/**
 * The pane follows Office's display language: every section, the guide and the header in
 * Indonesian for id-ID (and any non-English language) and in English for en-US, with no text of
 * the other language left over.
 */
import type { Page } from "playwright-core";
import { bukaPanel, type Panel } from "./browser-helper";

/** Visible words the pane wrote itself: code, option values and catalog data are left out. */
function teksPanel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lewati = "code, .kode, option, summary, #sisip-info-katalog, .status__set";
    const hasil: string[] = [];
    const jalan = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = jalan.nextNode(); n; n = jalan.nextNode()) {
      const induk = n.parentElement;
      if (!induk || induk.closest(lewati) || induk.closest("[hidden]")) continue;
      hasil.push(n.textContent ?? "");
    }
    return hasil.join(" ");
  });
}

// Domain terms that stay Indonesian in English too (they are the values the functions return).
const ISTILAH = /Tidak Tercapai|Sangat (Tinggi|Rendah)/g;
// Function words only one of the two languages uses; names of sheets, sets and columns are shared.
const KATA_INDONESIA =
  /\b(yang|dan|atau|untuk|dari|dengan|klik|pilih|lembar|tidak|belum|ketik|memuat|sisipkan)\b/i;
const KATA_INGGRIS = /\b(the|and|with|click|select|insert|flag|loading|not|type|guide|help)\b/i;

describe.each([
  {
    bahasa: "id-ID",
    lang: "id",
    teks: {
      ".kepala__sub": "Indikator Kinerja Utama",
      "#buka-panduan": "Panduan",
      'a[href="bantuan.html"]': "Bantuan fungsi",
      "#judul-panduan": "Mulai dalam empat langkah",
      "#tutup-panduan": "Mengerti, tutup panduan",
      "#judul-status": "Status Excel",
      ".status__belum": "Belum terhubung ke Excel. Buka panel ini dari pita Excel (Beranda > Panel IKU).",
      "#judul-sisip": "Sisipkan tabel IKU",
      'label[for="sisip-tahun"]': "Tahun laporan (LKjIP, Evaluasi Renja)",
      'label[for="sisip-tahun-rencana"]': "Tahun rencana (PK, Rencana Aksi)",
      "#judul-triwulan": "Triwulan ini",
      "#sisip-tombol": "Sisipkan IKU",
      'label[for="sisip-katalog"]': "Muat katalog (JSON)",
      "#judul-tandai": "Tandai Capaian",
      "#judul-referensi": "Fungsi IKU",
    },
    bocor: KATA_INGGRIS,
  },
  {
    bahasa: "en-US",
    lang: "en",
    teks: {
      ".kepala__sub": "Key performance indicators",
      "#buka-panduan": "Guide",
      'a[href="bantuan.html"]': "Functions help",
      "#judul-panduan": "Get started in four steps",
      "#tutup-panduan": "Got it, close the guide",
      "#judul-status": "Excel status",
      ".status__belum": "Not connected to Excel. Open this pane from the Excel ribbon (Home > IKU Pane).",
      "#judul-sisip": "Insert the IKU workbook",
      'label[for="sisip-tahun"]': "Report year (LKjIP, Renja evaluation)",
      'label[for="sisip-tahun-rencana"]': "Plan year (PK, Rencana Aksi)",
      "#judul-triwulan": "This quarter",
      "#sisip-tombol": "Insert IKU",
      'label[for="sisip-katalog"]': "Load catalog (JSON)",
      "#judul-tandai": "Flag misses",
      "#judul-referensi": "IKU functions",
    },
    bocor: KATA_INDONESIA,
  },
])("the pane with Office in $bahasa", ({ bahasa, lang, teks, bocor }) => {
  let panel: Panel;
  beforeAll(async () => {
    panel = await bukaPanel({ bahasa, tinggi: 1400 });
    await panel.page.waitForSelector("#judul-tandai");
  });
  afterAll(() => panel.tutup());

  it("marks the document with the language", async () => {
    expect(await panel.page.getAttribute("html", "lang")).toBe(lang);
  });

  it("shows each heading, label and button in that language", async () => {
    const nyata: Record<string, string | null> = {};
    for (const pemilih of Object.keys(teks)) nyata[pemilih] = await panel.page.textContent(pemilih);
    expect(nyata).toEqual(teks);
  });

  it("leaves no text of the other language anywhere in the pane", async () => {
    const semua = await teksPanel(panel.page);
    expect(semua.length).toBeGreaterThan(500);
    expect(semua.replace(ISTILAH, "").match(bocor)).toBeNull();
  });

  it("logs no error", () => {
    expect(panel.galat).toEqual([]);
  });
});

describe("the display language injected into the page", () => {
  it("is seen by the pane on every load, not only after a delay", async () => {
    const dilihat: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const panel = await bukaPanel({ bahasa: "en-US" });
      try {
        // The first texts are written in the first onReady callback: they must already be English.
        await panel.page.waitForSelector("#judul-sisip");
        dilihat.push(await panel.page.textContent("#judul-sisip"));
      } finally {
        await panel.tutup();
      }
    }
    expect(dilihat).toEqual(Array(3).fill("Insert the IKU workbook"));
  });

  it.each([["id"], ["ms-MY"], ["fr-FR"]])("falls back to Indonesian for %s", async (bahasa) => {
    const panel = await bukaPanel({ bahasa });
    try {
      await panel.page.waitForSelector("#judul-sisip");
      expect(await panel.page.textContent("#judul-sisip")).toBe("Sisipkan tabel IKU");
    } finally {
      await panel.tutup();
    }
  });
});
