/**
 * periksa on a workbook holding the Renstra sheet: the example catalog's cascade inserted as the
 * offline file, then rows typed into its empty rows. ringkasan.csv lists each wrong row and year
 * with the same words as the sheet's Cek Pagu and the pane, and no "Tidak ada tabel" for it.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bacaKatalogTeks } from "../../../src/domain/katalog-json";
import { Katalog } from "../../../src/domain/types";
import { periksa } from "../../../src/periksa";
import { BarisRingkasan } from "../../../src/periksa/ringkasan";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { barisRenstra, tataLetakRenstra } from "../../../src/workbook/sisip/tata-letak-renstra";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { tulisXlsx } from "../../../src/xlsx/tulis-xlsx";

const katalog = bacaKatalogTeks(
  readFileSync(join(__dirname, "../../../katalog/contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;

describe("periksa on a workbook with a Renstra sheet", () => {
  let renstra: BarisRingkasan[];
  let semua: BarisRingkasan[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "periksa-renstra-"));
    const awal = await tulisXlsx(buatRencana(katalog, NAMA_DASAR, {}), join(dir, "awal.xlsx"));
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(awal);
    const ws = buku.getWorksheet("Renstra")!;
    const t = tataLetakRenstra([2024, 2025, 2026]);
    const r = 6 + barisRenstra({ katalog }).length;
    const ketik: Array<[unknown, unknown, unknown]> = [
      ["2.17.06.2.01.0009", 2025, 5_000_000],
      ["2.17.08.2.01.0007", 2024, "1.500.000.000"],
      ["2.17.2", 2024, 1_000],
      ["2.17.09.2.01", 2024, 10],
    ];
    ketik.forEach(([kode, tahun, pagu], i) => {
      ws.getCell(r + i, t.kode).value = kode as ExcelJS.CellValue;
      ws.getCell(r + i, t.pagu([2024, 2025, 2026].indexOf(tahun as number))).value =
        pagu as ExcelJS.CellValue;
    });
    const berkas = join(dir, "renstra.xlsx");
    await buku.xlsx.writeFile(berkas);
    semua = [];
    await periksa(
      [berkas],
      join(dir, "keluar"),
      () => undefined,
      (b) => semua.push(b),
    );
    renstra = semua.filter((b) => b.lembar === "Renstra");
  }, 60_000);

  it("lists the kegiatan whose pagu differs in 2025 by the typed sub kegiatan's Rp5.000.000", () => {
    const b = renstra.find((x) => x.indikator.startsWith("2.17.06.2.01 ") && x.periode === "2025");
    expect(b).toMatchObject({ status: "Tidak Sesuai", realisasi: 305_000_000 });
    expect(b?.keterangan).toContain("jumlah turunan Rp5.000.000 lebih besar dari pagu");
  });

  it("lists a pagu typed as text, a code of no shape and a kegiatan without its program", () => {
    const teks = renstra.find((x) => x.indikator === "2.17.08.2.01.0007");
    expect(teks).toMatchObject({ status: "Pagu salah", periode: "2024", realisasi: "1.500.000.000" });
    expect(teks?.keterangan).toContain('pagu berisi teks "1.500.000.000"');
    expect(renstra.find((x) => x.indikator === "2.17.2")?.status).toBe("Kode tidak dikenali");
    expect(renstra.find((x) => x.indikator === "2.17.09.2.01")?.keterangan).toContain(
      "kode induknya 2.17.09 tidak ada di tabel",
    );
  });

  it("lists nothing of the catalog's own cascade, which adds up, and no 'Tidak ada tabel' for the sheet", () => {
    expect(renstra.map((b) => b.indikator.split(" ")[0]).sort()).toEqual(
      ["2.17.06.2.01", "2.17.08.2.01.0007", "2.17.09.2.01", "2.17.2"].sort(),
    );
    expect(renstra.some((b) => b.status === "Tidak ada tabel")).toBe(false);
  });
});
