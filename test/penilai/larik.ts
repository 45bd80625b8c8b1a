/** Array helpers: Excel's broadcasting of arrays of different sizes, element by element. */
import { GalatExcel, Hasil, Larik, Skalar, galatX } from "./nilai";

/** Reads the cells of a reference; the evaluator supplies it. */
export type Baca = (h: Hasil) => Skalar | Larik;

export const keLarik = (v: Skalar | Larik): Larik => (v instanceof Larik ? v : new Larik([[v]]));

/**
 * Applies f element by element. A single value, a single row or a single column stretches to the
 * other operands' size; beyond an operand's size the element is #N/A, as in Excel.
 */
export function peta(args: (Skalar | Larik)[], f: (...xs: Skalar[]) => Skalar): Skalar | Larik {
  if (args.every((a) => !(a instanceof Larik))) return f(...(args as Skalar[]));
  const lr = args.map(keLarik);
  const tinggi = Math.max(...lr.map((l) => l.tinggi));
  const lebar = Math.max(...lr.map((l) => l.lebar));
  const ambil = (l: Larik, b: number, k: number): Skalar => {
    const bb = l.tinggi === 1 ? 0 : b;
    const kk = l.lebar === 1 ? 0 : k;
    return bb < l.tinggi && kk < l.lebar ? l.baris[bb][kk] : galatX("#N/A");
  };
  return new Larik(
    Array.from({ length: tinggi }, (_, b) =>
      Array.from({ length: lebar }, (_, k) => f(...lr.map((l) => ambil(l, b, k)))),
    ),
  );
}

/** Every element of a value, row by row. */
export const unsur = (v: Skalar | Larik): Skalar[] => (v instanceof Larik ? v.baris.flat() : [v]);

/** The first error among values, if any (Excel reports the leftmost). */
export const galatPertama = (xs: unknown[]): GalatExcel | undefined =>
  xs.find((x): x is GalatExcel => x instanceof GalatExcel);

/** Refuses a call with too few or too many arguments, as Excel refuses to enter it. */
export function jumlahArg(arg: Hasil[], [min, max]: [number, number]): void {
  if (arg.length < min || arg.length > max)
    throw new Error(`Banyak argumen ${arg.length} di luar ${min}..${max}`);
}
