/**
 * The one module that builds Excel formulas. English, comma-separated syntax (what Office.js
 * `formulas` and conditional-format rules expect in every locale), WITHOUT the leading "=":
 * cells add it, conditional-format rules use the expression as is. Arguments are A1 references
 * (possibly sheet-qualified, see alamat.ts) or literals; pass references, since an argument may
 * appear several times in the result.
 *
 * The rules are those of IKU.CAPAIAN / IKU.PREDIKAT / IKU.STATUS (src/domain): blank stays blank,
 * polarity per row, zero target, floor at 0, rounding to 4 decimals before any threshold.
 */
import { KATA_POLARITAS } from "../domain/polaritas";
import { Agregasi } from "../domain/types";

// The same words IKU.CAPAIAN reads; Excel and LibreOffice compare text without regard to case.
const KATA_POSITIF = KATA_POLARITAS.positif;
const KATA_NEGATIF = KATA_POLARITAS.negatif;
const KATA_RASIO = KATA_POLARITAS.negatif_rasio;

/** The five predikat levels, lower-inclusive, highest first. */
export const TINGKAT_PREDIKAT: ReadonlyArray<readonly [number, string]> = [
  [0.91, "Sangat Tinggi"],
  [0.76, "Tinggi"],
  [0.66, "Sedang"],
  [0.51, "Rendah"],
];
export const PREDIKAT_TERENDAH = "Sangat Rendah";

/**
 * The test "p is one of these words". A quoted literal polarity ("\"negatif\"") is decided here,
 * so a rule on a table without a polarity column stays short.
 */
function salahSatu(p: string, kata: readonly string[]): string {
  const literal = /^"(.*)"$/.exec(p);
  if (literal) return kata.includes(literal[1].trim().toLowerCase()) ? "TRUE" : "FALSE";
  // OR over an array constant works without array entry in Excel and LibreOffice alike.
  return kata.length === 1 ? `${p}="${kata[0]}"` : `OR(${p}={${kata.map((k) => `"${k}"`).join(",")}})`;
}

/** IF(syarat, ya, tidak), folded when the condition is already known. */
function jika(syarat: string, ya: string, tidak: string): string {
  if (syarat === "TRUE") return ya;
  if (syarat === "FALSE") return tidak;
  return `IF(${syarat},${ya},${tidak})`;
}

const atau = (a: string, b: string): string => {
  if (a === "TRUE" || b === "TRUE") return "TRUE";
  if (a === "FALSE") return b;
  return b === "FALSE" ? a : `OR(${a},${b})`;
};

/** A blank polarity means the default, positif. */
const positif = (p: string): string => salahSatu(p, ["", ...KATA_POSITIF]);
const negatif = (p: string): string => salahSatu(p, KATA_NEGATIF);
const rasio = (p: string): string => salahSatu(p, KATA_RASIO);

/** A number as is; text goes through VALUE, so "abc" is #VALUE!, never a silent 0. */
const angka = (x: string): string => `IF(ISNUMBER(${x}),${x},VALUE(${x}))`;

/** A blank or spaces-only cell is "not yet reported". */
const kosong = (x: string): string => `TRIM(${x})=""`;

/**
 * Capaian before the floor, for numeric r and t, as src/domain/capaian.ts computes it. Every case
 * no rule defines (a zero target that is not "lower is better with realisation 0", a negative
 * target, a ratio against a realisation of 0 or less, an unknown polarity) is NA(): a plain
 * formula cannot carry a message, and #N/A reads as "no value" rather than a bare #DIV/0! or a
 * misleading 0%. `rasioNol` is the ratio's value at realisation 0 (NA(), or 1 for a verdict).
 */
function inti(r: string, t: string, p: string, rasioNol = "NA()"): string {
  const lebihKecil = atau(negatif(p), rasio(p));
  const nolNol = jika(lebihKecil, `IF(AND(${t}=0,${r}=0),1,NA())`, "NA()");
  const menurutPolaritas = jika(
    positif(p),
    `${r}/${t}`,
    jika(
      negatif(p),
      `(2*${t}-${r})/${t}`,
      jika(
        rasio(p),
        rasioNol === "NA()"
          ? `IF(${r}>0,${t}/${r},NA())`
          : `IF(${r}>0,${t}/${r},IF(${r}=0,${rasioNol},NA()))`,
        "NA()",
      ),
    ),
  );
  return `IF(${t}<=0,${nolNol},${menurutPolaritas})`;
}

/**
 * Capaian as a fraction (1 = 100%), "" while realisation or target is blank.
 *
 * @example rumusCapaian("K7", "H7", "F7") // 'IF(OR(TRIM(K7)="",TRIM(H7)=""),"",MAX(0,…))'
 */
export function rumusCapaian(realisasi: string, target: string, polaritas: string): string {
  return capaian(realisasi, target, polaritas);
}

function capaian(realisasi: string, target: string, polaritas: string, rasioNol?: string): string {
  return (
    `IF(OR(${kosong(realisasi)},${kosong(target)}),"",` +
    `MAX(0,${inti(angka(realisasi), angka(target), polaritas, rasioNol)}))`
  );
}

/** Predikat from a capaian cell, rounded to two decimals of a percent first (9.1/10 is 0.91). */
export function rumusPredikat(capaian: string): string {
  const c = `ROUND(${capaian},4)`;
  const tingkat = TINGKAT_PREDIKAT.reduceRight<string>(
    (lain, [batas, nama]) => `IF(${c}>=${batas},"${nama}",${lain})`,
    `"${PREDIKAT_TERENDAH}"`,
  );
  return `IF(${kosong(capaian)},"",${tingkat})`;
}

/** "Tercapai" / "Tidak Tercapai" from a capaian cell; "" while it is blank. */
export function rumusStatusDariCapaian(capaian: string): string {
  return `IF(${kosong(capaian)},"",IF(ROUND(${capaian},4)>=1,"Tercapai","Tidak Tercapai"))`;
}

/**
 * "Tercapai" / "Tidak Tercapai" / "": tercapai iff the capaian rounded to 4 decimals is ≥ 1. Like
 * statusCapaian, a ratio against realisation 0 is Tercapai (capped at 1, the verdict is clear).
 */
export function rumusStatus(realisasi: string, target: string, polaritas: string): string {
  return rumusStatusDariCapaian(`(${capaian(realisasi, target, polaritas, "1")})`);
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
  { kata: ["", ...KATA_POSITIF], awal: 0, kali: 1, pangkat: 1 },
  { kata: KATA_NEGATIF, awal: 2, kali: -1, pangkat: 1 },
  { kata: KATA_RASIO, awal: 0, kali: 1, pangkat: -1 },
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
      (k.kata as readonly string[]).includes(literal[1].trim().toLowerCase()),
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

/** TRUE when realisation and target are numbers and the target is met. */
export function rumusTercapai(realisasi: string, target: string, polaritas: string): string {
  return bandingkan(realisasi, target, polaritas, ">=1");
}

/**
 * The capaian rules rewritten on q = r/t so that a rule stays short: (2t−r)/t is 2−q and t/r is
 * 1/q. Where r = t the capaian of a "lower is better" row is exactly 1, which also covers the
 * one defined zero-target case (r = t = 0); every other zero target divides by zero and IFERROR
 * makes it FALSE, as the cell formula's NA() would. A ratio against realisation 0 counts as met,
 * as in rumusStatus. The floor at 0 cannot change a comparison with 1, so it is left out.
 */
function bandingkan(r: string, t: string, p: string, uji: string): string {
  const q = `${r}/${t}`;
  const nilai = jika(
    positif(p),
    q,
    jika(negatif(p), `IF(${r}=${t},1,2-${q})`, jika(rasio(p), `IF(${r}<0,NA(),IF(${r},1/(${q}),1))`, "NA()")),
  );
  return `AND(COUNT(${r},${t})=2,${t}>=0,IFERROR(ROUND(${nilai},4)${uji},FALSE))`;
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
 * The year's value from the quarter cells, as AGREGAT computes it: blank (or spaces-only) quarters
 * are skipped, a number typed as text counts, unreadable text is #VALUE!; "" while none is filled.
 * Cell by cell, because SUM, AVERAGE and LOOKUP over a range would skip a text number silently.
 *
 * @example rumusAgregat(["K6", "L6", "M6", "N6"], "akhir") // 'IF((TRIM(K6)<>"")+…=0,"",…)'
 */
export function rumusAgregat(triwulan: readonly string[], jenis: Agregasi): string {
  const terisi = (x: string): string => `TRIM(${x})<>""`;
  const banyak = triwulan.map((x) => `(${terisi(x)})`).join("+");
  const jumlah = triwulan.map((x) => `IF(${terisi(x)},${angka(x)},0)`).join("+");
  const akhir = triwulan.reduce((lain, x) => `IF(${terisi(x)},${angka(x)},${lain})`, '""');
  const nilai: Record<Agregasi, string> = {
    jumlah,
    // 0*(jumlah) passes on the #VALUE! of an unreadable earlier quarter, as AGREGAT does.
    akhir: `${akhir}+0*(${jumlah})`,
    "rata-rata": `(${jumlah})/(${banyak})`,
  };
  return `IF(${banyak}=0,"",${nilai[jenis]})`;
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
  return `IF(${kosong(rujukan)},"",${rujukan})`;
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
