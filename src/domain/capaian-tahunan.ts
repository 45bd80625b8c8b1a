/** Tabel 3.7: realisasi and capaian of every year of the period up to N, after the kondisi awal. */
import { hitungCapaian } from "./capaian";
import type { IndikatorLaporan, Isian, NilaiLaporan } from "./lkjip";
import { Polaritas } from "./types";

/**
 * The CAPAIAN rule, blank while either input is blank.
 *
 * @example capaianAtauKosong(null, 10, "positif") // ""
 */
export function capaianAtauKosong(realisasi: Isian, target: Isian, polaritas: Polaritas): NilaiLaporan {
  if (realisasi === null || target === null) return "";
  return hitungCapaian(realisasi, target, polaritas);
}

export interface NilaiTahun {
  tahun: number;
  realisasi: Isian;
  capaian: NilaiLaporan;
}

export interface Baris37 {
  no: number;
  indikator: string;
  kondisiAwal: Isian;
  /** One entry per year from the period's first to N. */
  tahun: NilaiTahun[];
}

/**
 * Tabel 3.7 for the years `tahun` (the period's first year to N).
 *
 * @example hitungCapaianTahunan([ind], [2024, 2025])[0].tahun.map((t) => t.capaian) // [1.027..., 1.024...]
 */
export function hitungCapaianTahunan(
  indikator: readonly IndikatorLaporan[],
  tahun: readonly number[],
): Baris37[] {
  return indikator.map((ind, i) => ({
    no: i + 1,
    indikator: ind.nama,
    kondisiAwal: ind.kondisiAwal,
    tahun: tahun.map((y) => {
      const realisasi = ind.realisasi[y] ?? null;
      return {
        tahun: y,
        realisasi,
        capaian: capaianAtauKosong(realisasi, ind.target[y] ?? null, ind.polaritas),
      };
    }),
  }));
}
