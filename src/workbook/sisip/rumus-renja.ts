/**
 * The Evaluasi Renja sheet's formulas, written from the rules of src/domain/renja.ts so the sheet
 * and the domain agree on every cell (test/e2e/evaluasi-renja.e2e.ts). English, comma-separated,
 * without the leading "=", each under 200 characters.
 */
import { ALASAN_RENJA, KALI_TARGET_MAKSIMUM } from "../../domain/renja";
import { Agregasi, Polaritas } from "../../domain/types";
import { aturan } from "../rumus";
import { AKHIRAN_ANAK } from "./rumus-renstra";

const K = KALI_TARGET_MAKSIMUM;
/** The quarter cells of a row: K and Rp for each of the four quarters. */
const TW_SEL = 8;
const daftar = (sel: readonly string[]): string => sel.join(",");

/**
 * The year's K from the four quarter cells (not side by side: Rp stands between them) by the
 * indicator's aggregation; blank while none is filled, #N/A while one is not a number.
 *
 * @example rumusAgregatTw(["K7", "M7", "O7", "Q7"], "jumlah") // 'IF(COUNTA(K7,M7,O7,Q7)=0,"",IF(COUNT(K7,M7,O7,Q7)<COUNTA(K7,M7,O7,Q7),NA(),SUM(K7,M7,O7,Q7)))'
 */
export function rumusAgregatTw(tw: readonly string[], jenis: Agregasi): string {
  const s = daftar(tw);
  const nilai =
    jenis === "jumlah"
      ? `SUM(${s})`
      : jenis === "rata-rata"
        ? `AVERAGE(${s})`
        : tw.slice(1).reduce((lain, x) => `IF(${x}<>"",${x},${lain})`, tw[0]);
  return `IF(COUNTA(${s})=0,"",IF(COUNT(${s})<COUNTA(${s}),NA(),${nilai}))`;
}

/**
 * A parent's Rp of one quarter: the sum of its direct children's below it (`kodeBawah`, `twBawah`:
 * the code and quarter columns from the next row to the table's end), blank while none holds a number.
 */
export function rumusJumlahAnakTw(kode: string, kodeBawah: string, twBawah: string): string {
  const anak = `${kode}&"${AKHIRAN_ANAK}"`;
  const banyak = `COUNTIFS(${kodeBawah},${anak},${twBawah},">=0")+COUNTIFS(${kodeBawah},${anak},${twBawah},"<0")`;
  return `IF(${banyak}=0,"",SUMIF(${kodeBawah},${anak},${twBawah}))`;
}

/** A parent's Realisasi N (Rp): the sum of its children's (an error among them stays one), blank while its quarters are. */
export function rumusJumlahAnak(
  tw: readonly string[],
  kode: string,
  kodeBawah: string,
  nBawah: string,
): string {
  return `IF(COUNT(${daftar(tw)})=0,"",SUMIF(${kodeBawah},${kode}&"${AKHIRAN_ANAK}",${nBawah}))`;
}

/**
 * Capaian K by the row's polarity (fixed when the plan is built), #N/A above 1.000% of the target.
 *
 * @example rumusCapaianRenja("S7", "I7", "positif") // 'IF(OR(S7="",I7=""),"",IF(AND(COUNT(S7,I7)=2,S7<=10*I7),IF(N(I7)>0,MAX(0,S7/I7),NA()),NA()))'
 */
export function rumusCapaianRenja(r: string, t: string, p: Polaritas): string {
  return `IF(OR(${r}="",${t}=""),"",IF(AND(COUNT(${r},${t})=2,${r}<=${K}*${t}),${aturan(r, t, p)},NA()))`;
}

/** Capaian Rp, the serapan: realisation ÷ pagu; #N/A for a pagu of 0 or less, a negative realisation, or above 1.000%. */
export function rumusSerapanRenja(r: string, pagu: string): string {
  return `IF(OR(TRIM(${r})="",TRIM(${pagu})=""),"",IF(AND(N(${pagu})>0,${r}>=0,${r}<=${K}*${pagu}),${r}/${pagu},NA()))`;
}

/** Realisasi s.d. N of a sum: last year's plus this year's, blank while either is blank. */
export function rumusTambahLalu(lalu: string, kini: string): string {
  return `IF(OR(TRIM(${lalu})="",TRIM(${kini})=""),"",${lalu}+${kini})`;
}

/**
 * Keterangan: why the row has no number. `tw` is the eight quarter cells (K and Rp), `target`
 * and `pagu` Target N (K) and (Rp), `realisasiK`/`realisasiRp` Realisasi N, `hitung` every
 * computed cell of the row from Realisasi N to Capaian Renstra s.d. N.
 */
export function rumusKeteranganRenja(
  tw: string,
  target: string,
  pagu: string,
  realisasiK: string,
  realisasiRp: string,
  hitung: string,
): string {
  // A blank, 0 or text target makes the division an error, that is "not above"; each side on its own.
  const lewat = (r: string, t: string) => `IFERROR(${r}/${t}>${K},0)`;
  // Cells that are neither numbers nor blank (a formula's "" counts blank): a text or an error.
  const n = tw.split(":").length === 2 ? TW_SEL : 0;
  return (
    `IF(COUNT(${tw})+COUNTBLANK(${tw})<${n},"${ALASAN_RENJA.teks}",` +
    `IF(OR(${lewat(realisasiK, target)},${lewat(realisasiRp, pagu)}),"${ALASAN_RENJA.terlaluBesar}",` +
    `IF(ISERROR(SUM(${hitung})),"${ALASAN_RENJA.periksa}","")))`
  );
}

/** The mean of the capaian that exist; #N/A while any is an error. */
export function rumusRataCapaian(capaian: string): string {
  return `IF(SUMPRODUCT(--ISERROR(${capaian})),NA(),IF(COUNT(${capaian}),AVERAGE(${capaian}),""))`;
}
