import { Galat, adalahGalat, nilaiSalah } from "./galat";
import { PESAN } from "./pesan";
import { satuanBulat } from "./pembulatan";
import { Polaritas } from "./types";

/** The verdict words of STATUS and of the report's Keterangan column. */
export const KATA_STATUS = { tercapai: "Tercapai", tidakTercapai: "Tidak Tercapai" } as const;
export type Status = (typeof KATA_STATUS)[keyof typeof KATA_STATUS];

/**
 * Capaian as a fraction (1 = 100%), by polarity: `positif` R/T; `negatif` (2T − R)/T, the
 * "semakin kecil semakin baik" rule of PermenPANRB 6/2022; `negatif_rasio` T/R. Never negative;
 * `batas` caps it when given. Target 0 is only defined for lower-is-better with realisasi 0
 * (100%); every other zero or negative target is a Galat that says what to change.
 *
 * @example hitungCapaian(69.88, 71.5, "positif") // 0.97734...
 */
export function hitungCapaian(
  realisasi: number,
  target: number,
  polaritas: Polaritas,
  batas?: number,
): number | Galat {
  if (batas !== undefined && !(batas > 0 && batas < Infinity)) return batasSalah(batas);
  // The hot path stays small (so it inlines into a million-cell loop); messages live in tepi().
  const mentah =
    target > 0 && (polaritas !== "negatif_rasio" || realisasi > 0)
      ? rumus(realisasi, target, polaritas)
      : tepi(realisasi, target, polaritas, batas);
  if (typeof mentah !== "number") return mentah;
  if (mentah - mentah !== 0) return terlaluBesar(realisasi, target);
  const dibatasi = batas === undefined || mentah <= batas ? mentah : batas;
  // Floor at 0, and never a negative zero.
  return dibatasi > 0 ? dibatasi : 0;
}

// 2 − r/t is (2t − r)/t written as the workbook formula writes it, so both round alike.
const rumus = (r: number, t: number, p: Polaritas): number =>
  p === "positif" ? r / t : p === "negatif" ? 2 - r / t : t / r;

/** Target 0 or below, and negatif_rasio with realisasi 0 or below. */
function tepi(r: number, t: number, polaritas: Polaritas, batas?: number): number | Galat {
  if (t < 0) return nilaiSalah(PESAN.targetNegatif(t));
  if (t === 0) {
    if (polaritas !== "positif" && r === 0) return 1;
    return nilaiSalah(PESAN.targetNol(r, polaritas));
  }
  if (r < 0) return nilaiSalah(PESAN.realisasiNegatifRasio(r));
  if (r === 0) {
    // T/0 grows without bound, so only a cap gives it a value.
    if (batas !== undefined) return batas;
    return nilaiSalah(PESAN.realisasiNolRasio());
  }
  return nilaiSalah(PESAN.bukanAngkaKeduanya(r, t));
}

const batasSalah = (batas: number): Galat => nilaiSalah(PESAN.batasTidakSah(batas));

const terlaluBesar = (r: number, t: number): Galat => nilaiSalah(PESAN.capaianTerlaluBesar(r, t));

/**
 * Capaian against a range target (PermenPANRB 6/2022): inside [bawah, atas] is 100%; above the
 * range the upper bound is the target, below it the lower bound.
 *
 * @example hitungCapaianRentang(12, 10, 15, "positif") // 1
 */
export function hitungCapaianRentang(
  realisasi: number,
  bawah: number,
  atas: number,
  polaritas: Polaritas,
): number | Galat {
  if (bawah > atas) return nilaiSalah(PESAN.targetTerbalik(bawah, atas));
  if (realisasi > atas) return hitungCapaian(realisasi, atas, polaritas);
  if (realisasi < bawah) return hitungCapaian(realisasi, bawah, polaritas);
  return 1;
}

/**
 * Whether a capaian meets its target. Decided on the capaian rounded to two decimals of a
 * percent, the same rounding as predikat: 99,996% shows as 100,00% and counts as Tercapai.
 */
export function tercapai(capaian: number): boolean {
  return satuanBulat(capaian, 4) >= 10000;
}

/**
 * `Tercapai` when the capaian is at least 100%, else `Tidak Tercapai`.
 *
 * @example statusCapaian(14, 14, "positif") // "Tercapai"
 */
export function statusCapaian(
  realisasi: number,
  target: number,
  polaritas: Polaritas = "positif",
): Status | Galat {
  // A cap of 1 changes no verdict and gives negatif_rasio with realisasi 0 its obvious answer.
  const c = hitungCapaian(realisasi, target, polaritas, 1);
  if (adalahGalat(c)) return c;
  return tercapai(c) ? KATA_STATUS.tercapai : KATA_STATUS.tidakTercapai;
}
