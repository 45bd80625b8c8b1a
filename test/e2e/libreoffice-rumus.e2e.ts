// The two implementations of one rule must agree: the formulas of src/workbook/rumus.ts,
// computed by LibreOffice, against the domain functions behind IKU.CAPAIAN and friends.
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { agregat } from "../../src/domain/agregat";
import { bacaAngka, KOSONG } from "../../src/domain/baca-angka";
import { hitungCapaian, statusCapaian } from "../../src/domain/capaian";
import { adalahGalat } from "../../src/domain/galat";
import { bacaPolaritas } from "../../src/domain/polaritas";
import { predikat } from "../../src/domain/predikat";
import { sel } from "../../src/workbook/alamat";
import {
  rumusAgregat,
  rumusCapaian,
  rumusMeleset,
  rumusPredikat,
  rumusStatusDariCapaian,
} from "../../src/workbook/rumus";
import { Agregasi, Polaritas } from "../../src/domain/types";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";
import { TRIWULAN_PERENCANA } from "../penilai/kasus";

const KELUARAN = join(__dirname, "..", "..", "test-output", "libreoffice-rumus");

type Isi = number | string | null;
const PASANGAN: [Isi, Isi][] = [
  [0.45, 0.41],
  [0.3, 0.41],
  [null, 0.41],
  [0.41, null],
  [0, 0],
  [5, 0],
  [0, 5],
  [10, 5],
  [5, 10],
  ["45", 50],
  ["abc", 5],
  [-3, 5],
  [0.91, 1],
  [9.1, 10],
  [0.9099, 1],
  [0.50999, 1],
  [0.51, 1],
  [12, 12],
  [" ", 4],
  [3, -2],
  [83.5, 82.97],
  [150, 250],
  [0.99995, 1],
  [0.99994, 1],
  [12, 0.000001],
];
const POLARITAS = [
  "positif",
  "naik",
  "+",
  "",
  "negatif",
  "-",
  "Turun",
  "negatif_rasio",
  "NEGATIF_RASIO",
  "aneh",
];
/** Each case under each row rule, since the planner may retype the polarity of a row. */
const ATURAN: Polaritas[] = ["positif", "negatif", "negatif_rasio"];
const KASUS = POLARITAS.flatMap((p) =>
  PASANGAN.flatMap(([r, t]) => ATURAN.map((aturan) => ({ r, t, p, aturan }))),
);

const TRIWULAN = TRIWULAN_PERENCANA;
const JENIS: Agregasi[] = ["jumlah", "akhir", "rata-rata"];

type Hasil = number | string | boolean | { galat: true };

/** What the custom functions give for the same inputs; every Galat is simply "an error". */
function harapan(r: Isi, t: Isi, p: string) {
  const galat = { galat: true } as const;
  const rr = bacaAngka(r);
  const tt = bacaAngka(t);
  const pp = bacaPolaritas(p);
  const angka = typeof r === "number" && typeof t === "number";
  if (rr === KOSONG || tt === KOSONG) return { capaian: "", predikat: "", status: "", meleset: false };
  if (adalahGalat(rr) || adalahGalat(tt) || adalahGalat(pp)) {
    return { capaian: galat, predikat: galat, status: galat, meleset: false };
  }
  const c = hitungCapaian(rr, tt, pp);
  const s = statusCapaian(rr, tt, pp);
  return {
    capaian: adalahGalat(c) ? galat : c,
    predikat: adalahGalat(c) ? galat : predikat(c),
    status: adalahGalat(s) ? galat : s,
    meleset: angka && s === "Tidak Tercapai",
  };
}

/** A value as LibreOffice's CSV shows it: numbers, TRUE/FALSE, text, or an error ("#N/A", "Err:502"). */
function baca(teks: string): Hasil {
  if (teks === "TRUE" || teks === "FALSE") return teks === "TRUE";
  if (/^(#|Err:)/.test(teks)) return { galat: true };
  if (teks !== "" && Number.isFinite(Number(teks))) return Number(teks);
  return teks;
}

describe("formulas recalculated by LibreOffice agree with the domain functions", () => {
  let hitung: string[][];
  let hitungAgregat: string[][];

  beforeAll(async () => {
    mkdirSync(KELUARAN, { recursive: true });
    const buku = new ExcelJS.Workbook();
    const ws = buku.addWorksheet("Uji");
    KASUS.forEach(({ r, t, p, aturan }, i) => {
      const b = i + 1;
      const [R, T, P, C] = [sel(1, b), sel(2, b), sel(3, b), sel(4, b)];
      ws.getRow(b).values = [r, t, p === "" ? null : p];
      const rumus = [
        rumusCapaian(R, T, P, aturan),
        rumusPredikat(C),
        rumusStatusDariCapaian(C),
        rumusMeleset(R, T, P),
        rumusMeleset(R, T, JSON.stringify(p)),
      ];
      rumus.forEach((f, k) => (ws.getCell(sel(4 + k, b)).value = { formula: f, date1904: false }));
    });
    const ag = buku.addWorksheet("Agregat");
    TRIWULAN.forEach((deret, i) => {
      const b = i + 1;
      ag.getRow(b).values = deret;
      const tw = [1, 2, 3, 4].map((k) => sel(k, b));
      JENIS.forEach(
        (j, k) => (ag.getCell(sel(5 + k, b)).value = { formula: rumusAgregat(tw, j), date1904: false }),
      );
    });
    const masuk = join(KELUARAN, "rumus.xlsx");
    await buku.xlsx.writeFile(masuk);
    const keluar = join(KELUARAN, "hitung");
    hitung = bacaCsv(readFileSync(recalc(masuk, keluar, "csv", "Uji"), "utf8"));
    hitungAgregat = bacaCsv(readFileSync(csvLembar(keluar, masuk, "Agregat"), "utf8"));
  });

  it.each(TRIWULAN.flatMap((deret, i) => JENIS.map((j, k) => [i + 1, j, deret, k] as const)))(
    "Agregat row %i: %s of %p equals AGREGAT",
    (b, jenis, deret, k) => {
      const h = agregat([deret], jenis);
      const c = baca(hitungAgregat[b - 1][4 + k]);
      // Numbers and true blanks only must agree; text (spaces, "45") may be an error instead.
      const tegas = deret.every((x) => typeof x === "number" || x === null);
      if (typeof h === "number" && tegas) expect(c).toBeCloseTo(h, 9);
      else if (typeof h === "number") expect([h, { galat: true }]).toContainEqual(c);
      else if (tegas || adalahGalat(h)) expect(c).toEqual(adalahGalat(h) ? { galat: true } : h);
      else expect([h, { galat: true }]).toContainEqual(c);
    },
  );

  /**
   * A formula agrees when it gives the domain's value, or an error where the input is wrong (text,
   * spaces, a polarity of another rule than the row's): an error is allowed, a different value never.
   */
  it.each(KASUS.map((k, i) => [i + 1, k.r, k.t, k.p, k.aturan] as const))(
    "row %i: realisasi %p, target %p, polaritas %p, row rule %s",
    (b, r, t, p, aturan) => {
      const h = harapan(r, t, p);
      const nilai = (k: number) => baca(hitung[b - 1][k - 1]);
      const galat = { galat: true };
      // Numbers or true blanks under the row's own rule: the formula must give the domain's value.
      const tegas =
        (typeof r === "number" || r === null) &&
        (typeof t === "number" || t === null) &&
        bacaPolaritas(p) === aturan;
      const c = nilai(4);
      if (typeof h.capaian === "number" && tegas) expect(c).toBeCloseTo(h.capaian, 9);
      else if (typeof h.capaian === "number")
        expect([h.capaian, "err"]).toContainEqual(angkaAtauGalat(c, h.capaian));
      else if (h.capaian === "" && tegas) expect(c).toBe("");
      else expect([h.capaian, galat]).toContainEqual(c);
      if (typeof c === "number") {
        expect(nilai(5)).toEqual(h.predikat);
        // STATUS caps negatif_rasio at realisasi 0; the status cell follows the capaian cell.
        expect(nilai(6)).toEqual(h.status);
      } else {
        expect([c === "" ? "" : galat]).toContainEqual(nilai(5));
        expect([c === "" ? "" : galat]).toContainEqual(nilai(6));
      }
      expect(nilai(7)).toBe(h.meleset);
      expect(nilai(8)).toBe(h.meleset);
    },
  );
});

/** "err" for an error, else the value itself, which must then be close to the expected one. */
function angkaAtauGalat(c: Hasil, harapan: number): Hasil | "err" {
  if (typeof c === "object") return "err";
  return typeof c === "number" && Math.abs(c - harapan) < 1e-9 ? harapan : c;
}
