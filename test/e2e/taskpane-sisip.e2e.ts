import fs from "node:fs";
import path from "node:path";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { bukaPanel, bukuHalaman, type Panel } from "./browser-helper";
import { LEMBAR_BAWAAN } from "../workbook/lembar-bawaan";

const KELUARAN = path.resolve(__dirname, "..", "..", "test-output");
const KEPALA_IKU = ["No", "Tujuan", "Sasaran", "Kode", "Indikator Kinerja", "Satuan", "Polaritas"];

type Sel = Record<string, unknown>;

/** The row whose cells, left to right from column A, begin with `awal`. */
function barisDenganAwal(sel: Sel, awal: string[]): number | undefined {
  const baris = Object.keys(sel).map((a) => Number(/\d+$/.exec(a)?.[0]));
  return baris.find((b) => awal.every((t, i) => sel[`${String.fromCharCode(65 + i)}${b}`] === t));
}

async function sisipkan(panel: Panel): Promise<string> {
  await panel.page.click("#sisip-tombol");
  await panel.page.waitForFunction(() => {
    const t = document.querySelector("#sisip-status")?.textContent ?? "";
    return t !== "" && !t.startsWith("Menyisipkan") && !t.startsWith("Inserting");
  });
  return (await panel.page.textContent("#sisip-status")) ?? "";
}

describe("inserting the IKU workbook from the task pane", () => {
  let panel: Panel;
  beforeAll(async () => {
    panel = await bukaPanel({ awal: { lembar: { IKU: [["data lama"], [null, 7]] } }, tinggi: 1200 });
    await panel.page.waitForSelector("#sisip-tombol");
  });
  afterAll(() => panel.tutup());

  it("offers the catalog's years and the built-in agency", async () => {
    const tahun = await panel.page.$$eval("#sisip-tahun option", (o) => o.map((e) => e.textContent));
    expect(tahun).toEqual(KATALOG_BAWAAN.tahun.map(String));
    expect(await panel.page.textContent("#sisip-info-katalog")).toBe(`Katalog: ${KATALOG_BAWAAN.instansi}`);
  });

  it("writes the new sheets beside the existing IKU in two syncs, names them, then checks the Renstra sheet in two", async () => {
    await panel.page.selectOption("#sisip-tahun", "2025");
    const status = await sisipkan(panel);
    expect(status).toBe(
      "Dibuat: IKU (2), Triwulan, Rencana Aksi, Formulasi, Dashboard, Anggaran, Renstra, Evaluasi Renja, LKjIP, PK",
    );
    await panel.page.waitForFunction(() =>
      /^Semua pagu sesuai/.test(document.querySelector("#bagian-renstra p[role=status]")?.textContent ?? ""),
    );
    const buku = await bukuHalaman(panel.page);
    expect(buku.lembar.map((l) => l.nama)).toEqual(["IKU", "IKU (2)", ...LEMBAR_BAWAAN.slice(1)]);
    expect(buku.lembar[0].sel).toEqual({ A1: "data lama", B2: 7 });
    expect(buku.sync).toEqual([2, 2]);
    expect(buku.aktif).toBe("IKU (2)");
  });

  it("fills the new IKU sheet with the header row, the document's indicators and formulas", async () => {
    const iku = (await bukuHalaman(panel.page)).lembar[1].sel;
    expect(barisDenganAwal(iku, KEPALA_IKU)).toBeDefined();
    expect(Object.values(iku)).toContain("Persentase Peningkatan Koperasi Aktif");
    expect(Object.values(iku)).toContain("Indeks Kepuasan Masyarakat (IKM)");
    expect(Object.values(iku).some((v) => typeof v === "string" && /^=IF\(/.test(v))).toBe(true);
  });

  it("names the next free sheets on a second insertion", async () => {
    expect(await sisipkan(panel)).toBe(
      "Dibuat: IKU (3), Triwulan (2), Rencana Aksi (2), Formulasi (2), Dashboard (2), Anggaran (2), Renstra (2), " +
        "Evaluasi Renja (2), LKjIP (2), PK (2)",
    );
  });

  it("looks like a pane (screenshot in test-output/pane.png)", async () => {
    fs.mkdirSync(KELUARAN, { recursive: true });
    await panel.page.locator("#bagian-sisip").scrollIntoViewIfNeeded();
    await panel.page.screenshot({ path: path.join(KELUARAN, "pane.png"), fullPage: true });
    // office.js outside Office tries to frame its telemetry page; the CSP rightly blocks it.
    expect(panel.galat.filter((g) => !g.includes("telemetryservice.firstpartyapps"))).toEqual([]);
  });
});

describe("loading another agency's catalog", () => {
  let panel: Panel;
  beforeAll(async () => {
    panel = await bukaPanel();
    await panel.page.waitForSelector("#sisip-katalog");
  });
  afterAll(() => panel.tutup());

  const muat = (isi: string) =>
    panel.page.setInputFiles("#sisip-katalog", {
      name: "katalog.json",
      mimeType: "application/json",
      buffer: Buffer.from(isi),
    });

  it.each([
    [
      "not JSON at all",
      "{ tujuan: ",
      /^Katalog ditolak, tidak ada yang diubah:berkas katalog bukan JSON yang sah/,
    ],
    [
      "a catalog without indicators' units",
      JSON.stringify({
        ...KATALOG_BAWAAN,
        tujuan: [{ nama: "T", sasaran: [{ nama: "S", indikator: [{ kode: "X" }] }] }],
      }),
      /^Katalog ditolak, tidak ada yang diubah:tujuan\[0\]\.sasaran\[0\]\.indikator\[0\]\./,
    ],
  ])("rejects %s with a message and writes nothing", async (_judul, isi, pesan) => {
    await muat(isi);
    await panel.page.waitForFunction(() => document.querySelector("#sisip-status")?.textContent !== "");
    expect(await panel.page.textContent("#sisip-status")).toMatch(pesan);
    expect((await bukuHalaman(panel.page)).sync).toEqual([]);
    expect(await panel.page.textContent("#sisip-info-katalog")).toBe(`Katalog: ${KATALOG_BAWAAN.instansi}`);
  });

  it("inserts a valid catalog whose names carry markup as plain text, running nothing", async () => {
    const jahat = '<img src=x onerror="window.__diserang=1">';
    const katalog = structuredClone(KATALOG_BAWAAN);
    katalog.instansi = `Dinas ${jahat}`;
    katalog.tujuan[0].sasaran[0].indikator[0].nama = jahat;
    await muat(JSON.stringify(katalog));
    await panel.page.waitForFunction(
      (t) => document.querySelector("#sisip-info-katalog")?.textContent === t,
      `Katalog: Dinas ${jahat}`,
    );
    expect(await sisipkan(panel)).toBe(`Dibuat: ${LEMBAR_BAWAAN.join(", ")}`);
    const iku = (await bukuHalaman(panel.page)).lembar.find((l) => l.nama === "IKU")!.sel;
    expect(Object.values(iku)).toContain(jahat);
    expect(
      await panel.page.evaluate(() => (window as unknown as { __diserang?: number }).__diserang),
    ).toBeUndefined();
    expect(await panel.page.$$("#bagian-sisip img")).toHaveLength(0);
  });

  it("says which characters it removed and inserts formula-like names as text", async () => {
    const katalog = structuredClone(KATALOG_BAWAAN);
    katalog.tujuan[0].sasaran[0].indikator[0].nama = '=HYPERLINK("http://x","y")';
    katalog.tujuan[0].sasaran[0].indikator[1].nama = "Indikator\uFFFE baru";
    await muat(JSON.stringify(katalog));
    await panel.page.waitForFunction(() => document.querySelector("#sisip-status")?.textContent !== "");
    expect(await panel.page.textContent("#sisip-status")).toBe(
      "Katalog dimuat; karakter yang tidak dapat disimpan dalam berkas Excel dihapus:" +
        "tujuan[0].sasaran[0].indikator[1].nama: 1 karakter yang tidak dapat disimpan dalam berkas Excel dihapus (U+FFFE pada karakter ke-10)",
    );
    await sisipkan(panel);
    const buku = await bukuHalaman(panel.page);
    const iku = buku.lembar.find((l) => l.nama === "IKU (2)")!;
    expect([iku.sel.E6, iku.sel.E7]).toEqual(['=HYPERLINK("http://x","y")', "Indikator baru"]);
    expect(iku.rumus).not.toContain("E6");
    expect(iku.rumus).toContain("O6");
  });
});

describe("on an Excel older than ExcelApi 1.9", () => {
  it.each([
    ["id-ID", /^Excel ini belum mendukung penyisipan tabel IKU \(perlu ExcelApi 1\.9/],
    ["en-US", /^This Excel cannot insert the IKU workbook \(ExcelApi 1\.9 is needed/],
  ])("says so in %s and writes nothing", async (bahasa, pesan) => {
    const panel = await bukaPanel({ versi: "1.8", bahasa });
    try {
      await panel.page.waitForSelector("#sisip-tombol");
      expect(await sisipkan(panel)).toMatch(pesan);
      const buku = await bukuHalaman(panel.page);
      expect(buku.lembar.map((l) => l.nama)).toEqual(["Sheet1"]);
      expect(buku.lembar[0].sel).toEqual({});
      expect(buku.sync).toEqual([]);
    } finally {
      await panel.tutup();
    }
  });
});
