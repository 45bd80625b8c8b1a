/**
 * Our own workbook as a planner keeps it, made fresh: the template filled with realisations
 * (test/workbook/sisip/lkjip-terisi.ts), saved by LibreOffice with every formula's cached value,
 * then `periksa`: every row it reports is a real indicator with its own target and realisation,
 * and the flags sit on the realisation cells of the tables it judged. The fast suite runs the same
 * checks on a committed copy (test/periksa/index/buku-sendiri.test.ts).
 */
import ExcelJS from "exceljs";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { periksaBukuSendiri } from "../periksa/buku-sendiri";
import { bukuLkjipTerisi, katalogLkjip } from "../workbook/sisip/lkjip-terisi";
import { recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "buku-sendiri");

describe("periksa on the filled template saved by LibreOffice", () => {
  let h: Awaited<ReturnType<typeof periksaBukuSendiri>>;

  beforeAll(async () => {
    rmSync(KELUARAN, { recursive: true, force: true });
    mkdirSync(join(KELUARAN, "masuk"), { recursive: true });
    const masuk = join(KELUARAN, "masuk", "iku-terisi.xlsx");
    await bukuLkjipTerisi(katalogLkjip(), 2025).xlsx.writeFile(masuk);
    const tersimpan = recalc(masuk, join(KELUARAN, "libreoffice"), "xlsx");
    h = await periksaBukuSendiri(tersimpan, join(KELUARAN, "periksa"));
  });

  it("reports only real indicators, each with its own target and realisation", () => {
    expect(h.bukanIndikator).toEqual([]);
    expect(h.salahPasang).toEqual([]);
    const perLembar = (l: string) => h.dinilai.filter((b) => b.lembar === l).length;
    expect([perLembar("IKU"), perLembar("Dashboard"), perLembar("LKjIP")]).toEqual([30, 10, 10]);
  });

  it("skips LKjIP tables 3.2–3.5 with a reason, in the summary file too", () => {
    const dilewati = h.csv.filter((b) => b.Lembar === "LKjIP" && b.Status === "Tabel dilewati");
    expect(dilewati.map((b) => b.Indikator.slice(0, 9))).toEqual([
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.4",
      "Tabel 3.5",
    ]);
    for (const b of dilewati) expect(b.Keterangan.length).toBeGreaterThan(20);
  });

  it("flags only the realisation cells of the judged tables", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(h.salinan);
    type Cf = { ref: string; rules: { formulae?: string[] }[] };
    const milik = (nama: string) =>
      ((wb.getWorksheet(nama) as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings ?? [])
        .filter((a) => a.rules.some((r) => (r.formulae ?? []).some((f) => f.includes("IKU-Kinerja"))))
        .map((a) => a.ref);
    expect(milik("LKjIP")).toEqual(["F7:F16"]);
    expect(milik("Dashboard")).toEqual(["E5:E14"]);
  });
});
