/**
 * The two writers, read as a spreadsheet program reads them: the offline .xlsx saved again by
 * LibreOffice (its shared formulas expanded, as Excel and LibreOffice hold them) gives every cell
 * the value or formula the Office.js writer gives it through the emulator.
 */
import ExcelJS from "exceljs";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { dariEmulator, isiBuku } from "../excel/sisip/terapkan-rencana/isi-dua-penulis";
import { katalogBesar } from "../excel/sisip/katalog-besar";
import { recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "dua-penulis");

/**
 * A formula as a spreadsheet program writes it back: a sheet name that needs no quotes loses them,
 * and LibreOffice saves the constants TRUE and FALSE as the functions TRUE() and FALSE().
 */
const bakukan = (v: unknown): unknown =>
  typeof v === "string" && v.startsWith("=")
    ? v.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, "$1!").replace(/\b(TRUE|FALSE)\(\)/g, "$1")
    : v;

beforeAll(() => {
  rmSync(KELUARAN, { recursive: true, force: true });
  mkdirSync(KELUARAN, { recursive: true });
});

describe("the Office.js writer and the offline file after LibreOffice saved it", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN, "bawaan"],
    ["500 indicators", katalogBesar(500), "besar"],
  ])("hold the same values and formulas on every sheet for %s", async (_, katalog, nama) => {
    const berkas = await tulisXlsx(
      buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 }),
      join(KELUARAN, `${nama}.xlsx`),
    );
    const simpanan = recalc(berkas, join(KELUARAN, nama), "xlsx");
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(simpanan);
    const lo = isiBuku(buku);
    const office = await dariEmulator(katalog);
    for (const [lembar, isi] of office) {
      const lain = lo.get(lembar);
      expect(lain).toBeDefined();
      // Values and formulas only: LibreOffice writes number formats in its own words.
      const beda = [...isi]
        .filter(
          ([a, [v]]) => v !== "" && JSON.stringify(bakukan(v)) !== JSON.stringify(bakukan(lain?.get(a)?.[0])),
        )
        .slice(0, 5)
        .map(([a, [v]]) => [a, v, lain?.get(a)?.[0]]);
      expect({ lembar, beda }).toEqual({ lembar, beda: [] });
    }
  });
});
