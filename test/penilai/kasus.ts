/** Inputs for the formula-versus-domain comparison: the e2e cases and the edges around each threshold. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KATA_POLARITAS } from "../../src/domain/polaritas";
import { SKALA_PREDIKAT } from "../../src/domain/predikat";
import { Agregasi, Polaritas } from "../../src/domain/types";
import { Isi, KasusAgregat, KasusCapaian } from "./banding-domain";

interface KasusJson {
  fn: string;
  args: unknown[];
}
const CASES: KasusJson[] = JSON.parse(readFileSync(join(__dirname, "..", "e2e", "cases.json"), "utf8"));

const skalar = (x: unknown): x is Isi => x === null || typeof x === "number" || typeof x === "string";

/** Every polarity word in several cases, blank, stray spaces and an unknown word. */
export const POLARITAS: (string | null)[] = [
  ...new Set([
    null,
    "",
    ...Object.values(KATA_POLARITAS).flatMap((kata) =>
      kata.flatMap((k) => [k, k.toUpperCase(), k[0].toUpperCase() + k.slice(1)]),
    ),
    " positif",
    "turun ",
    "aneh",
    "positive",
  ]),
];

export const ATURAN: Polaritas[] = ["positif", "negatif", "negatif_rasio"];

/** Capaian values on and around each predikat bound and 100%, where rounding to 4 decimals decides. */
const BATAS = [...SKALA_PREDIKAT.map(([b]) => b / 10000), 1];
const DEKAT = BATAS.flatMap((b) => [b, b - 0.00005, b - 0.000051, b - 0.0000499, b + 0.00001, b - 0.0001]);

/** Realisation and target that give capaian c under each rule, at two target scales. */
function kasusDekat(c: number): KasusCapaian[] {
  return [1, 71.5].flatMap((t) =>
    ATURAN.map((aturan, i): KasusCapaian => {
      const r = [c * t, (2 - c) * t, t / c][i];
      // The rule's own words in turn, so each alias meets the thresholds too.
      const kata = [null, ...KATA_POLARITAS[aturan]];
      return { r, t, p: kata[Math.round(c * 1e6) % kata.length], aturan };
    }),
  );
}

/** The e2e pairs: blanks, zero and negative targets, text, values at 100%. */
const PASANGAN_E2E: [Isi, Isi][] = [
  [0.45, 0.41],
  [0.3, 0.41],
  [null, 0.41],
  [0.41, null],
  [null, null],
  [0, 0],
  [5, 0],
  [0, 5],
  [10, 5],
  [5, 10],
  ["45", 50],
  ["abc", 5],
  [5, "abc"],
  [-3, 5],
  [-3, 0],
  [0, -2],
  [3, -2],
  [-3, -2],
  [" ", 4],
  [4, " "],
  ["", 4],
  [83.5, 82.97],
  [150, 250],
  [0.99995, 1],
  [0.99994, 1],
  [0.999949999, 1],
  [1.00005, 1],
  [12, 0.000001],
  [1e-12, 1],
];

/** The CAPAIAN and STATUS cases of cases.json with single values. */
const PASANGAN_JSON: [Isi, Isi][] = CASES.filter(
  (c) => (c.fn === "CAPAIAN" || c.fn === "STATUS") && c.args.slice(0, 2).every(skalar),
).map((c) => [c.args[0] as Isi, c.args[1] as Isi]);

const kasus = (pasangan: [Isi, Isi][], polaritas: (string | null)[]): KasusCapaian[] =>
  polaritas.flatMap((p) => pasangan.flatMap(([r, t]) => ATURAN.map((aturan) => ({ r, t, p, aturan }))));

export const KASUS_CAPAIAN: KasusCapaian[] = [
  ...kasus([...PASANGAN_E2E, ...PASANGAN_JSON], POLARITAS),
  ...DEKAT.flatMap(kasusDekat).filter((k) => k.p !== null || k.aturan === "positif"),
];

/** Capaian values for the predikat formula alone: the cases.json PREDIKAT numbers and the edges. */
export const CAPAIAN_PREDIKAT: number[] = [
  ...CASES.filter((c) => c.fn === "PREDIKAT" && typeof c.args[0] === "number").map(
    (c) => c.args[0] as number,
  ),
  ...DEKAT,
  0,
  1e-9,
  0.99995,
  0.9099999999999999,
];

/** Quarters as a planner may leave them: gaps, spaces, a number typed as text, unreadable text. */
export const TRIWULAN_PERENCANA: Isi[][] = [
  [0.1, 0.2, null, null],
  [null, null, null, null],
  [" ", null, " ", null],
  ["45", null, 10, null],
  [null, null, null, "7"],
  ["abc", 1, 2, 3],
  [1, 2, 3, "abc"],
  [-3, 0, null, 4],
  [0, 0, 0, 0],
  [82.97, null, 83.5, " "],
];

/** Those, with float noise, a lone quarter, an overflow, and every AGREGAT case of cases.json. */
export const TRIWULAN: Isi[][] = [
  ...TRIWULAN_PERENCANA,
  [0.1, 0.2, 0.3, null],
  [null, 5, null, null],
  [1e308, 1e308, null, null],
  ...CASES.filter((c) => c.fn === "AGREGAT").map((c) => (c.args[0] as Isi[][])[0]),
];
const JENIS: Agregasi[] = ["jumlah", "akhir", "rata-rata"];

export const KASUS_AGREGAT: KasusAgregat[] = TRIWULAN.flatMap((triwulan) =>
  JENIS.map((jenis) => ({ triwulan, jenis })),
);
