/**
 * The one module that builds Excel formulas. English, comma-separated syntax (what Office.js
 * `formulas` and conditional-format rules expect in every locale), WITHOUT the leading "=":
 * cells add it, conditional-format rules use the expression as is. Arguments are A1 references
 * (possibly sheet-qualified, see alamat.ts) or literals; pass references, since an argument may
 * appear several times in the result.
 *
 * The rules are those of IKU.CAPAIAN / IKU.PREDIKAT / IKU.STATUS (src/domain): blank stays blank,
 * polarity per row, zero target, floor at 0, rounding to 4 decimals before any threshold. Each
 * formula stays short enough (at most 200 characters) for a planner or an inspector to check by hand.
 */
import { KATA_STATUS } from "../domain/capaian";
import { KATA_POLARITAS } from "../domain/polaritas";
import { PREDIKAT_TERENDAH, SKALA_PREDIKAT } from "../domain/predikat";
import { Agregasi, Polaritas } from "../domain/types";
import { rentang } from "./alamat";

const daftar = (kata: readonly string[]): string => `{${kata.map((k) => `"${k}"`).join(",")}}`;

/** The words of one polarity class; a blank polarity cell counts as positif. */
const kataKelas = (p: Polaritas): readonly string[] =>
  p === "positif" ? ["", ...KATA_POLARITAS.positif] : KATA_POLARITAS[p];

/** "The polarity cell holds one of these words", case-insensitive as Excel compares text. */
export function polaritasIalah(sel: string, p: Polaritas): string {
  const kata = kataKelas(p);
  return kata.length === 1 ? `${sel}="${kata[0]}"` : `OR(${sel}=${daftar(kata)})`;
}

/**
 * The capaian rule of one polarity for a number r and a target t, as src/domain/capaian.ts
 * computes it. N(t)>0 reads "the target is a positive number": a target typed as text or below
 * zero is #N/A, never a number. Target 0 is defined only for lower-is-better with realisasi 0 (100%).
 */
export function aturan(r: string, t: string, p: Polaritas): string {
  const nolNol = `IF(AND(${r}=0,${t}=0),1,NA())`;
  if (p === "positif") return `IF(N(${t})>0,MAX(0,${r}/${t}),NA())`;
  if (p === "negatif") return `IF(N(${t})>0,MAX(0,2-${r}/${t}),${nolNol})`;
  return `IF(AND(N(${t})>0,${r}>0),${t}/${r},${nolNol})`;
}

/**
 * Capaian as a fraction (1 = 100%), "" while realisation or target is blank, by the rule of the
 * row's polarity `p` (chosen when the plan is built). Realisation and target must be numbers
 * (COUNT counts neither text nor TRUE/FALSE, which Excel would read as 1 or by its own locale),
 * else #N/A. The polarity
 * cell is still read: while it holds a word of that polarity (any alias, any case) the rule
 * applies; a word of another polarity makes the cell #N/A, so a retyped polarity never yields a
 * number computed by the wrong rule. `realisasiRumus`: the realisation is a formula of ours that
 * gives only a number, "" or an error (the Triwulan year value); the COUNT guard is left out, to
 * stay within 200 characters with a target on another sheet, and N() still refuses a text target.
 *
 * @example rumusCapaian("L6", "I6", "G6", "positif")
 * // 'IF(OR(L6="",I6=""),"",IF(AND(COUNT(L6,I6)=2,OR(G6={"","positif","+","naik"})),IF(N(I6)>0,MAX(0,L6/I6),NA()),NA()))'
 */
export function rumusCapaian(
  realisasi: string,
  target: string,
  polaritas: string,
  p: Polaritas,
  realisasiRumus = false,
): string {
  const syarat = realisasiRumus
    ? polaritasIalah(polaritas, p)
    : `AND(COUNT(${realisasi},${target})=2,${polaritasIalah(polaritas, p)})`;
  return `IF(OR(${realisasi}="",${target}=""),"",IF(${syarat},${aturan(realisasi, target, p)},NA()))`;
}

/** Predikat from a capaian cell, on the capaian rounded to two decimals of a percent (SKALA_PREDIKAT). */
export function rumusPredikat(capaian: string): string {
  const naik = [...SKALA_PREDIKAT].reverse();
  const batas = ["0", ...naik.map(([b]) => String(b / 10000))];
  const nama = [PREDIKAT_TERENDAH, ...naik.map(([, n]) => n)];
  return `IF(${capaian}="","",LOOKUP(ROUND(${capaian},4),{${batas.join(",")}},${daftar(nama)}))`;
}

/** "Tercapai" / "Tidak Tercapai" from a capaian cell; "" while it is blank. */
export function rumusStatusDariCapaian(capaian: string): string {
  const { tercapai, tidakTercapai } = KATA_STATUS;
  return `IF(${capaian}="","",IF(ROUND(${capaian},4)>=1,"${tercapai}","${tidakTercapai}"))`;
}

/**
 * TRUE when realisation and target are numbers and the target is missed; FALSE for blanks,
 * texts and errors (a zero or negative target, an unknown polarity). For a conditional-format
 * rule, which Excel refuses beyond 255 characters: each of realisation and target appears at most
 * three times and the polarity once, so even at XFD1048576 the rule stays under (see KELAS_POLARITAS).
 */
export function rumusMeleset(realisasi: string, target: string, polaritas: string): string {
  // Dividing floored values: a target of 0 or less divides by zero (never missed: the domain has
  // no capaian there, or exactly 1 at r = t = 0), and so does a ratio against a realisation ≤ 0.
  const m = `(MAX(${realisasi},0)/MAX(${target},0))`;
  // An error gives 0, FALSE to AND: four characters fewer than FALSE, which the limit needs.
  return `AND(COUNT(${realisasi},${target})=2,IFERROR(ROUND(${capaianKelas(m, polaritas)},4)<1,0))`;
}

/**
 * The polarity classes in the order of the word list below, with capaian written on m = r/t (r
 * floored at 0, t > 0): positif m, negatif 2 − m, negatif_rasio 1/m. The floor changes no verdict
 * of positif (already missed) or negatif (already met), and turns a ratio against a realisation
 * of 0 or less into a division by zero, that is FALSE, as the domain's #N/A or 1 are.
 */
const KELAS_POLARITAS = [
  { kata: kataKelas("positif"), awal: 0, kali: 1, pangkat: 1 },
  { kata: KATA_POLARITAS.negatif, awal: 2, kali: -1, pangkat: 1 },
  { kata: KATA_POLARITAS.negatif_rasio, awal: 0, kali: 1, pangkat: -1 },
] as const;

const larik = (xs: readonly (string | number)[]): string =>
  `{${xs.map((x) => (typeof x === "string" ? `"${x}"` : x)).join(",")}}`;

/**
 * Capaian of class k as one expression of m: {awal} + {kali}·m^{pangkat}, element k picked by INDEX.
 * The class is the position of the polarity among the words (MATCH on TRUE, so no wildcards),
 * mapped to its class by the first position of each class. A quoted literal is decided here.
 */
function capaianKelas(m: string, p: string): string {
  const literal = /^"(.*)"$/.exec(p);
  if (literal) {
    const kelas = KELAS_POLARITAS.find((k) =>
      (k.kata as readonly string[]).includes(literal[1].toLowerCase()),
    );
    if (!kelas) return "NA()";
    const suku = kelas.pangkat === 1 ? m : `1/${m}`;
    return kelas.awal === 0 ? suku : `${kelas.awal}-${suku}`;
  }
  const kata = KELAS_POLARITAS.flatMap((k) => k.kata);
  const mulai = KELAS_POLARITAS.map(
    (_, i) => 1 + KELAS_POLARITAS.slice(0, i).reduce((n, k) => n + k.kata.length, 0),
  );
  const kolom = (f: (k: (typeof KELAS_POLARITAS)[number]) => number) => larik(KELAS_POLARITAS.map(f));
  const nilai = `${kolom((k) => k.awal)}+${kolom((k) => k.kali)}*${m}^${kolom((k) => k.pangkat)}`;
  const kelas = `MATCH(MATCH(TRUE,${p}=${larik(kata)},0),${larik(mulai)})`;
  return `INDEX(${nilai},${kelas})`;
}

/** Flag from a capaian cell (the IKU sheet has one): TRUE when it is a number below 1. */
export function rumusMelesetDariCapaian(capaian: string): string {
  return `AND(ISNUMBER(${capaian}),IFERROR(ROUND(${capaian},4)<1,FALSE))`;
}

/** Flag from a capaian cell: TRUE when it is a number of at least 1. */
export function rumusTercapaiDariCapaian(capaian: string): string {
  return `AND(ISNUMBER(${capaian}),IFERROR(ROUND(${capaian},4)>=1,FALSE))`;
}

/**
 * The year's value from the quarter cells (one row, in order), as AGREGAT computes it; "" while
 * none is filled. A quarter that is not a number (text, a number typed as text, an error) makes
 * the value #N/A: SUM and AVERAGE would skip it silently.
 *
 * @example rumusAgregat(["E6", "F6", "G6", "H6"], "jumlah") // 'IF(COUNTA(E6:H6)=0,"",IF(COUNT(E6:H6)<COUNTA(E6:H6),NA(),SUM(E6:H6)))'
 */
export function rumusAgregat(triwulan: readonly string[], jenis: Agregasi): string {
  return denganPenjagaTriwulan(triwulan, nilaiAgregat(triwulan)[jenis]);
}

/** Each aggregation of the quarter cells, as an expression valid once they are all numbers. */
function nilaiAgregat(triwulan: readonly string[]): Record<Agregasi, string> {
  const r = rentang(triwulan[0], triwulan[triwulan.length - 1]);
  return {
    jumlah: `SUM(${r})`,
    // The last filled quarter: TW IV if filled, else TW III, ... (past the guard all are numbers).
    akhir: triwulan.slice(1).reduce((lain, x) => `IF(${x}<>"",${x},${lain})`, triwulan[0]),
    "rata-rata": `AVERAGE(${r})`,
  };
}

/** "" while no quarter is filled, #N/A while one is not a number, else `nilai`. */
function denganPenjagaTriwulan(triwulan: readonly string[], nilai: string): string {
  const r = rentang(triwulan[0], triwulan[triwulan.length - 1]);
  return `IF(COUNTA(${r})=0,"",IF(COUNT(${r})<COUNTA(${r}),NA(),${nilai}))`;
}

/** The aggregations by their code 1, 2, 3: the number an Agregasi cell holds (rumusAgregatKode). */
export const KODE_AGREGASI: readonly Agregasi[] = ["jumlah", "akhir", "rata-rata"];

/**
 * The year's value from the quarter cells by the aggregation whose code (KODE_AGREGASI) the cell
 * `kode` holds: the same formula on every row, so a column is written once. A code other than
 * 1, 2 or 3, or a text, is an error; the rules are rumusAgregat's.
 *
 * @example rumusAgregatKode(["E6", "F6", "G6", "H6"], "$D6")
 * // 'IF(COUNTA(E6:H6)=0,"",IF(COUNT(E6:H6)<COUNTA(E6:H6),NA(),CHOOSE($D6,SUM(E6:H6),IF(H6<>"",H6,IF(G6<>"",G6,IF(F6<>"",F6,E6))),AVERAGE(E6:H6))))'
 */
export function rumusAgregatKode(triwulan: readonly string[], kode: string): string {
  const nilai = nilaiAgregat(triwulan);
  return denganPenjagaTriwulan(triwulan, `CHOOSE(${kode},${KODE_AGREGASI.map((j) => nilai[j]).join(",")})`);
}

/**
 * A rule the add-in can recognise as its own without storing anything in the user's cells:
 * N("text") is 0 in Excel and LibreOffice, so the term changes no result.
 *
 * @example rumusBertanda("E5<D5", "IKU-Kinerja") // 'AND(E5<D5,N("IKU-Kinerja")=0)'
 */
export function rumusBertanda(rumus: string, penanda: string): string {
  const tanda = `N("${penanda.replace(/"/g, '""')}")=0`;
  // An AND around the whole rule takes the term as one more argument: 5 characters fewer.
  return andLuar(rumus) ? `${rumus.slice(0, -1)},${tanda})` : `AND(${rumus},${tanda})`;
}

/** Whether the expression is one AND(...) call from its first character to its last. */
function andLuar(rumus: string): boolean {
  if (!rumus.startsWith("AND(")) return false;
  let dalam = 0;
  let teks = false;
  for (let i = 3; i < rumus.length; i++) {
    const c = rumus[i];
    if (c === '"') teks = !teks;
    else if (!teks && c === "(") dalam++;
    else if (!teks && c === ")" && --dalam === 0) return i === rumus.length - 1;
  }
  return false;
}

/** Another cell's value, blank while it is blank (a plain reference would show 0). */
export function rumusSalin(rujukan: string): string {
  return `IF(TRIM(${rujukan})="","",${rujukan})`;
}

/** How many cells of a range hold exactly this text. */
export function rumusBanyakTeks(rentang: string, teks: string): string {
  return `COUNTIF(${rentang},"${teks.replace(/"/g, '""')}")`;
}

/** How many cells of a range hold none of these texts (blank, error, or anything else). */
export function rumusBanyakSelain(rentang: string, daftarTeks: string[]): string {
  return [`ROWS(${rentang})*COLUMNS(${rentang})`, ...daftarTeks.map((t) => rumusBanyakTeks(rentang, t))].join(
    "-",
  );
}
