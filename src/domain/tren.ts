import { satuanBulat } from "./pembulatan";
import { Polaritas } from "./types";

/**
 * A change smaller than half a unit of this decimal place is no change: binary noise such as
 * 0.1 + 0.2 − 0.3 is Tetap, as Excel's own comparison calls those values equal.
 */
export const DESIMAL_TREN = 10;

/** The words of a trend, as Tabel 3.2's Keterangan shows them. */
export const KATA_TREN = { membaik: "Membaik", memburuk: "Memburuk", tetap: "Tetap" } as const;
export type Tren = (typeof KATA_TREN)[keyof typeof KATA_TREN];

/**
 * Whether a value got better from last period to this one, read the polarity's way: higher is
 * better for `positif`, lower for `negatif` and `negatif_rasio`. Values equal to DESIMAL_TREN
 * decimal places are Tetap.
 *
 * @example hitungTren(37, 41, "positif") // "Membaik"
 */
export function hitungTren(lalu: number, kini: number, polaritas: Polaritas = "positif"): Tren {
  if (satuanBulat(kini - lalu, DESIMAL_TREN) === 0) return KATA_TREN.tetap;
  const naik = kini > lalu;
  return naik === (polaritas === "positif") ? KATA_TREN.membaik : KATA_TREN.memburuk;
}
