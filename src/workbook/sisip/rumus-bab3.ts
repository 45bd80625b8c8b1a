/**
 * Formulas of LKjIP tables 3.6–3.8, in the style of rumus-lkjip.ts (English, comma-separated,
 * without "="), by the rules of src/domain/capaian-sasaran.ts and standar.ts. A capaian column may
 * hold numbers, blanks ("") and errors: only the numbers count, as in the domain.
 */
import { KATA_STANDAR } from "../../domain/standar";
import { DESIMAL_TREN } from "../../domain/tren";
import { Polaritas } from "../../domain/types";
import { polaritasIalah } from "../rumus";

/**
 * How many capaian in `rentang` reach 100% on the value rounded to two decimals of a percent
 * (tercapai): a blank or an error counts as neither.
 *
 * @example rumusBanyakTercapai("G7:G8") // 'SUMPRODUCT(--(IFERROR(ROUND(G7:G8,4),0)>=1))'
 */
export const rumusBanyakTercapai = (rentang: string): string =>
  `SUMPRODUCT(--(IFERROR(ROUND(${rentang},4),0)>=1))`;

/**
 * The mean of the numbers in `rentang`, blanks and errors left out; blank when there is none.
 *
 * @example rumusRataRataAda("G7:G8") // 'IF(COUNT(G7:G8)=0,"",SUMPRODUCT(IFERROR(G7:G8*1,0))/COUNT(G7:G8))'
 */
export const rumusRataRataAda = (rentang: string): string =>
  `IF(COUNT(${rentang})=0,"",SUMPRODUCT(IFERROR(${rentang}*1,0))/COUNT(${rentang}))`;

/**
 * Tabel 3.8's Keterangan: blank unless realisasi and standar are numbers; else the sign of their
 * difference (rounded as TREN rounds) picks the word, read the way of polarity `p` (chosen when
 * the plan is built). While the polarity cell holds another polarity's word the cell is #N/A, as
 * rumusCapaian does, so a retyped polarity never gives a verdict read the wrong way.
 *
 * @example rumusKeteranganStandar("C9", "D9", "'IKU'!G6", "positif")
 * // 'IF(COUNT(C9,D9)<2,"",IF(OR(\'IKU\'!G6={"","positif","+","naik"}),CHOOSE(2+SIGN(ROUND(C9-D9,10)),"Di Bawah Standar","Sama dengan Standar","Di Atas Standar"),NA()))'
 */
export function rumusKeteranganStandar(
  realisasi: string,
  standar: string,
  polaritas: string,
  p: Polaritas,
): string {
  const { diBawah, sama, diAtas } = KATA_STANDAR;
  // Lower is better: a realisasi under the standard is above it.
  const kata = p === "positif" ? [diBawah, sama, diAtas] : [diAtas, sama, diBawah];
  return (
    `IF(COUNT(${realisasi},${standar})<2,"",IF(${polaritasIalah(polaritas, p)},` +
    `CHOOSE(2+SIGN(ROUND(${realisasi}-${standar},${DESIMAL_TREN})),${kata.map((k) => `"${k}"`).join(",")}),NA()))`
  );
}
