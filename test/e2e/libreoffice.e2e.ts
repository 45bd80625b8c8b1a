// The offline workbook, filled in and recalculated by LibreOffice: every capaian, predikat and
// year value must equal what the custom functions' domain code gives for the same inputs.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { agregat } from "../../src/domain/agregat";
import { bacaAngka, KOSONG } from "../../src/domain/baca-angka";
import { hitungCapaian, tercapai } from "../../src/domain/capaian";
import { adalahGalat } from "../../src/domain/galat";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { bacaPolaritas } from "../../src/domain/polaritas";
import { predikat } from "../../src/domain/predikat";
import { barisKatalog } from "../../src/domain/types";
import { sel } from "../../src/workbook/alamat";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { tataLetakIku, tataLetakTriwulan } from "../../src/workbook/sisip/tata-letak";
import { bukuXlsx } from "../../src/xlsx/tulis-xlsx";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "libreoffice");
const tata = tataLetakIku(KATALOG_BAWAAN);
const tataTw = tataLetakTriwulan(KATALOG_BAWAAN);
const baris = barisKatalog(KATALOG_BAWAAN);

type Isi = number | string | null;
/** Realisation per IKU row (6–15) and year: met, missed, blank, zero, text, negative, huge... */
const REALISASI: Isi[][] = [
  [0.35, 0.41, 0.5],
  [0.6, null, "0.3"],
  [1, 0, 2],
  [2, 3, "abc"],
  [0.1, -0.05, " "],
  [0.0999, 0.15001, 1e6],
  [12, 13.9, 16],
  [23, 10, 0],
  [199, 250, 0],
  [83.1, 75.5, 82],
];
/** Cells a planner may retype: other polarities on some rows, a zero target. */
const UBAH: Record<string, Isi> = { G12: "turun", G13: "negatif", G14: "negatif_rasio", K8: 0, K13: 0 };

/** Quarterly realisations on the Triwulan sheet (rows 6–15, year 2025). */
const TRIWULAN: Record<number, Isi[]> = {
  6: [0.1, 0.2, null, null],
  8: [1, null, 2, null],
  14: [60, 70, 80, 50],
  15: [80, 82, 84, 86],
  12: [null, null, null, null],
};

type Hasil = number | string | boolean | { galat: true };
const galat = { galat: true } as const;
function baca(teks: string): Hasil {
  if (teks === "TRUE" || teks === "FALSE") return teks === "TRUE";
  if (/^(#|Err:)/.test(teks)) return galat;
  if (teks !== "" && Number.isFinite(Number(teks))) return Number(teks);
  // LibreOffice's CSV keeps the percent sign of a percent format, with full precision.
  if (/^-?[\d.]+(E[-+]?\d+)?%$/.test(teks)) return Number(teks.slice(0, -1)) / 100;
  return teks;
}

/** What IKU.CAPAIAN gives for the same cells; blank while either is blank. */
function capaianDomain(r: Isi, t: Isi, p: Isi): number | "" | typeof galat {
  const rr = bacaAngka(r);
  const tt = bacaAngka(t);
  const pp = bacaPolaritas(p);
  if (rr === KOSONG || tt === KOSONG) return "";
  if (adalahGalat(rr) || adalahGalat(tt) || adalahGalat(pp)) return galat;
  const c = hitungCapaian(rr, tt, pp);
  return adalahGalat(c) ? galat : c;
}

/**
 * The domain's value; where `tegas` is false (text in a number cell, a polarity retyped to another
 * rule than the row's) the formula may show an error instead, but never another value.
 */
function samaDengan(aktual: Hasil, harapan: number | string | typeof galat, tegas = true): void {
  if (!tegas && typeof aktual === "object") return;
  if (typeof harapan === "number") expect(aktual).toBeCloseTo(harapan, 9);
  else expect(aktual).toEqual(harapan);
}

/** Numbers or blanks, under the polarity rule the row was written for. */
const tegasUntuk = (i: number, ...isi: Isi[]): boolean =>
  isi.slice(0, -1).every((x) => typeof x === "number" || x === null) &&
  bacaPolaritas(isi[isi.length - 1]) === baris[i].indikator.polaritas;

describe("the offline workbook recalculated by LibreOffice", () => {
  let lembar: Record<string, string[][]>;
  let masuk: string;
  let isiSel: (a: string) => Isi;

  beforeAll(async () => {
    rmSync(KELUARAN, { recursive: true, force: true });
    mkdirSync(KELUARAN, { recursive: true });
    const buku = bukuXlsx(buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }));
    const iku = buku.getWorksheet("IKU")!;
    // The realisation cells take the quarters' value by shared formulas: each becomes its own
    // formula first, so numbers typed over some leave the others whole (as in Excel).
    const sendiri: Array<[ExcelJS.Cell, string]> = [];
    iku.eachRow((r) => r.eachCell((c) => void (c.formula && sendiri.push([c, c.formula]))));
    for (const [c, rumus] of sendiri) c.value = { formula: rumus } as ExcelJS.CellFormulaValue;
    REALISASI.forEach((deret, i) =>
      deret.forEach((v, t) => (iku.getCell(sel(tata.realisasi(t), tata.baris(i))).value = v)),
    );
    for (const [a, v] of Object.entries(UBAH)) iku.getCell(a).value = v;
    const tw = buku.getWorksheet("Triwulan")!;
    for (const [r, deret] of Object.entries(TRIWULAN))
      deret.forEach((v, q) => (tw.getCell(sel(tataTw.realisasiTw(1, q), Number(r))).value = v));
    isiSel = (a) => {
      const v = iku.getCell(a).value;
      return v === undefined ? null : (v as Isi);
    };
    masuk = join(KELUARAN, "iku.xlsx");
    await buku.xlsx.writeFile(masuk);
    recalc(masuk, join(KELUARAN, "csv"), "csv");
    lembar = Object.fromEntries(
      ["IKU", "Triwulan", "Dashboard"].map((n) => [
        n,
        bacaCsv(readFileSync(csvLembar(join(KELUARAN, "csv"), masuk, n), "utf8")),
      ]),
    );
  });

  const nilai = (nama: string, kolom: number, r: number): Hasil =>
    baca(lembar[nama][r - 1]?.[kolom - 1] ?? "");

  const kasus = baris.flatMap((_, i) => tata.tahun.map((y, t) => [tata.baris(i), y, t] as const));

  it.each(kasus)("IKU row %i, %i: capaian and predikat equal IKU.CAPAIAN and IKU.PREDIKAT", (r, _y, t) => {
    const isi = [
      isiSel(sel(tata.realisasi(t), r)),
      isiSel(sel(tata.target(t), r)),
      isiSel(sel(tata.kolom.polaritas, r)),
    ] as const;
    const c = capaianDomain(...isi);
    const tegas = tegasUntuk(r - tata.barisAwal, ...isi);
    samaDengan(nilai("IKU", tata.capaian(t), r), c, tegas);
    samaDengan(nilai("IKU", tata.predikat(t), r), typeof c === "number" ? predikat(c) : c, tegas);
  });

  it("computes at least one of every outcome (met, missed, blank, error)", () => {
    const semua = kasus.map(([r, , t]) => nilai("IKU", tata.predikat(t), r));
    expect(semua).toEqual(expect.arrayContaining(["Sangat Tinggi", "Sangat Rendah", "Sedang", "", galat]));
  });

  it.each(Object.entries(TRIWULAN).map(([r, v]) => [Number(r), v] as const))(
    "Triwulan row %i aggregates %p as AGREGAT does (capaian to date: rencana-aksi.e2e.ts)",
    (r, deret) => {
      const tahunan = agregat([deret], baris[r - 6].indikator.agregasi);
      samaDengan(nilai("Triwulan", tataTw.realisasi(1), r), adalahGalat(tahunan) ? galat : tahunan);
    },
  );

  it("shows 2025 on the Dashboard as on the IKU sheet, with a status and counts", () => {
    let tercapaiBanyak = 0;
    let melesetBanyak = 0;
    baris.forEach((b, i) => {
      const r = 5 + i;
      const rIku = tata.baris(i);
      expect(nilai("Dashboard", 2, r)).toBe(b.indikator.kode);
      const c = nilai("IKU", tata.capaian(1), rIku);
      expect(nilai("Dashboard", 6, r)).toEqual(c);
      const status = typeof c === "number" ? (tercapai(c) ? "Tercapai" : "Tidak Tercapai") : (c as string);
      samaDengan(nilai("Dashboard", 8, r), status);
      if (status === "Tercapai") tercapaiBanyak++;
      if (status === "Tidak Tercapai") melesetBanyak++;
    });
    expect([nilai("Dashboard", 4, 16), nilai("Dashboard", 4, 17), nilai("Dashboard", 4, 18)]).toEqual([
      tercapaiBanyak,
      melesetBanyak,
      baris.length - tercapaiBanyak - melesetBanyak,
    ]);
  });

  it("keeps the flags on the realisation cells through LibreOffice", async () => {
    const keluar = recalc(masuk, join(KELUARAN, "xlsx"), "xlsx");
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(keluar);
    const iku = buku.getWorksheet("IKU") as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }>;
    };
    const aturan = iku.conditionalFormattings.flatMap((a) => a.rules.map((x) => [a.ref, x.formulae?.[0]]));
    // LibreOffice writes FALSE back as 0.
    expect(aturan).toEqual(
      expect.arrayContaining([
        ["L6:N15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)<1,0))"],
        ["L6:N15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)>=1,0))"],
      ]),
    );
  });

  it("renders the IKU sheet to PDF and PNG for a person to look at", () => {
    const pdf = recalc(masuk, KELUARAN, "pdf");
    execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", pdf, join(KELUARAN, "iku")]);
    expect(existsSync(join(KELUARAN, "iku-01.png")) || existsSync(join(KELUARAN, "iku-1.png"))).toBe(true);
  });
});
