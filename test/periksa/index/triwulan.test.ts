/**
 * periksa on a workbook holding the Rencana Aksi sheet: ringkasan.csv counts the indicators at each
 * Status, read from the Status cells' saved values (set here as Excel saves them), and says when
 * the file was saved without computing them.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { periksa } from "../../../src/periksa";
import { BarisRingkasan } from "../../../src/periksa/ringkasan";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { tulisXlsx } from "../../../src/xlsx/tulis-xlsx";

/** The statuses the ten indicators' Status cells hold when saved; null: saved without a value. */
const STATUS = [
  "Sesuai Rencana",
  "Terlambat",
  "Belum Diisi",
  "Sesuai Rencana",
  "Perlu Perhatian",
  "Cek Target TW",
  "Belum Diisi",
  "Sesuai Rencana",
  null,
  "Terlambat",
];

async function ringkasan(dir: string, isi: boolean): Promise<BarisRingkasan[]> {
  const awal = await tulisXlsx(
    buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }),
    join(dir, `a${isi}.xlsx`),
  );
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.readFile(awal);
  const ws = buku.getWorksheet("Rencana Aksi")!;
  expect(ws.getCell(5, 19).value).toBe("Status");
  if (isi)
    STATUS.forEach((s, i) => {
      const c = ws.getCell(6 + i, 19);
      // The formula (a master or a filled follower) kept, with the result Excel would save.
      if (s !== null) c.value = { ...(c.value as object), result: s } as ExcelJS.CellValue;
    });
  const berkas = join(dir, `b${isi}.xlsx`);
  await buku.xlsx.writeFile(berkas);
  const semua: BarisRingkasan[] = [];
  await periksa(
    [berkas],
    join(dir, `keluar${isi}`),
    () => undefined,
    (b) => semua.push(b),
  );
  return semua.filter((b) => b.lembar === "Rencana Aksi" && b.indikator === "Rencana Aksi");
}

describe("periksa on a workbook with a Rencana Aksi sheet", () => {
  const dir = mkdtempSync(join(tmpdir(), "periksa-triwulan-"));

  it("counts the indicators at each status of year N, in the status order", async () => {
    const baris = await ringkasan(dir, true);
    expect(baris.map((b) => [b.status, b.realisasi, b.keterangan, b.periode, b.sel])).toEqual([
      ["Belum Diisi", 2, "2 dari 10 indikator", "2025", "S6:S15"],
      ["Sesuai Rencana", 3, "3 dari 10 indikator", "2025", "S6:S15"],
      ["Perlu Perhatian", 1, "1 dari 10 indikator", "2025", "S6:S15"],
      ["Terlambat", 2, "2 dari 10 indikator", "2025", "S6:S15"],
      ["Cek Target TW", 1, "1 dari 10 indikator", "2025", "S6:S15"],
      ["Belum Dihitung", 1, "1 dari 10 indikator", "2025", "S6:S15"],
    ]);
  }, 60_000);

  it("says so when the file was saved without computing its formulas", async () => {
    const baris = await ringkasan(dir, false);
    expect(baris.map((b) => [b.status, b.keterangan])).toEqual([["Belum Dihitung", "10 dari 10 indikator"]]);
  }, 60_000);
});
