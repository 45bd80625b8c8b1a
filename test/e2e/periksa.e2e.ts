/**
 * `npm run periksa` over a folder of generated workbooks (one corrupt, one sheet without a table),
 * then LibreOffice as a second engine: every stored flag rule, evaluated by LibreOffice in every
 * cell of its range, is TRUE exactly where ringkasan.csv says "Tidak Tercapai".
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hurufKolom, uraiSel } from "../../src/workbook/alamat";
import { penandaDari } from "../../src/workbook/tandai/tanda";
import { tulisBuku } from "../periksa/buat-buku";
import { KORPUS } from "../workbook/tandai/korpus";
import { bacaCsv, recalc } from "./lo-helper";

const kisi = (nama: string) => KORPUS.find((t) => t.nama === nama)!.kisi;
type Aturan = { ref: string; rules: { formulae?: string[] }[] };
const aturanAddin = (ws: ExcelJS.Worksheet) =>
  ((ws as unknown as { conditionalFormattings: Aturan[] }).conditionalFormattings ?? []).filter((a) =>
    penandaDari(a.rules[0]?.formulae?.[0]),
  );

/** The rule as Excel applies it to the cell `baris` rows below the range's top: relative rows shift. */
const geserBaris = (rumus: string, baris: number) =>
  rumus.replace(
    /(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (_, k, d, n) => `${k}${d}${d ? n : Number(n) + baris}`,
  );

function bacaRingkasan(path: string): Record<string, string>[] {
  const [judul, ...isi] = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((b) => b.split(";"));
  return isi.map((b) => Object.fromEntries(judul.map((j, i) => [j, b[i] ?? ""])));
}

describe("npm run periksa over a folder, checked by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "periksa-e2e-"));
  const masuk = join(dir, "masuk");
  const keluar = join(dir, "keluar");
  let keluaran = "";
  let ringkasan: Record<string, string>[] = [];

  beforeAll(async () => {
    mkdirSync(masuk);
    await tulisBuku(join(masuk, "dinas-a.xlsx"), {
      IKU: kisi("dokumen-iku"),
      Catatan: [["Notulen rapat evaluasi"], ["Hadir: 12 orang"]],
    });
    await tulisBuku(join(masuk, "dinas-b.xlsx"), { Kinerja: kisi("polaritas-turun") });
    await tulisBuku(join(masuk, "dinas-c.xlsx"), {
      Tahunan: kisi("beberapa-tahun"),
      Triwulan: kisi("triwulan"),
      Kelompok: kisi("baris-kosong"),
    });
    writeFileSync(join(masuk, "rusak.xlsx"), Buffer.from("PK\u0003\u0004 bukan zip yang utuh"));
    keluaran = execFileSync("npx", ["tsx", "scripts/periksa.ts", masuk, "--out", keluar], {
      encoding: "utf8",
    });
    ringkasan = bacaRingkasan(join(keluar, "ringkasan.csv"));
  });

  it("exits 0, names the corrupt file and the sheet without a table on the console", () => {
    expect(keluaran).toMatch(/rusak\.xlsx: tidak dapat dibaca/);
    expect(keluaran).toMatch(/dinas-a\.xlsx › Catatan: Tidak ditemukan judul kolom Target dan Realisasi/);
    expect(keluaran).toMatch(/3 berkas diperiksa, 1 gagal/);
  });

  it("lists every problem in ringkasan.csv and the run goes on", () => {
    expect(ringkasan.filter((b) => b.Status === "Berkas tidak terbaca").map((b) => b.Berkas)).toEqual([
      "rusak.xlsx",
    ]);
    expect(
      ringkasan.filter((b) => b.Status === "Tidak ada tabel").map((b) => `${b.Berkas}/${b.Lembar}`),
    ).toEqual(["dinas-a.xlsx/Catatan"]);
    expect(new Set(ringkasan.map((b) => b.Lembar))).toEqual(
      new Set(["IKU", "Catatan", "Kinerja", "Tahunan", "Triwulan", "Kelompok", ""]),
    );
  });

  it("writes capaian and predikat as the domain rules give them", () => {
    const inflasi = ringkasan.find((b) => b.Indikator === "Tingkat Inflasi Daerah")!;
    expect([inflasi.Target, inflasi.Realisasi, inflasi.Capaian, inflasi.Predikat, inflasi.Status]).toEqual([
      "0,035",
      "0,041",
      "82,86%",
      "Tinggi",
      "Tidak Tercapai",
    ]);
    const uttp2025 = ringkasan.find((b) => b.Berkas === "dinas-a.xlsx" && b.Sel === "I13")!;
    expect([uttp2025.Periode, uttp2025.Capaian, uttp2025.Status]).toEqual(["2025", "104,80%", "Tercapai"]);
    expect(ringkasan.find((b) => b.Berkas === "dinas-a.xlsx" && b.Sel === "J5")!.Status).toBe("Belum diisi");
  });

  it.each(["dinas-a.xlsx", "dinas-b.xlsx", "dinas-c.xlsx"])(
    "LibreOffice evaluates the flags of %s true exactly on the misses",
    async (berkas) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(keluar, berkas));
      const uji = join(dir, "uji", berkas);
      mkdirSync(join(dir, "uji"), { recursive: true });
      // Each rule is copied into cells to the right of the table, one row per cell of its range.
      const letak: { lembar: string; sel: string; cek: string }[] = [];
      for (const ws of wb.worksheets) {
        const kolomBebas = ws.columnCount + 2;
        aturanAddin(ws).forEach((a, i) => {
          const [awal, akhir = awal] = a.ref.split(":");
          const p = uraiSel(awal);
          const q = uraiSel(akhir);
          for (let b = p.baris; b <= q.baris; b++) {
            const cek = `${hurufKolom(kolomBebas + i)}${b}`;
            ws.getCell(cek).value = {
              formula: geserBaris(a.rules[0].formulae![0], b - p.baris),
            } as ExcelJS.CellFormulaValue;
            letak.push({ lembar: ws.name, sel: `${hurufKolom(p.kolom)}${b}`, cek });
          }
        });
      }
      expect(letak.length).toBeGreaterThan(0);
      await wb.xlsx.writeFile(uji);
      const hasilLo = join(dir, "lo", berkas);
      recalc(uji, hasilLo, "csv");
      for (const lembar of new Set(letak.map((l) => l.lembar))) {
        const csv = bacaCsv(
          readFileSync(join(hasilLo, `${berkas.replace(".xlsx", "")}-${lembar}.csv`), "utf8"),
        );
        const nilai = (a: string) => {
          const { kolom, baris } = uraiSel(a);
          return csv[baris - 1]?.[kolom - 1];
        };
        for (const l of letak.filter((x) => x.lembar === lembar)) {
          const baris = ringkasan.find((b) => b.Berkas === berkas && b.Lembar === lembar && b.Sel === l.sel);
          const meleset = baris?.Status === "Tidak Tercapai";
          expect([l.sel, nilai(l.cek)]).toEqual([l.sel, meleset ? "TRUE" : "FALSE"]);
        }
      }
    },
  );

  it("LibreOffice opens a flagged copy as periksa wrote it", () => {
    const lo = recalc(join(keluar, "dinas-b.xlsx"), join(dir, "lo-salinan"), "csv", "Kinerja");
    const csv = bacaCsv(readFileSync(lo, "utf8"));
    expect(csv.map((b) => b.slice(0, 3))).toEqual(
      kisi("polaritas-turun").map((b) => b.slice(0, 3).map(String)),
    );
  });

  it("keeps the original untouched", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(masuk, "dinas-b.xlsx"));
    expect(aturanAddin(wb.getWorksheet("Kinerja")!)).toEqual([]);
  });
});
