/**
 * The Renstra sheet's formulas, written from the domain's rules (src/domain/renstra.ts) so the
 * sheet and the pane judge a row alike; each stays under 200 characters and readable by hand.
 */
import { BENTUK_KODE, PANJANG_AKHIRAN_ANAK, STATUS_PAGU } from "../../domain/renstra";

/** A code's shape as a number format: "?.??.??" → "0\.00\.00" (digits, literal dots in every locale). */
const formatBentuk = (wildcard: string): string => wildcard.replace(/\?/g, "0").replace(/\./g, "\\.");

/** The wildcard of a code's direct children: the code, a dot, any four characters. */
export const AKHIRAN_ANAK = `.${"?".repeat(PANJANG_AKHIRAN_ANAK - 1)}`;

/**
 * `Tingkat` from the code in `kode`: its digits written back in each level's shape must give the
 * code itself (so `2.17.2`, spaces, `2.1E.05` or a number give ""); the level is chosen by the
 * code's length (7, 12 or 17 characters).
 *
 * @example rumusTingkat("A7") // 'IFERROR(IF(TEXT(--SUBSTITUTE(A7,".",""),CHOOSE(...))=A7,CHOOSE(...),""),"")'
 */
export function rumusTingkat(kode: string): string {
  const pilih = `CHOOSE((LEN(${kode})-2)/${PANJANG_AKHIRAN_ANAK},`;
  const format = BENTUK_KODE.map((b) => `"${formatBentuk(b.wildcard)}"`).join(",");
  const nama = BENTUK_KODE.map((b) => `"${b.tingkat}"`).join(",");
  return (
    `IFERROR(IF(TEXT(--SUBSTITUTE(${kode},".",""),${pilih}${format}))=${kode},` + `${pilih}${nama}),""),"")`
  );
}

/**
 * One year's `Selisih Pagu`: the direct children's pagu less this row's (a text counts 0), to the
 * sen; blank for a sub kegiatan, a code of no shape, or a row without children. `kodeKolom` is the
 * code column over the table, e.g. "$A$7:$A$60"; `paguKolom` the year's pagu column over the
 * same rows ("H$7:H$60"); `pagu` this row's pagu cell.
 */
export function rumusSelisihPagu(
  kode: string,
  tingkat: string,
  kodeKolom: string,
  paguKolom: string,
  pagu: string,
): string {
  const anak = `${kode}&"${AKHIRAN_ANAK}"`;
  return (
    `IF(OR(${tingkat}="",${tingkat}="Sub Kegiatan",COUNTIF(${kodeKolom},${anak})=0),"",` +
    `ROUND(SUMIF(${kodeKolom},${anak},${paguKolom})-N(${pagu}),2))`
  );
}

/**
 * `Cek Pagu`: blank without a code; `Kode tidak dikenali` when Tingkat found no level; `Induk
 * tidak ada` when the parent's exact code is not in the table (MATCH compares text as text, never
 * read as a number or a date as COUNTIF's criteria would be); for a row with children `Sesuai`
 * when every year's difference is 0, else `Tidak Sesuai`. `selisih` is the row's Selisih Pagu
 * cells, e.g. "S7:W7".
 */
export function rumusCekPagu(kode: string, tingkat: string, kodeKolom: string, selisih: string): string {
  // A program is its own "parent" here (never shorter than a program code), so it always has one.
  const induk = `LEFT(${kode},MAX(${BENTUK_KODE[0].wildcard.length},LEN(${kode})-${PANJANG_AKHIRAN_ANAK}))`;
  return (
    `IF(${kode}="","",IF(${tingkat}="","${STATUS_PAGU.kodeTidakDikenali}",` +
    `IF(ISNA(MATCH(${induk},${kodeKolom},0)),"${STATUS_PAGU.indukTidakAda}",` +
    `IF(COUNT(${selisih}),IF(SUMSQ(${selisih}),"${STATUS_PAGU.tidakSesuai}","${STATUS_PAGU.sesuai}"),""))))`
  );
}

/** A pagu cell flagged red: text a formula cannot add, a negative amount, or a mismatch in its year's Selisih Pagu. */
export const rumusPaguSalah = (pagu: string, selisih: string): string =>
  `OR(ISTEXT(${pagu}),N(${pagu})<0,AND(ISNUMBER(${selisih}),${selisih}<>0))`;

/** The Cek Pagu cell flagged red for any word but Sesuai. */
export const rumusCekSalah = (cek: string): string => `AND(${cek}<>"",${cek}<>"${STATUS_PAGU.sesuai}")`;

/** The sum of cells that may be blank: blank when none holds a number. */
export const rumusJumlahIsi = (sel: readonly string[]): string =>
  `IF(COUNT(${sel.join(",")})=0,"",SUM(${sel.join(",")}))`;
