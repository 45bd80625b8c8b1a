// The unit suite's formula evaluator (test/workbook/penilai) against LibreOffice: the evaluator's
// own examples and the capaian formulas over the comparison's cases must compute alike in both.
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PEMBANGUN_ASLI, rumusBarisCapaian } from "../penilai/banding-domain";
import { BukuUji, IsiSel } from "../penilai/buku";
import { BEDA_LIBREOFFICE, CONTOH_GALAT, CONTOH_NILAI, ISI_CONTOH } from "../penilai/contoh-excel";
import { KASUS_CAPAIAN } from "../penilai/kasus";
import { Skalar, adalahGalatX, tampil } from "../penilai/nilai";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "penilai");

/** Every cell of the test workbook: the examples' grid, then one formula per row of column C. */
function isiBuku(): [string, string, IsiSel][] {
  const isi: [string, string, IsiSel][] = [...ISI_CONTOH];
  [...CONTOH_NILAI, ...CONTOH_GALAT]
    .filter(([r]) => !BEDA_LIBREOFFICE.has(r))
    .forEach(([r], i) => isi.push(["Lembar 1", `C${i + 1}`, { rumus: r }]));
  // Every fifth case keeps the workbook small; the cases cycle through rules and polarities.
  KASUS_CAPAIAN.filter((_, i) => i % 5 === 0).forEach((k, i) => {
    const b = i + 1;
    isi.push(["Capaian", `A${b}`, k.r], ["Capaian", `B${b}`, k.t], ["Capaian", `C${b}`, k.p]);
    rumusBarisCapaian(PEMBANGUN_ASLI, k.aturan, k.p, b).forEach((r, j) =>
      isi.push(["Capaian", `${"DEFGHIJK"[j]}${b}`, { rumus: `=${r}` }]),
    );
  });
  return isi;
}

/** Whether LibreOffice's CSV text shows the evaluator's value. */
function samaDenganCsv(v: Skalar, teks: string): boolean {
  if (adalahGalatX(v)) return /^(#|Err:)/.test(teks);
  // A percent literal gets a percent format, which the CSV shows.
  const angka = teks.endsWith("%") ? Number(teks.slice(0, -1)) / 100 : Number(teks);
  if (typeof v === "number") return teks !== "" && Math.abs(angka - v) <= 1e-9 * Math.max(1, Math.abs(v));
  if (typeof v === "boolean") return teks === (v ? "TRUE" : "FALSE");
  return teks === v;
}

describe("the test evaluator computes as LibreOffice does", () => {
  const isi = isiBuku();
  const rumus = isi.filter(([, , v]) => typeof v === "object" && v !== null);
  let csv: Map<string, string[][]>;
  const buku = new BukuUji();
  for (const [l, a, v] of isi) buku.tulis(l, a, v);

  beforeAll(async () => {
    mkdirSync(KELUARAN, { recursive: true });
    const wb = new ExcelJS.Workbook();
    for (const [l, a, v] of isi) {
      const ws = wb.getWorksheet(l) ?? wb.addWorksheet(l);
      ws.getCell(a).value =
        typeof v === "object" && v !== null ? { formula: v.rumus.slice(1), date1904: false } : v;
    }
    const masuk = join(KELUARAN, "penilai.xlsx");
    await wb.xlsx.writeFile(masuk);
    const keluar = join(KELUARAN, "hitung");
    recalc(masuk, keluar, "csv", "Lembar 1");
    csv = new Map(
      ["Lembar 1", "Capaian"].map((l) => [l, bacaCsv(readFileSync(csvLembar(keluar, masuk, l), "utf8"))]),
    );
  });

  it("gives every formula LibreOffice's value", () => {
    const beda: string[] = [];
    for (const [l, a, v] of rumus) {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const teks = csv.get(l)![Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? "";
      const nilai = buku.nilai(l, a);
      if (!samaDenganCsv(nilai, teks))
        beda.push(`${l}!${a} ${JSON.stringify(v)}: penilai ${tampil(nilai)}, LibreOffice ${teks}`);
    }
    expect(beda).toEqual([]);
    expect(rumus.length).toBeGreaterThan(3000);
  });
});
