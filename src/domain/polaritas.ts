import { Galat, nilaiSalah, tampilkan } from "./galat";
import { Polaritas } from "./types";

// A Map, so that keys like "constructor" never hit Object.prototype.
const ALIAS = new Map<string, Polaritas>(
  Object.entries({
    positif: "positif",
    "+": "positif",
    naik: "positif",
    positive: "positif",
    higher: "positif",
    "higher is better": "positif",
    "semakin besar semakin baik": "positif",
    "semakin tinggi semakin baik": "positif",
    negatif: "negatif",
    "-": "negatif",
    turun: "negatif",
    negative: "negatif",
    lower: "negatif",
    "lower is better": "negatif",
    "semakin kecil semakin baik": "negatif",
    "semakin rendah semakin baik": "negatif",
    "negatif rasio": "negatif_rasio",
    "negatif-rasio": "negatif_rasio",
    rasio: "negatif_rasio",
    "target/realisasi": "negatif_rasio",
    "negative ratio": "negatif_rasio",
  } as Record<string, Polaritas>),
);

/**
 * Reads a polarity as a user writes it: `positif` / `+` / `naik`, `negatif` / `-` / `turun`,
 * `negatif_rasio`; case, underscores and extra spaces do not matter. A blank is `positif`,
 * because all indicators of the built-in catalog are "higher is better".
 *
 * @example bacaPolaritas(" Turun ") // "negatif"
 */
export function bacaPolaritas(v: unknown): Polaritas | Galat {
  if (v === null || v === undefined) return "positif";
  if (typeof v === "string") {
    const kunci = v.toLowerCase().replace(/_/g, " ").replace(/\s+/g, " ").trim();
    if (kunci === "") return "positif";
    const p = ALIAS.get(kunci);
    if (p) return p;
  }
  return nilaiSalah(
    `polaritas ${tampilkan(v)} tidak dikenal. Isi dengan "positif" (atau "+", "naik"), ` +
      `"negatif" (atau "-", "turun") atau "negatif_rasio", atau kosongkan untuk positif.`,
  );
}
