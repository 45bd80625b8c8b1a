/**
 * The Renstra example catalog's workbook printed by LibreOffice to PDF, as a planner would print
 * it: Evaluasi Renja in four column groups on A4 landscape, across then down, Kode and names on
 * every page, the footer on a page with filled rows; no Renstra page of empty rows only.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bacaKatalogTeks } from "../../src/domain/katalog-json";
import { Katalog } from "../../src/domain/types";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { recalc } from "./lo-helper";

const contoh = bacaKatalogTeks(
  readFileSync(join(__dirname, "..", "..", "katalog", "contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;

interface Halaman {
  lebar: number;
  tinggi: number;
  teks: string;
}

/** Every page of the PDF: its size in points and its text. */
function halamanPdf(pdf: string): Halaman[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "500", pdf]).toString();
  return [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    lebar: Math.round(Number(m[2])),
    tinggi: Math.round(Number(m[3])),
    teks: execFileSync("pdftotext", ["-layout", "-f", m[1], "-l", m[1], pdf, "-"]).toString(),
  }));
}

const KODE = /\b\d\.\d{2}\.\d{2}\b/;

describe("the Renstra example's workbook printed by LibreOffice", () => {
  let dir: string;
  let halaman: Halaman[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cetak-renja-"));
    const xlsx = await tulisXlsx(buatRencana(contoh, NAMA_DASAR, { tahunAktif: 2025 }), join(dir, "r.xlsx"));
    halaman = halamanPdf(recalc(xlsx, dir, "pdf"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints Evaluasi Renja on eight landscape A4 pages, four groups wide, across then down", () => {
    const renja = halaman.filter((h) => h.teks.includes("EVALUASI HASIL RENCANA KERJA (RENJA)"));
    expect(renja.map((h) => [h.lebar, h.tinggi])).toEqual(Array(8).fill([842, 595]));
    // Which group a page shows: Satuan on the targets', TW on the quarters', Keterangan on the last.
    const kelompok = renja.map((h) =>
      h.teks.includes("Satuan") ? 1 : /TW\s+I/.test(h.teks) ? 2 : h.teks.includes("Keterangan") ? 4 : 3,
    );
    expect(kelompok).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    for (const h of renja) {
      expect(h.teks).toContain("Kode");
      expect(h.teks).toContain("Indikator Kinerja");
      expect(h.teks).toMatch(KODE);
    }
  });

  it("prints the footer on a page with the last filled rows", () => {
    const kaki = halaman.filter(
      (h) => h.teks.includes("EVALUASI HASIL RENCANA KERJA (RENJA)") && h.teks.includes("Faktor Pendorong"),
    );
    // On the first group's page only: the other groups' pages show no label without its value.
    expect(kaki).toHaveLength(1);
    expect(kaki[0].teks).toContain("Rata-rata Capaian Kinerja");
    expect(kaki[0].teks).toContain("Predikat Kinerja");
    expect(kaki[0].teks).toContain("Satuan");
    expect(kaki[0].teks).toMatch(KODE);
  });

  it("prints no Renstra page of empty rows only", () => {
    const renstra = halaman.filter((h) => h.teks.includes("RENCANA PROGRAM, KEGIATAN DAN PENDANAAN"));
    expect(renstra).toHaveLength(4);
    for (const h of renstra) expect(h.teks).toMatch(KODE);
  });
});
