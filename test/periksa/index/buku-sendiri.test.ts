/**
 * periksa on our own workbook as a planner keeps it: the inserted template, filled
 * (test/workbook/sisip/lkjip-terisi.ts, year 2025) and saved by LibreOffice, so every formula
 * carries its cached value. The fixture is that file; test/e2e/buku-sendiri.e2e.ts makes it again
 * from the current template and runs the same checks.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periksa } from "../../../src/periksa";
import { BarisRingkasan } from "../../../src/periksa/ringkasan";
import { tulisBuku } from "../buat-buku";
import { periksaBukuSendiri } from "../buku-sendiri";

const FIXTURE = join(__dirname, "../../fixtures/buku-sendiri/iku-terisi-libreoffice.xlsx");

describe("periksa on our own workbook saved by LibreOffice", () => {
  let h: Awaited<ReturnType<typeof periksaBukuSendiri>>;
  beforeAll(async () => {
    h = await periksaBukuSendiri(FIXTURE, mkdtempSync(join(tmpdir(), "periksa-sendiri-")));
  });

  it("reports only real indicators, each with its own target and realisation", () => {
    expect(h.bukanIndikator).toEqual([]);
    expect(h.salahPasang).toEqual([]);
  });

  it("judges the IKU sheet per year by its Target and Realisasi columns", () => {
    const iku = h.dinilai.filter((b) => b.lembar === "IKU");
    expect(iku).toHaveLength(30);
    expect(new Set(iku.map((b) => b.sel.replace(/\d+$/, "")))).toEqual(new Set(["L", "M", "N"]));
  });

  it("judges table 3.1 of the LKjIP sheet and skips 3.2 to 3.5 with a reason", () => {
    const lkjip = h.dinilai.filter((b) => b.lembar === "LKjIP");
    expect(lkjip.map((b) => b.sel)).toEqual(Array.from({ length: 10 }, (_, i) => `F${7 + i}`));
    const dilewati = h.baris.filter((b) => b.lembar === "LKjIP" && b.status === "Tabel dilewati");
    expect(dilewati.map((b) => b.indikator)).toEqual([
      expect.stringMatching(/^Tabel 3\.2/),
      expect.stringMatching(/^Tabel 3\.3/),
      expect.stringMatching(/^Tabel 3\.4/),
      expect.stringMatching(/^Tabel 3\.5/),
    ]);
    for (const b of dilewati) expect(b.keterangan).not.toBe("");
  });

  it("does not take the Dashboard's summary rows for indicators", () => {
    const dasbor = h.dinilai.filter((b) => b.lembar === "Dashboard");
    expect(dasbor.map((b) => b.sel)).toEqual(Array.from({ length: 10 }, (_, i) => `E${5 + i}`));
  });

  it("flags in the copy only the realisation cells of the tables it judged", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(h.salinan);
    const milik = (nama: string) =>
      (
        (
          wb.getWorksheet(nama) as unknown as {
            conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
          }
        ).conditionalFormattings ?? []
      )
        .filter((a) => a.rules.some((r) => (r.formulae ?? []).some((f) => f.includes("IKU-Kinerja"))))
        .map((a) => a.ref);
    expect(milik("LKjIP")).toEqual(["F7:F16"]);
    expect(milik("Dashboard")).toEqual(["E5:E14"]);
    expect(milik("IKU")).toEqual(["L6:L15", "M6:M15", "N6:N15"]);
  });
});

describe("periksa on a table with totals rows (issue 17)", () => {
  it("reports the indicators only, not the Jumlah row nor a Total merged over the first columns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "periksa-jumlah-"));
    await tulisBuku(join(dir, "jumlah.xlsx"), {
      Kinerja: [
        ["No", "Indikator", "Target", "Realisasi", "Capaian"],
        [1, "Koperasi Aktif", 10, 9, 0.9],
        [2, "UMKM Naik Kelas", 5, 6, 1.2],
        ["", "Jumlah", 15, 15, 1],
        ["Total", "", 15, 15],
      ],
    });
    const baris: BarisRingkasan[] = [];
    await periksa(
      [join(dir, "jumlah.xlsx")],
      join(dir, "keluar"),
      () => undefined,
      (b) => baris.push(b),
    );
    expect(baris.map((b) => [b.indikator, b.sel])).toEqual([
      ["Koperasi Aktif", "D2"],
      ["UMKM Naik Kelas", "D3"],
    ]);
  });
});
