/**
 * Tabel 3.8: realisasi N against a national, provincial or minimum-service standard, read the
 * polarity's way: for a lower-is-better indicator a realisasi below the standard is above it.
 */
import type { IndikatorLaporan, Isian } from "./lkjip";
import { satuanBulat } from "./pembulatan";
import { DESIMAL_TREN } from "./tren";
import { Polaritas, Standar, TingkatStandar } from "./types";

/** The words of Tabel 3.8's Keterangan. */
export const KATA_STANDAR = {
  diAtas: "Di Atas Standar",
  sama: "Sama dengan Standar",
  diBawah: "Di Bawah Standar",
} as const;
export type KeteranganStandar = (typeof KATA_STANDAR)[keyof typeof KATA_STANDAR];

/** The one row of Tabel 3.8 when no indicator of the catalog has a standard. */
export const TEKS_TANPA_STANDAR =
  "Tidak ada indikator kinerja yang memiliki standar nasional, provinsi atau SPM.";

/**
 * Where a realisation stands against a standard; values equal to DESIMAL_TREN decimals are the same.
 *
 * @example bandingStandar(0.036, 0.03, "negatif") // "Di Bawah Standar"
 */
export function bandingStandar(realisasi: number, standar: number, polaritas: Polaritas): KeteranganStandar {
  if (satuanBulat(realisasi - standar, DESIMAL_TREN) === 0) return KATA_STANDAR.sama;
  return realisasi > standar === (polaritas === "positif") ? KATA_STANDAR.diAtas : KATA_STANDAR.diBawah;
}

export interface Baris38 {
  no: number;
  indikator: string;
  realisasi: Isian;
  standar: number;
  tingkat: TingkatStandar;
  sumber: string;
  /** Blank while realisasi N is blank. */
  keterangan: KeteranganStandar | "";
}

/**
 * Tabel 3.8 for year `n`: only the indicators with a standard, numbered among themselves; an
 * empty list means the table shows TEKS_TANPA_STANDAR.
 *
 * @example hitungStandar([], 2025) // []
 */
export function hitungStandar(indikator: readonly IndikatorLaporan[], n: number): Baris38[] {
  return indikator
    .filter((ind): ind is IndikatorLaporan & { standar: Standar } => ind.standar !== undefined)
    .map((ind, i) => {
      const realisasi = ind.realisasi[n] ?? null;
      return {
        no: i + 1,
        indikator: ind.nama,
        realisasi,
        standar: ind.standar.nilai,
        tingkat: ind.standar.tingkat,
        sumber: ind.standar.sumber,
        keterangan: realisasi === null ? "" : bandingStandar(realisasi, ind.standar.nilai, ind.polaritas),
      };
    });
}
