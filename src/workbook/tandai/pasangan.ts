import { Judul } from "./judul";
import { PasanganKolom } from "./tipe";

/**
 * Pairs target and realisation columns of one header row by their words and period only: one
 * target and one realisation of the same period key; never by position, so a period with two
 * target columns ("Target 2025 (Renstra)", "Target 2025 (PK)") is left unpaired.
 * A lone target and a lone realisation pair up when at least one of them names no period
 * ("Target 2025" with "Realisasi"), never when both name different periods.
 */
export function pasangkan(judul: readonly Judul[]): PasanganKolom[] {
  const kolom = (peran: Judul["peran"]) => judul.flatMap((j, c) => (j.peran === peran ? [c] : []));
  const target = kolom("target");
  const realisasi = kolom("realisasi");
  const hasil: PasanganKolom[] = [];
  const kunci = [...new Set(target.map((c) => judul[c].kunci))];
  for (const k of kunci) {
    const t = target.filter((c) => judul[c].kunci === k);
    const r = realisasi.filter((c) => judul[c].kunci === k);
    // Two targets (or realisations) of one period: which goes with which is not in the words.
    if (t.length === 1 && r.length === 1) hasil.push(buat(judul, t[0], r[0]));
  }
  if (hasil.length === 0 && target.length === 1 && realisasi.length === 1) {
    const [t, r] = [target[0], realisasi[0]];
    if (judul[t].kunci === "" || judul[r].kunci === "") hasil.push(buat(judul, t, r));
  }
  return hasil.sort((a, b) => a.kolomRealisasi - b.kolomRealisasi);
}

function buat(judul: readonly Judul[], t: number, r: number): PasanganKolom {
  return { periode: judul[r].periode || judul[t].periode, kolomTarget: t, kolomRealisasi: r };
}
