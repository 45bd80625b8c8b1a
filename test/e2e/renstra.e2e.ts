/**
 * The Renstra sheet's checks recalculated by LibreOffice agree with the domain (periksaRenstra,
 * tingkatKode) on every row: the example catalog's three-level cascade, and rows a planner types
 * afterwards into the empty rows (a mismatch in one year, a pagu typed as text, a negative pagu,
 * a code of no shape, a kegiatan whose program is missing, a code typed as a number).
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bacaKatalogTeks } from "../../src/domain/katalog-json";
import { KOLOM_RENSTRA, periksaRenstra, tingkatKode } from "../../src/domain/renstra";
import { Katalog, tahunPeriodeKatalog } from "../../src/domain/types";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { barisRenstra, tataLetakRenstra } from "../../src/workbook/sisip/tata-letak-renstra";
import { tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "renstra");
const KEPALA = 5;

const katalog = bacaKatalogTeks(
  readFileSync(join(__dirname, "..", "..", "katalog", "contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;
const tahun = tahunPeriodeKatalog(katalog);
const t = tataLetakRenstra(tahun);

/** Rows typed into the empty rows: code, then pagu per year (2024, 2025, 2026). */
const KETIK: Array<[unknown, ...unknown[]]> = [
  // Under 2.17.06.2.01: its pagu no longer equals its subs' in 2025 only.
  ["2.17.06.2.01.0009", null, 5_000_000, null],
  // A pagu typed as text under 2.17.08.2.01: a formula cannot add it.
  ["2.17.08.2.01.0007", "1.500.000.000", null, null],
  ["2.17.2", 1_000, null, null],
  ["2.17.09.2.01", 10, 10, 10],
  ["2.17.01.2.01.0008", -5, null, null],
  [2.17, 7, null, null],
  ["2.1E.05", null, null, null],
  ["2.17.06.2.01.0001 ", 1, null, null],
];

describe("the Renstra sheet recalculated by LibreOffice agrees with the domain", () => {
  let hitung: string[][];
  let baris: Array<{ kode: unknown; pagu: Record<string, unknown> }>;

  beforeAll(async () => {
    rmSync(KELUARAN, { recursive: true, force: true });
    mkdirSync(KELUARAN, { recursive: true });
    const awal = await tulisXlsx(buatRencana(katalog, NAMA_DASAR, {}), join(KELUARAN, "renstra.xlsx"));
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(awal);
    const ws = buku.getWorksheet("Renstra")!;
    // The first of the empty rows, right after the catalog's cascade.
    const r = KEPALA + 1 + barisRenstra({ katalog }).length;
    expect(ws.getCell(r - 1, t.indikator).value).not.toBeNull();
    KETIK.forEach(([kode, ...pagu], i) => {
      ws.getCell(r + i, t.kode).value = kode as ExcelJS.CellValue;
      pagu.forEach((p, j) => (ws.getCell(r + i, t.pagu(j)).value = p as ExcelJS.CellValue));
    });
    baris = [];
    for (let b = KEPALA + 1; b <= ws.rowCount; b++) {
      const isi = (k: number) => {
        const v = ws.getCell(b, k).value;
        return v === null || v === undefined ? null : v;
      };
      baris.push({
        kode: isi(t.kode),
        pagu: Object.fromEntries(tahun.map((y, j) => [String(y), isi(t.pagu(j))])),
      });
    }
    const diisi = join(KELUARAN, "renstra-diisi.xlsx");
    await buku.xlsx.writeFile(diisi);
    recalc(diisi, join(KELUARAN, "hitung"), "csv", "Renstra");
    hitung = bacaCsv(readFileSync(csvLembar(join(KELUARAN, "hitung"), diisi, "Renstra"), "utf8"));
  }, 180_000);

  it("keeps the contract's header cells", () => {
    expect(hitung[KEPALA - 1].slice(0, KOLOM_RENSTRA(tahun).length)).toEqual(KOLOM_RENSTRA(tahun));
  });

  it("reads every row's level, status and differences as periksaRenstra does", () => {
    const cek = periksaRenstra(baris, tahun);
    const sheet = baris.map((_, i) => {
      const row = hitung[KEPALA + i] ?? [];
      return {
        tingkat: row[t.tingkat - 1] ?? "",
        status: row[t.cek - 1] ?? "",
        selisih: tahun.map((_, j) => row[t.selisih(j) - 1] ?? ""),
      };
    });
    const domain = baris.map((b, i) => ({
      tingkat: tingkatKode(b.kode) ?? "",
      status: cek[i].status,
      selisih: tahun.map((y) =>
        cek[i].selisih[String(y)] === undefined ? "" : String(cek[i].selisih[String(y)]),
      ),
    }));
    const beda = sheet
      .map((s, i) => [baris[i].kode, s, domain[i]])
      .filter(([, s, d]) => JSON.stringify(s) !== JSON.stringify(d));
    expect(beda).toEqual([]);
    // The cases themselves, so the comparison cannot pass on blanks alone.
    const status = (kode: unknown) => cek[baris.findIndex((b) => b.kode === kode)].status;
    expect(status("2.17.06.2.01")).toBe("Tidak Sesuai");
    // A text pagu adds nothing (as SUMIF): its parent stays Sesuai, the text cell itself is flagged.
    expect(status("2.17.08.2.01")).toBe("Sesuai");
    expect(cek[baris.findIndex((b) => b.kode === "2.17.08.2.01.0007")].tahunSalah).toEqual(["2024"]);
    expect(status("2.17.01.2.01")).toBe("Tidak Sesuai");
    expect(status("2.17.2")).toBe("Kode tidak dikenali");
    expect(status("2.17.09.2.01")).toBe("Induk tidak ada");
    expect(status(2.17)).toBe("Kode tidak dikenali");
    expect(status("2.1E.05")).toBe("Kode tidak dikenali");
    // Only direct children count: the program still equals its kegiatan's (unchanged) pagu.
    expect(status("2.17.06")).toBe("Sesuai");
    expect(status("2.17.08")).toBe("Sesuai");
    expect(cek[baris.findIndex((b) => b.kode === "2.17.06.2.01")].selisih).toEqual({
      2024: 0,
      2025: 5_000_000,
      2026: 0,
    });
  });
});
