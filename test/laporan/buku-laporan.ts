import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  JUDUL_TABEL,
  KOLOM_33,
  KOLOM_35,
  KOLOM_ANGGARAN,
  TEKS_JENIS_TARGET,
} from "../../src/domain/judul-lkjip";
import { DataLaporan, tahunPeriode } from "../../src/domain/lkjip";
import { adalahGalat, Galat } from "../../src/domain/galat";
import { JUDUL_TABEL_PENDUKUNG, KOLOM_39, TEKS_TANPA_CASCADE } from "../../src/domain/judul-renja";
import { BukuUtuh, bacaBukuUtuh } from "../../src/xlsx/lembar-utuh";

/** A budget input as a cell: an error the reader met is saved as that error value. */
const sel = (v: number | null | undefined | Galat): ExcelJS.CellValue =>
  adalahGalat(v) ? { error: v.galat as ExcelJS.CellErrorValue["error"] } : (v ?? null);

/**
 * A workbook as a planner saves it, built from report inputs by the header contract: only the typed
 * cells, no cached formula results.
 */
export function bukuDari(data: DataLaporan, n: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const tahun = tahunPeriode(data);
  const iku = wb.addWorksheet("IKU");
  iku.getCell("A1").value = "INDIKATOR KINERJA UTAMA (IKU)";
  iku.getCell("A2").value = data.instansi;
  const kepala = [
    "No",
    "Tujuan",
    "Sasaran",
    "Kode",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Kondisi Awal",
    ...tahun.map((t) => `Target ${t}`),
    ...tahun.map((t) => `Realisasi ${t}`),
    ...tahun.map((t) => `Capaian ${t}`),
  ];
  iku.getRow(5).values = kepala;
  data.indikator.forEach((ind, i) => {
    const r = iku.getRow(6 + i);
    const sasaranBaru = i === 0 || data.indikator[i - 1].sasaran !== ind.sasaran;
    r.values = [
      i === 0 ? 1 : null,
      i === 0 ? "Tujuan" : null,
      sasaranBaru ? ind.sasaran : null,
      ind.kode,
      ind.nama,
      ind.satuan,
      ind.polaritas,
      ind.kondisiAwal,
      ...tahun.map((t) => ind.target[t] ?? null),
      ...tahun.map((t) => ind.realisasi[t] ?? null),
      ...tahun.map((_, j) => ({
        formula: `IFERROR(${String.fromCharCode(73 + tahun.length + j)}${6 + i}/1,"")`,
      })),
    ];
  });
  const lk = wb.addWorksheet("LKjIP");
  lk.getCell("A1").value = JUDUL_TABEL.t31(n);
  lk.getCell("A20").value = JUDUL_TABEL.t33;
  lk.getRow(21).values = KOLOM_33(n);
  data.indikator.forEach((ind, i) => {
    lk.getRow(22 + i).values = [i + 1, { formula: `IKU!E${6 + i}` }, TEKS_JENIS_TARGET[ind.jenisTarget]];
  });
  lk.getCell("A40").value = JUDUL_TABEL.t35;
  lk.getRow(41).values = KOLOM_35(n);
  data.indikator.forEach((ind, i) => {
    lk.getRow(42 + i).values = [
      i + 1,
      { formula: `IKU!E${6 + i}` },
      null,
      ind.faktorPendukung ?? null,
      ind.faktorPenghambat ?? null,
      ind.upayaPerbaikan ?? null,
    ];
  });
  // Tabel 3.9 as a workbook without a Renstra cascade holds it: one row saying so
  lk.getCell("A80").value = JUDUL_TABEL_PENDUKUNG.t39;
  lk.getRow(81).values = KOLOM_39(n);
  lk.getCell("A82").value = TEKS_TANPA_CASCADE;
  const ag = wb.addWorksheet("Anggaran");
  ag.getRow(4).values = KOLOM_ANGGARAN(tahun);
  data.program.forEach((p, i) => {
    ag.getRow(5 + i).values = [
      i + 1,
      p.kode,
      p.nama,
      p.indikator.join(", "),
      ...tahun.flatMap((t) => [sel(p.pagu[t]), sel(p.realisasiAnggaran[t]), null]),
    ];
  });
  return wb;
}

/**
 * An ExcelJS workbook as laporan reads it: saved to a temporary file, then read back through the
 * one workbook reader (src/xlsx/lembar-utuh.ts), as `npm run laporan` reads a planner's file.
 */
export async function bacaLewatPembaca(wb: ExcelJS.Workbook): Promise<BukuUtuh> {
  const dir = mkdtempSync(join(tmpdir(), "laporan-baca-"));
  try {
    const berkas = join(dir, "buku.xlsx");
    await wb.xlsx.writeFile(berkas);
    return await bacaBukuUtuh(berkas);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
