/**
 * The add-in as shipped (dist/), in headless Chromium, through Microsoft's Excel client library
 * answered by the emulator: the ribbon's functions and the pane on empty and existing workbooks,
 * every layout of the detection corpus, 100,000 rows, whole columns, and sizes Excel refuses.
 */
import type { Page } from "playwright-core";
import { hurufKolom } from "../../src/workbook/alamat";
import { katalogBesar } from "../excel/sisip/katalog-besar";
import { KORPUS } from "../workbook/tandai/korpus";
import {
  bukaPanel,
  bukuHalaman,
  jalankanPerintah,
  pasangBuku,
  pilihDiHalaman,
  type Panel,
} from "./browser-helper";
import { LEMBAR_BAWAAN } from "../workbook/lembar-bawaan";

/** The sheets an insertion adds after the IKU sheet. */
const LAPORAN = [...LEMBAR_BAWAAN.slice(1)];

/** A grid whose strings stay text as typed, placed at (baris0, kolom0). */
const kisiTeks = (kisi: ReadonlyArray<ReadonlyArray<unknown>>, baris0 = 0, kolom0 = 0): unknown[][] => [
  ...Array.from({ length: baris0 }, () => []),
  ...kisi.map((b) => [
    ...new Array(kolom0).fill(null),
    ...b.map((v) => (v === "" || v === undefined ? null : typeof v === "string" ? `'${v}` : v)),
  ]),
];

let panel: Panel;
let page: Page;
beforeAll(async () => {
  panel = await bukaPanel({ tinggi: 1400 });
  page = panel.page;
  await page.waitForSelector("#bagian-tandai button");
});
afterAll(() => panel.tutup());

const lembar = async (nama: string) => (await bukuHalaman(page)).lembar.find((l) => l.nama === nama);

describe("the ribbon's Sisipkan IKU", () => {
  it.each([
    [{ Sheet1: [] }, ["Sheet1", "IKU", ...LAPORAN], "IKU"],
    [{ IKU: [["data lama"]] }, ["IKU", "IKU (2)", ...LAPORAN], "IKU (2)"],
  ])(
    "inserts beside %j in two syncs, then the pane checks its Renstra sheet in two",
    async (awal, harap, iku) => {
      await pasangBuku(page, { lembar: awal });
      await page.$eval("#bagian-renstra p[role=status]", (el) => (el.textContent = ""));
      await jalankanPerintah(page, "sisipkanIku");
      await page.waitForFunction(() =>
        /^Semua pagu sesuai/.test(
          document.querySelector("#bagian-renstra p[role=status]")?.textContent ?? "",
        ),
      );
      const b = await bukuHalaman(page);
      expect(b.lembar.map((l) => l.nama)).toEqual(harap);
      expect(b.sync).toEqual([2, 2]);
      expect(b.aktif).toBe(iku);
      expect(Object.values((await lembar(iku))!.sel)).toContain("Indeks Kepuasan Masyarakat (IKM)");
    },
  );
});

/** Loads a catalog into the pane and inserts it; gives the status line. */
async function sisipKatalog(n: number): Promise<string> {
  await page.setInputFiles("#sisip-katalog", {
    name: "katalog.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(katalogBesar(n))),
  });
  await page.waitForFunction(
    (t) => document.querySelector("#sisip-info-katalog")?.textContent === t,
    `Katalog: Dinas Uji ${n} Indikator`,
  );
  // A 5,000-indicator catalog keeps the pane busy after loading; on a loaded two-core machine the
  // click waits past Playwright's 30 s default for the page to take it (seen once): as long as the insertion.
  await page.click("#sisip-tombol", { timeout: 120000 });
  await page.waitForFunction(
    () => {
      const t = document.querySelector("#sisip-status")?.textContent ?? "";
      return t !== "" && !t.startsWith("Menyisipkan") && !/Katalog dimuat/.test(t);
    },
    undefined,
    { timeout: 120000 },
  );
  return (await page.textContent("#sisip-status")) ?? "";
}

describe("inserting large catalogs from the pane", () => {
  it("inserts 500 indicators, every request under 5 MB", async () => {
    await pasangBuku(page, { lembar: { Sheet1: [] } });
    expect(await sisipKatalog(500)).toBe(`Dibuat: ${LEMBAR_BAWAAN.join(", ")}`);
    const b = await bukuHalaman(page);
    expect(b.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(Object.values((await lembar("IKU"))!.sel)).toContain("Indikator Kinerja");
  });

  // Was one 48 MB write, refused whole (RequestPayloadSizeLimitExceeded); now budgeted batches.
  it("inserts 5,000 indicators in requests Excel accepts", async () => {
    await pasangBuku(page, { lembar: { Sheet1: [] } });
    expect(await sisipKatalog(5000)).toBe(`Dibuat: ${LEMBAR_BAWAAN.join(", ")}`);
  });
});

const diterima = KORPUS.filter((t) => !("tolak" in t.harapan));
const ditolak = KORPUS.filter((t) => "tolak" in t.harapan);

/** A corpus layout at B3 of "IKU 2025", selected. */
async function pasangTata(nama: string): Promise<void> {
  const t = KORPUS.find((x) => x.nama === nama)!;
  const lebar = Math.max(...t.kisi.map((b) => b.length));
  await pasangBuku(page, {
    lembar: { "IKU 2025": kisiTeks(t.kisi, 2, 1) },
    pilihan: `'IKU 2025'!B3:${hurufKolom(lebar + 1)}${t.kisi.length + 2}`,
  });
}

describe("the ribbon's Tandai Capaian and Hapus Tanda on the detection corpus", () => {
  it.each(diterima.map((t) => [t.nama, t] as const))("flags %s, then removes the flags", async (n, t) => {
    await pasangTata(n);
    await jalankanPerintah(page, "tandaiCapaian");
    const pasangan = (t.harapan as { pasangan: unknown[] }).pasangan.length;
    expect((await lembar("IKU 2025"))!.aturan).toHaveLength(pasangan);
    await jalankanPerintah(page, "hapusTanda");
    expect((await lembar("IKU 2025"))!.aturan).toEqual([]);
    expect((await bukuHalaman(page)).sync).toEqual([2, 3]);
  });

  it.each(ditolak.map((t) => [t.nama] as const))(
    "refuses %s, writes nothing, and opens the pane",
    async (n) => {
      await pasangTata(n);
      await jalankanPerintah(page, "tandaiCapaian");
      expect((await lembar("IKU 2025"))!.aturan).toEqual([]);
      expect(await page.textContent("#bagian-tandai p[role=status]")).not.toBe("");
    },
  );
});

const STATUS = "#bagian-tandai p[role=status]";

/** Clicks a button of the Tandai section and waits until its action has written the status line. */
async function klik(nama: string): Promise<string> {
  await page.$eval(STATUS, (el) => (el.textContent = ""));
  await page.locator("#bagian-tandai").getByRole("button", { name: nama, exact: true }).click();
  await page.waitForFunction((s) => {
    const t = document.querySelector(s)?.textContent ?? "";
    return t !== "" && t !== "Sedang bekerja…";
  }, STATUS);
  return (await page.textContent(STATUS)) ?? "";
}

describe("ranges pointed at by hand", () => {
  it("flags whole columns D:D against C:C over their used rows only", async () => {
    await pasangBuku(page, {
      lembar: {
        Data: kisiTeks(
          [
            ["Indikator", "Target", "Realisasi"],
            ["A", 10, 9],
            ["B", 5, 5],
            ["C", 8, 7],
          ],
          0,
          1,
        ),
      },
    });
    await page.$eval("#bagian-tandai details.tandai__manual", (d) => ((d as HTMLDetailsElement).open = true));
    for (const [alamat, tombol] of [
      ["C:C", "Gunakan pilihan sebagai Target"],
      ["D:D", "Gunakan pilihan sebagai Realisasi"],
    ]) {
      await pilihDiHalaman(page, "Data", alamat);
      await page.locator("#bagian-tandai button", { hasText: tombol }).click();
      // The pane names the range it took, as Excel gave the selection's address.
      await page.locator("#bagian-tandai .kode", { hasText: `Data!${alamat}` }).waitFor();
    }
    expect(await klik("Tandai rentang ini")).toBe("1 aturan tanda ditambahkan pada lembar Data.");
    expect((await lembar("Data"))!.aturan.map((a) => a.alamat)).toEqual(["D1:D4"]);
    const b = await bukuHalaman(page);
    expect(b.largestResponseBytes).toBeLessThan(5000);
  });
});

// Last: the pane then lists the misses of 100,000 rows.
/** A planner's table of `n` rows: title, header, then indicator, target and realisation. */
function tabelBesar(n: number): unknown[][] {
  const kisi: unknown[][] = [
    ["'LAPORAN KINERJA"],
    [],
    ["'Indikator Kinerja", "'Target 2025", "'Realisasi 2025"],
  ];
  for (let i = 0; i < n; i++) kisi.push([`'Indikator ${i + 1}`, 50 + (i % 50), 45 + (i % 11)]);
  return kisi;
}

describe("100,000 rows", () => {
  /** The rules of a sheet and the largest response, without copying 300,000 cells out of the page. */
  const ringkas = () =>
    page.evaluate(() => {
      const h = (
        window as unknown as {
          __excel: {
            buku: { lembar(n: string): { bersyarat: Array<{ kotak: object[] }>; alamat(k: object): string } };
            semua: { largestResponseBytes: number; largestRequestBytes: number };
            perRun: Array<{ syncs: number }>;
          };
        }
      ).__excel;
      const l = h.buku.lembar("Kinerja");
      return {
        aturan: l.bersyarat.map((a) => a.kotak.map((k) => l.alamat(k)).join(",")),
        terbesar: Math.max(h.semua.largestResponseBytes, h.semua.largestRequestBytes),
        sync: h.perRun.map((r) => r.syncs),
      };
    });

  it("flags and unflags a table of 100,000 indicators, every request and response under 4.5 MB", async () => {
    await pasangBuku(page, { lembar: { Kinerja: tabelBesar(100000) }, pilihan: "Kinerja!A1:C100003" });
    await jalankanPerintah(page, "tandaiCapaian");
    expect((await ringkas()).aturan).toEqual(["C4:C100003"]);
    await jalankanPerintah(page, "hapusTanda");
    const r = await ringkas();
    // Tandai reads the table in row chunks (one more sync than a small table), Hapus reads only rules.
    expect([r.aturan, r.sync]).toEqual([[], [3, 3]]);
    expect(r.terbesar).toBeLessThan(4.5e6);
  });
});

describe("the page", () => {
  it("logs no error", () => {
    expect(panel.galat).toEqual([]);
  });
});
