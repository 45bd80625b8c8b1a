/**
 * The formula-versus-domain comparison: the builders' formulas, computed by the test evaluator,
 * against the domain functions behind IKU.CAPAIAN and friends. Returns the disagreements as
 * sentences, so a test can expect none, and another can prove a wrong formula is caught.
 */
import { agregat } from "../../src/domain/agregat";
import { bacaAngka, KOSONG } from "../../src/domain/baca-angka";
import { hitungCapaian, statusCapaian, tercapai } from "../../src/domain/capaian";
import { adalahGalat } from "../../src/domain/galat";
import { bacaPolaritas } from "../../src/domain/polaritas";
import { predikat } from "../../src/domain/predikat";
import { Agregasi, Polaritas } from "../../src/domain/types";
import * as rumus from "../../src/workbook/rumus";
import { BukuUji } from "./buku";
import { Skalar, adalahGalatX, tampil } from "./nilai";

export type Isi = number | string | null;

/** The builders under test; a test swaps one for a deliberately wrong one. */
export type Pembangun = typeof rumus;
export const PEMBANGUN_ASLI: Pembangun = rumus;

export interface KasusCapaian {
  r: Isi;
  t: Isi;
  p: string | null;
  aturan: Polaritas;
}

const GALAT = "galat" as const;
type Harapan = number | string | boolean | typeof GALAT;

/**
 * Whether a computed value agrees: the domain's number (within 1e-9) or text; an Excel error
 * where the domain has an error. Off the strict path (text inputs, a polarity of another rule) an
 * error is also allowed instead of the domain's value, a different value never.
 */
function cocok(aktual: Skalar, harapan: Harapan, tegas: boolean): boolean {
  if (adalahGalatX(aktual) && (!tegas || harapan === GALAT)) return true;
  if (typeof harapan === "number") return typeof aktual === "number" && Math.abs(aktual - harapan) <= 1e-9;
  return aktual === harapan;
}

const L = "Uji";

/** The formulas of one case row: A realisasi, B target, C polaritas of row `b`; columns D..K. */
export function rumusBarisCapaian(b: Pembangun, aturan: Polaritas, p: string | null, baris = 1): string[] {
  const [A, B, C, D] = ["A", "B", "C", "D"].map((k) => `${k}${baris}`);
  return [
    b.rumusCapaian(A, B, C, aturan),
    b.rumusPredikat(D),
    b.rumusStatusDariCapaian(D),
    b.rumusMeleset(A, B, C),
    b.rumusMeleset(A, B, JSON.stringify(p ?? "")),
    b.rumusMelesetDariCapaian(D),
    b.rumusTercapaiDariCapaian(D),
    // As Tandai Capaian writes the flag: with the add-in's marker term.
    b.rumusBertanda(b.rumusMeleset(A, B, C), "IKU-Kinerja"),
  ];
}

/** Each case's cells: A realisasi, B target, C polaritas; D..K the formulas. */
function bukuCapaian(b: Pembangun, aturan: Polaritas, p: string | null): BukuUji {
  const buku = new BukuUji();
  const rumus = rumusBarisCapaian(b, aturan, p);
  rumus.forEach((r, i) => buku.tulis(L, `${"DEFGHIJK"[i]}1`, { rumus: `=${r}` }));
  return buku;
}

/** The disagreements over `kasus`, stopping after `batas` of them. */
export function selisihCapaian(
  kasus: readonly KasusCapaian[],
  b: Pembangun = PEMBANGUN_ASLI,
  batas = Infinity,
): string[] {
  const salah: string[] = [];
  const bukuPer = new Map<string, BukuUji>();
  for (const k of kasus) {
    if (salah.length >= batas) break;
    const kunci = `${k.aturan}|${k.p}`;
    if (!bukuPer.has(kunci)) bukuPer.set(kunci, bukuCapaian(b, k.aturan, k.p));
    const buku = bukuPer.get(kunci)!;
    buku.tulis(L, "A1", k.r);
    buku.tulis(L, "B1", k.t);
    buku.tulis(L, "C1", k.p);
    const nilai = (a: string) => buku.nilai(L, a);
    const periksa = (a: string, harapan: Harapan, tegas: boolean, apa: string) => {
      const v = nilai(a);
      if (!cocok(v, harapan, tegas))
        salah.push(`${apa} untuk ${JSON.stringify(k)}: rumus ${tampil(v)}, domain ${String(harapan)}`);
    };

    const rr = bacaAngka(k.r);
    const tt = bacaAngka(k.t);
    const pp = bacaPolaritas(k.p);
    const tegas =
      (typeof k.r === "number" || k.r === null) &&
      (typeof k.t === "number" || k.t === null) &&
      pp === k.aturan;
    let capaian: Harapan = GALAT;
    let status: Harapan = GALAT;
    if (rr === KOSONG || tt === KOSONG) capaian = status = "";
    else if (!adalahGalat(rr) && !adalahGalat(tt) && !adalahGalat(pp)) {
      const c = hitungCapaian(rr, tt, pp);
      const s = statusCapaian(rr, tt, pp);
      capaian = adalahGalat(c) ? GALAT : c;
      status = adalahGalat(s) ? GALAT : s;
    }
    periksa("D1", capaian, tegas, "capaian");

    // Predikat and status follow the capaian cell, whatever it holds.
    const c = nilai("D1");
    if (typeof c === "number") {
      periksa("E1", predikat(c), true, "predikat");
      periksa("F1", status, true, "status");
      periksa("I1", !tercapai(c), true, "meleset dari capaian");
      periksa("J1", tercapai(c), true, "tercapai dari capaian");
    } else {
      periksa("E1", c === "" ? "" : GALAT, true, "predikat");
      periksa("F1", c === "" ? "" : GALAT, true, "status");
      periksa("I1", false, true, "meleset dari capaian");
      periksa("J1", false, true, "tercapai dari capaian");
    }
    // The flag reads realisation and target directly: only two typed numbers can be missed.
    const meleset = typeof k.r === "number" && typeof k.t === "number" && status === "Tidak Tercapai";
    periksa("G1", meleset, true, "meleset");
    periksa("H1", meleset, true, "meleset (polaritas tertulis)");
    periksa("K1", meleset, true, "meleset bertanda");
  }
  return salah;
}

export interface KasusAgregat {
  triwulan: Isi[];
  jenis: Agregasi;
}

export function selisihAgregat(kasus: readonly KasusAgregat[], b: Pembangun = PEMBANGUN_ASLI): string[] {
  const salah: string[] = [];
  for (const { triwulan, jenis } of kasus) {
    const buku = new BukuUji();
    const sel = triwulan.map((_, i) => `${String.fromCharCode(65 + i)}1`);
    triwulan.forEach((v, i) => buku.tulis(L, sel[i], v));
    const v = buku.hitung(b.rumusAgregat(sel, jenis), L);
    const h = agregat([triwulan], jenis);
    const tegas = triwulan.every((x) => typeof x === "number" || x === null);
    if (!cocok(v, adalahGalat(h) ? GALAT : h, tegas))
      salah.push(
        `agregat ${jenis} ${JSON.stringify(triwulan)}: rumus ${tampil(v)}, domain ${JSON.stringify(h)}`,
      );
  }
  return salah;
}
