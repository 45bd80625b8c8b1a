/**
 * The numbers of one table column written the Indonesian way with one number of decimals for the
 * whole column (83,10 next to 84,05), amounts in whole rupiah, shares as percentages.
 */
import { adalahGalat } from "../../domain/galat";
import { Isian, NilaiLaporan, perubahanDalamPoin } from "../../domain/lkjip";
import { angkaTetap, persenDokumen } from "../../domain/tulis-angka";
import { TEKS } from "./teks-draf";

const MAKS_DESIMAL = 2;

/** The fewest decimals (at most two) that keep every number of the column as it would round. */
export function desimalKolom(nilai: readonly number[]): number {
  const perlu = (v: number) => {
    for (let d = 0; d < MAKS_DESIMAL; d++)
      if (Math.abs(Number(v.toFixed(d)) - Number(v.toFixed(MAKS_DESIMAL))) < 1e-9) return d;
    return MAKS_DESIMAL;
  };
  return Math.max(0, ...nilai.map(perlu));
}

const angka = (v: Isian | NilaiLaporan): v is number => typeof v === "number";
const kosongAtauGalat = (v: Isian | NilaiLaporan): string => (adalahGalat(v) ? TEKS.galatSel : "");

/** Values in their indicators' units: a percent indicator's fraction as a percentage, with "%". */
export function kolomSatuan(nilai: readonly (Isian | NilaiLaporan)[], satuan: readonly string[]): string[] {
  const persen = (i: number) => satuan[i]?.trim() === "%";
  const tampil = nilai.map((v, i) => (angka(v) ? (persen(i) ? v * 100 : v) : null));
  // A column holding a percentage prints two decimals throughout, as capaian does (41,00%)
  const d = nilai.some((v, i) => angka(v) && persen(i))
    ? 2
    : desimalKolom(tampil.filter((v): v is number => v !== null));
  return nilai.map((v, i) => {
    const t = tampil[i];
    if (t === null) return kosongAtauGalat(v);
    return persen(i) ? `${angkaTetap(t, d)}%` : angkaTetap(t, d);
  });
}

/** Perubahan: points for a percent indicator (already in points from the domain), else its unit. */
export function kolomPerubahan(nilai: readonly NilaiLaporan[], satuan: readonly string[]): string[] {
  const d = desimalKolom(nilai.filter(angka));
  return nilai.map((v, i) => {
    if (!angka(v)) return kosongAtauGalat(v);
    const teks = angkaTetap(v, d);
    return perubahanDalamPoin(satuan[i] ?? "") ? `${teks} ${TEKS.poin}` : teks;
  });
}

/** Capaian, serapan, efisiensi: always two decimals, as the sheet prints them. */
export const kolomPersen = (nilai: readonly (Isian | NilaiLaporan)[]): string[] =>
  nilai.map((v) => (angka(v) ? persenDokumen(v) : kosongAtauGalat(v)));

/** Whole rupiah with a non-breaking space after "Rp", so an amount never splits. */
export const kolomRupiah = (nilai: readonly (Isian | NilaiLaporan)[]): string[] =>
  nilai.map((v) => (angka(v) ? `Rp\u00a0${angkaTetap(Math.round(v), 0)}` : kosongAtauGalat(v)));
