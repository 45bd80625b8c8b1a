import { Indikator } from "../../domain/types";

/** The fewest decimals (0–2) that show every value exactly. */
function desimal(nilai: number[], skala: number): number {
  for (let d = 0; d < 2; d++) {
    const f = 10 ** d;
    if (nilai.every((v) => Math.abs(Math.round(v * skala * f) - v * skala * f) < 1e-7)) return d;
  }
  return 2;
}

const pecahan = (d: number): string => (d === 0 ? "" : "." + "0".repeat(d));

/**
 * Decimals of a percent: at least one, since a realisation is typed as 38,5% against a whole
 * target and `0%` would print it, and 39,2%, both as 39% under opposite flags; two when the
 * targets or the baseline need them.
 */
const desimalPersen = (nilai: number[]): number => Math.max(1, desimal(nilai, 100));

/**
 * The number format of an indicator's targets and realisation (English format codes, as
 * Office.js `numberFormat` and ExcelJS `numFmt` expect): a share as a percent with one or two
 * decimals, a count with its unit as text of the format (the cell stays a number), an index with
 * two decimals.
 *
 * @example formatAngka({ jenisSatuan: "jumlah", satuan: "Dok", target: { 2025: 1 } }) // '#,##0 "Dok"'
 * @example formatAngka({ jenisSatuan: "persen", satuan: "%", target: { 2025: 0.41 } }) // '0.0%'
 */
export function formatAngka(
  indikator: Pick<Indikator, "jenisSatuan" | "satuan" | "target" | "kondisiAwal">,
): string {
  const nilai = [
    ...Object.values(indikator.target),
    ...(indikator.kondisiAwal === undefined ? [] : [indikator.kondisiAwal]),
  ];
  if (indikator.jenisSatuan === "persen") return `0${pecahan(desimalPersen(nilai))}%`;
  if (indikator.jenisSatuan === "indeks") return "0.00";
  // A quote or backslash would end the literal early; units never need them.
  const satuan = indikator.satuan.replace(/["\\]/g, "").trim();
  const angka = `#,##0${pecahan(desimal(nilai, 1))}`;
  return satuan === "" ? angka : `${angka} "${satuan}"`;
}

/** Capaian is shown with two decimals of a percent, the precision predikat is decided on. */
export const FORMAT_CAPAIAN = "0.00%";

/**
 * Below this a capaian rounds to under 100,00%: missed, as `tercapai` (src/domain/capaian.ts)
 * and the red flag decide (checked by test/workbook/sisip/format-angka.test.ts).
 */
export const BATAS_TERCAPAI = 0.99995;

/**
 * Capaian with its verdict printed beside it, for sheets whose only other sign is the red or
 * green fill, which a black-and-white printer loses: ✗ missed, ✓ met.
 */
export const FORMAT_CAPAIAN_TANDA = `[<${BATAS_TERCAPAI}]${FORMAT_CAPAIAN}" ✗";${FORMAT_CAPAIAN}" ✓"`;

/** Rupiah without decimals: budgets are whole rupiah. */
export const FORMAT_RUPIAH = '"Rp "#,##0';

/**
 * Perubahan of a percent indicator (Tabel 3.2): a difference of two percentages is in points,
 * held as points (× 100, see perubahanDalamPoin) and labelled so.
 *
 * @example formatPoin({ target: { 2025: 0.41 } }) // '0.0 "poin"'
 */
export function formatPoin(indikator: Pick<Indikator, "target" | "kondisiAwal">): string {
  const nilai = [
    ...Object.values(indikator.target),
    ...(indikator.kondisiAwal === undefined ? [] : [indikator.kondisiAwal]),
  ];
  return `0${pecahan(desimalPersen(nilai))} "poin"`;
}

/**
 * An Agregasi cell holds its code (KODE_AGREGASI: 1, 2, 3) and shows the word: a number format
 * that names each code, so the planner reads the word and the year's formula reads the number.
 *
 * @example formatKodeAgregasi(["Jumlah", "Akhir", "Rata-rata"]) // '[=1]"Jumlah";[=2]"Akhir";"Rata-rata"'
 */
export function formatKodeAgregasi(kata: readonly string[]): string {
  const teks = kata.map((k) => `"${k.replace(/["\\]/g, "")}"`);
  return `[=1]${teks[0]};[=2]${teks[1]};${teks[2]}`;
}
