import { Galat, nilaiSalah } from "./galat";
import { PESAN } from "./pesan";
import { satuanBulat } from "./pembulatan";

/** Lower bounds in hundredths of a percent (the five-level scale attributed to Permendagri 86/2017). */
export const SKALA_PREDIKAT: ReadonlyArray<readonly [number, string]> = [
  [9100, "Sangat Tinggi"],
  [7600, "Tinggi"],
  [6600, "Sedang"],
  [5100, "Rendah"],
];

/** Below the lowest bound of SKALA_PREDIKAT. */
export const PREDIKAT_TERENDAH = "Sangat Rendah";

/**
 * The predikat of a capaian (a fraction), lower-inclusive on the capaian rounded to two decimals
 * of a percent; above 100% stays Sangat Tinggi.
 *
 * @example predikat(9.1 / 10) // "Sangat Tinggi", although 9.1/10 is 0.9099999999999999
 */
export function predikat(capaian: number): string {
  const k = satuanBulat(capaian, 4);
  for (const [bawah, nama] of SKALA_PREDIKAT) if (k >= bawah) return nama;
  return PREDIKAT_TERENDAH;
}

/** Above this (1.000%) a capaian passed to PREDIKAT is almost surely a percent typed as a whole number. */
export const CAPAIAN_MASUKAN_MAKSIMUM = 10;

/**
 * The predikat of a capaian typed or passed by the user: above 1.000% it is refused, since 50 for
 * 50% would otherwise read as 5.000% and "Sangat Tinggi".
 *
 * @example predikatMasukan(50) // #VALUE!: maksud Anda 0,5 untuk 50%?
 */
export function predikatMasukan(capaian: number): string | Galat {
  if (capaian > CAPAIAN_MASUKAN_MAKSIMUM) return nilaiSalah(PESAN.capaianSepertiPersen(capaian));
  return predikat(capaian);
}

/** The highest IKM a survey can give (every answer 4). */
export const IKM_TERTINGGI = 100;

/** Lower bounds of the IKM in hundredths, with letter and name (PermenPAN-RB 14/2017). */
export const SKALA_MUTU: ReadonlyArray<readonly [number, string, string]> = [
  [8831, "A", "Sangat Baik"],
  [7661, "B", "Baik"],
  [6500, "C", "Kurang Baik"],
  [2500, "D", "Tidak Baik"],
];

/**
 * Mutu pelayanan of an IKM (25–100), on the IKM rounded to two decimals: 88,31 is A, 88,30 is B.
 *
 * @example mutuPelayanan(88.305, true) // "A (Sangat Baik)"
 */
export function mutuPelayanan(ikm: number, lengkap: boolean): string | Galat {
  const k = satuanBulat(ikm, 2);
  if (k > IKM_TERTINGGI * 100 || k < 2500) return nilaiSalah(PESAN.ikmDiLuarRentang(ikm));
  for (const [bawah, huruf, nama] of SKALA_MUTU)
    if (k >= bawah) return lengkap ? `${huruf} (${nama})` : huruf;
  return nilaiSalah(PESAN.ikmTakTergolong(ikm));
}
