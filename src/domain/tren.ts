import { Polaritas } from "./types";

/** The words of a trend, as Tabel 3.2's Keterangan shows them. */
export const KATA_TREN = { membaik: "Membaik", memburuk: "Memburuk", tetap: "Tetap" } as const;
export type Tren = (typeof KATA_TREN)[keyof typeof KATA_TREN];

/**
 * Whether a value got better from last period to this one, read the polarity's way: higher is
 * better for `positif`, lower for `negatif` and `negatif_rasio`. Equal values are Tetap.
 *
 * @example hitungTren(37, 41, "positif") // "Membaik"
 */
export function hitungTren(lalu: number, kini: number, polaritas: Polaritas = "positif"): Tren {
  if (kini === lalu) return KATA_TREN.tetap;
  const naik = kini > lalu;
  return naik === (polaritas === "positif") ? KATA_TREN.membaik : KATA_TREN.memburuk;
}
