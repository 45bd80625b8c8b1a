/**
 * The one reader (lembar-utuh over buku-kerja): periksa and laporan read a workbook through it, so
 * they agree on every file: the rows periksa streams to its judge are the cells laporan looks up,
 * on our own workbook saved by LibreOffice and on crafted files (odd encodings, numbers OOXML does
 * not allow, shared formulas, errors, inline and rich text).
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { barisKatalog } from "../../src/domain/types";
import { dataDariBuku } from "../../src/laporan/baca-buku";
import { alirkanBaris, bacaBuku } from "../../src/xlsx/buku-kerja";
import { NilaiXml } from "../../src/xlsx/lembar-xml";
import { bacaBukuUtuh } from "../../src/xlsx/lembar-utuh";
import { ZipBaca } from "../../src/xlsx/zip-baca";
import { bukuMentah } from "../periksa/buat-buku";
import { bukuAngkaAsing, bukuUtf16 } from "../periksa/buku-bermusuh";
import { ANGGARAN_LKJIP, REALISASI_LKJIP, katalogLkjip } from "../workbook/sisip/lkjip-terisi";

const SENDIRI = join(__dirname, "../fixtures/buku-sendiri/iku-terisi-libreoffice.xlsx");

/** Each sheet's rows as periksa's judge receives them: number → values from column A. */
async function barisPeriksa(path: string): Promise<Record<string, [number, NilaiXml[]][]>> {
  const zip = await ZipBaca.buka(path);
  try {
    const buku = await bacaBuku(zip);
    const hasil: Record<string, [number, NilaiXml[]][]> = {};
    for (const l of buku.lembar) {
      const baris: [number, NilaiXml[]][] = [];
      await alirkanBaris(buku, l, (n, sel) => baris.push([n, [...sel]]));
      hasil[l.nama] = baris;
    }
    return hasil;
  } finally {
    await zip.tutup();
  }
}

/** The same sheets as laporan looks them up, cell by cell, in periksa's shape. */
async function barisLaporan(path: string, nama: string[]): Promise<Record<string, [number, NilaiXml[]][]>> {
  const buku = await bacaBukuUtuh(path);
  const hasil: Record<string, [number, NilaiXml[]][]> = {};
  for (const n of nama) {
    const ws = buku.lembar(n)!;
    const baris: [number, NilaiXml[]][] = [];
    for (let r = 1; r <= ws.barisAkhir; r++) {
      const isi = ws.isiBaris(r);
      if (isi.length === 0) continue;
      const sel = Array.from({ length: isi[isi.length - 1][0] }, (_, k) => ws.nilai(r, k + 1));
      baris.push([r, sel]);
    }
    hasil[n] = baris;
  }
  return hasil;
}

const dir = mkdtempSync(join(tmpdir(), "satu-pembaca-"));

/** Cells a second reader would be tempted to read its own way. */
async function bukuRagam(path: string): Promise<void> {
  await bukuMentah(
    path,
    {
      IKU:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Tar</t></r><r><t>get</t></r></is></c>' +
        '<c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" t="str"><f>"A"&amp;"1"</f><v>A1</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">1+1</f><v>2</v></c>' +
        '<c r="C2"><f>B2*0</f><v>0</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        '<row r="3"><c r="B3"><f t="shared" si="0"/><v>2</v></c><c r="C3" t="b"><v>1</v></c><c r="E3" t="str"><f>""</f><v></v></c></row>' +
        '<row r="5"><c r="A5"><v>1E3</v></c><c r="B5"><v>0x10</v></c><c r="C5"><v>Infinity</v></c></row>',
    },
    ["Indikator", "<r><t>Reali</t></r><r><t>sasi</t></r><rPh><t>x</t></rPh>"],
  );
}

const BERKAS: [string, () => Promise<string>][] = [
  ["our own workbook saved by LibreOffice", async () => SENDIRI],
  [
    'crafted cells (inline and rich text, shared formulas, errors, a saved 0 and "", 0x10, Infinity)',
    async () => {
      const p = join(dir, "ragam.xlsx");
      await bukuRagam(p);
      return p;
    },
  ],
  [
    "a UTF-16 sheet",
    async () => {
      const p = join(dir, "utf16.xlsx");
      await bukuUtf16(p);
      return p;
    },
  ],
  [
    "numbers OOXML does not define (hex, Infinity)",
    async () => {
      const p = join(dir, "angka.xlsx");
      await bukuAngkaAsing(p);
      return p;
    },
  ],
];

describe("one workbook reader for periksa and laporan", () => {
  it.each(BERKAS)("%s: laporan looks up exactly the rows periksa judges", async (_, buat) => {
    const path = await buat();
    const periksa = await barisPeriksa(path);
    expect(Object.values(periksa).flat().length).toBeGreaterThan(1);
    expect(await barisLaporan(path, Object.keys(periksa))).toEqual(periksa);
  });

  it("reads crafted cells as Excel saved them, formulas and errors on request", async () => {
    const path = join(dir, "ragam-2.xlsx");
    await bukuRagam(path);
    const ws = (await bacaBukuUtuh(path)).lembar("IKU")!;
    const baris = (r: number) => Array.from({ length: 5 }, (_, k) => ws.nilai(r, k + 1));
    expect([1, 2, 3, 4, 5].map(baris)).toEqual([
      ["Indikator", "Target", "Realisasi", "", ""],
      ["A1", 2, 0, "#DIV/0!", ""],
      ["", 2, true, "", ""],
      ["", "", "", "", ""],
      [1000, "0x10", "Infinity", "", ""],
    ]);
    expect([ws.rinci(2, 1), ws.rinci(2, 2), ws.rinci(3, 2), ws.rinci(2, 4), ws.rinci(5, 1)]).toEqual([
      { rumus: '"A"&"1"' },
      { rumus: "1+1" },
      { rumus: "" },
      { rumus: "1/0", galat: true },
      undefined,
    ]);
  });

  it("gives laporan our own LibreOffice-saved workbook as typed: targets, realisations, a saved 0", async () => {
    const hasil = dataDariBuku(await bacaBukuUtuh(SENDIRI));
    if (!hasil.ok) throw new Error(hasil.pesan.join("\n"));
    const katalog = katalogLkjip();
    const indikator = barisKatalog(katalog).map((b) => b.indikator);
    expect(hasil.tahun).toEqual([2024, 2025, 2026]);
    expect(hasil.data.indikator.map((i) => i.kode)).toEqual(indikator.map((i) => i.kode));
    expect(hasil.data.indikator.map((i) => [2024, 2025, 2026].map((t) => i.realisasi[t]))).toEqual(
      REALISASI_LKJIP,
    );
    expect(hasil.data.indikator.map((i) => i.target[2025])).toEqual(indikator.map((i) => i.target["2025"]));
    expect(
      hasil.data.program.slice(0, 4).map((p) => [2024, 2025, 2026].map((t) => p.realisasiAnggaran[t])),
    ).toEqual(ANGGARAN_LKJIP);
    // Program P04's pagu for 2025 is a typed 0: kept, not read as blank.
    expect(hasil.data.program[3].pagu[2025]).toBe(0);
  });
});

describe("who reads workbooks", () => {
  /** Files under src/ and scripts/ that import a package, by path. */
  const pengimpor = (paket: string): string[] =>
    ["src", "scripts"]
      .flatMap((akar) =>
        readdirSync(join(__dirname, "../..", akar), { recursive: true, encoding: "utf8" }).map(
          (f) => `${akar}/${f}`,
        ),
      )
      .filter((f) => f.endsWith(".ts"))
      .filter((f) =>
        new RegExp(`from "${paket}"|require\\("${paket}"\\)`).test(
          readFileSync(join(__dirname, "../..", f), "utf8"),
        ),
      )
      .sort();

  it("leaves ExcelJS to the offline writer: no reader imports it", () => {
    expect(pengimpor("exceljs")).toEqual(["src/xlsx/gaya-xlsx.ts", "src/xlsx/tulis-xlsx.ts"]);
  });
});
