import { Galat, nilaiSalah } from "./galat";
import { PESAN } from "./pesan";
import { Polaritas } from "./types";

/**
 * The words a polarity may be written with. The workbook formulas (src/workbook/rumus.ts) accept
 * exactly these too, so a custom function and a plain formula never disagree on a row.
 */
export const KATA_POLARITAS: Readonly<Record<Polaritas, readonly string[]>> = {
  positif: ["positif", "+", "naik"],
  negatif: ["negatif", "-", "turun"],
  negatif_rasio: ["negatif_rasio"],
};

/**
 * Reads a polarity as a user writes it: `positif` / `+` / `naik`, `negatif` / `-` / `turun`,
 * `negatif_rasio`; case does not matter (as in an Excel comparison), stray spaces do, because the
 * workbook formulas cannot trim without outgrowing a conditional-format rule. A blank is `positif`,
 * because all indicators of the built-in catalog are "higher is better".
 *
 * @example bacaPolaritas("Turun") // "negatif"
 */
export function bacaPolaritas(v: unknown): Polaritas | Galat {
  if (v === null || v === undefined) return "positif";
  if (typeof v === "string") {
    const kunci = v.toLowerCase();
    if (kunci === "") return "positif";
    for (const p of Object.keys(KATA_POLARITAS) as Polaritas[]) {
      if (KATA_POLARITAS[p].includes(kunci)) return p;
    }
  }
  return nilaiSalah(PESAN.polaritasTakDikenal(v));
}
