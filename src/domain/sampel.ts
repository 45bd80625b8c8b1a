import { Galat, nilaiSalah } from "./galat";
import { PESAN } from "./pesan";

/**
 * Minimum respondents for a population of N (Krejcie & Morgan, the table PermenPAN-RB 14/2017
 * refers to): s = 3.841·N·0.25 / (0.0025·(N − 1) + 3.841·0.25), rounded up.
 *
 * @example sampelIkm(100) // 80
 */
export function sampelIkm(populasi: number): number | Galat {
  if (!(populasi >= 1) || !Number.isInteger(populasi) || !Number.isFinite(populasi)) {
    return nilaiSalah(PESAN.populasiTidakSah(populasi));
  }
  const chi = 3.841 * 0.25;
  const s = (chi * populasi) / (0.0025 * (populasi - 1) + chi);
  // A hair of tolerance, so a whole result carrying float error is not rounded up by one.
  return Math.ceil(s - 1e-9);
}
