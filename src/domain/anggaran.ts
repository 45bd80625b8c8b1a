import { Galat, nilaiSalah } from "./galat";
import { PESAN } from "./pesan";

/** The words of Tabel 3.4's Keterangan: an efficiency of 0 or more is Efisien. */
export const KETERANGAN_EFISIENSI = { efisien: "Efisien", tidakEfisien: "Tidak Efisien" } as const;

/**
 * Budget absorption (serapan) as a fraction: realisasi anggaran / pagu. A pagu of 0 or below has
 * no absorption; a negative realisation is a typing error.
 *
 * @example hitungSerapan(850_000_000, 1_000_000_000) // 0.85
 */
export function hitungSerapan(realisasi: number, pagu: number): number | Galat {
  if (!(pagu > 0)) return nilaiSalah(PESAN.paguTidakSah(pagu));
  if (realisasi < 0) return nilaiSalah(PESAN.realisasiAnggaranNegatif(realisasi));
  const s = realisasi / pagu;
  return s - s === 0 ? s : nilaiSalah(PESAN.serapanTerlaluBesar(realisasi, pagu));
}

/**
 * Tingkat efisiensi: capaian kinerja − serapan, in fractions (0.12 = 12 points). No regulation
 * fixes a formula for regional agencies; this is the difference method Tabel 3.4 names under it.
 *
 * @example hitungEfisiensi(1.05, 0.9) // 0.15
 */
export function hitungEfisiensi(capaianKinerja: number, serapan: number): number {
  const e = capaianKinerja - serapan;
  return e === 0 ? 0 : e; // Prevent negative zero
}

/** Efisien when the efficiency is 0 or more. */
export const keteranganEfisiensi = (efisiensi: number): string =>
  efisiensi >= 0 ? KETERANGAN_EFISIENSI.efisien : KETERANGAN_EFISIENSI.tidakEfisien;
