/**
 * One filled workbook for the yearly-report checks: the unit suite computes it with the test
 * evaluator (rencana-iku/domain.test.ts), the e2e suite with LibreOffice (test/e2e/lkjip.e2e.ts).
 */
import ExcelJS from "exceljs";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { barisKatalog, Katalog } from "../../../src/domain/types";
import { sel } from "../../../src/workbook/alamat";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { tataLetakAnggaran, tataLetakIku } from "../../../src/workbook/sisip/tata-letak";
import { bukuXlsx } from "../../../src/xlsx/tulis-xlsx";

type Isi = number | null;

/** Realisation per indicator for 2024–2026: blanks, misses, a zero, a negative-polarity row (IKU-07). */
export const REALISASI_LKJIP: Isi[][] = [
  [0.35, 0.42, null],
  [0.5, 0.61, 0.7],
  [1, 1, null],
  [2, 4, 3],
  [null, null, null],
  [0.12, 0.1, 0],
  [10, 16, 13],
  [23, 20, 23],
  [190, 260, 300],
  [83.1, 82.5, null],
];

/** Realisasi anggaran per program and year. */
export const ANGGARAN_LKJIP: Isi[][] = [
  [9.5e8, 1.1e9, null],
  [7e8, 9.3e8, 9e8],
  [null, 4.5e8, null],
  [null, 1e6, null],
];

/** The built-in catalog with a negative-polarity row, baselines and programs linking 1, 3 or 0 indicators. */
export function katalogLkjip(periode?: { awal: number; akhir: number }): Katalog {
  const k = structuredClone(KATALOG_BAWAAN);
  k.periode = periode;
  const ind = barisKatalog(k).map((b) => b.indikator);
  ind[6].polaritas = "negatif";
  ind[0].kondisiAwal = 0.33;
  ind[6].kondisiAwal = 15;
  ind[8].kondisiAwal = 180;
  k.program = [
    {
      kode: "P01",
      nama: "Program Pemberdayaan Koperasi",
      indikator: ["IKU-01"],
      pagu: { 2024: 1e9, 2025: 1.2e9 },
    },
    {
      kode: "P02",
      nama: "Program Pengembangan Industri",
      indikator: ["IKU-02", "IKU-03", "IKU-06"],
      pagu: { 2024: 8e8, 2025: 9e8, 2026: 9.5e8 },
    },
    { kode: "P03", nama: "Program Penunjang Urusan", indikator: [], pagu: { 2025: 5e8 } },
    { kode: "P04", nama: "Program Perizinan Industri", indikator: ["IKU-05"], pagu: { 2025: 0 } },
  ];
  return k;
}

/**
 * The plan of `katalog` for year n, written by the xlsx writer and filled as a planner would:
 * realisations, budget realisations, and a program typed into an empty row (lower case, a semicolon).
 */
export function bukuLkjipTerisi(katalog: Katalog, n: number): ExcelJS.Workbook {
  const wb = bukuXlsx(buatRencana(katalog, NAMA_DASAR, { tahunAktif: n }));
  const tata = tataLetakIku(katalog);
  const iku = wb.getWorksheet("IKU")!;
  REALISASI_LKJIP.forEach((deret, i) =>
    deret.forEach((v, t) => (iku.getCell(sel(tata.realisasi(t), tata.baris(i))).value = v)),
  );
  const ta = tataLetakAnggaran(katalog);
  const ang = wb.getWorksheet("Anggaran")!;
  ANGGARAN_LKJIP.forEach((deret, j) =>
    deret.forEach((v, t) => (ang.getCell(sel(ta.realisasi(t), ta.barisAwal + j)).value = v)),
  );
  const r5 = ta.barisAwal + 4;
  ang.getCell(sel(ta.kolom.program, r5)).value = "Program Perdagangan";
  ang.getCell(sel(ta.kolom.indikator, r5)).value = "iku-09; IKU-07";
  ang.getCell(sel(ta.pagu(1), r5)).value = 2e8;
  ang.getCell(sel(ta.realisasi(1), r5)).value = 2.1e8;
  return wb;
}
