/**
 * Formulas of the yearly-report sheets (Anggaran, LKjIP, PK), in the style of rumus.ts: English,
 * comma-separated, without the leading "=", arguments are A1 references. The rules are those of
 * src/domain/lkjip.ts, anggaran.ts and tren.ts: blank stays blank, a case no rule defines is #N/A.
 */
import { KETERANGAN_EFISIENSI } from "../../domain/anggaran";
import { SATUAN_POIN } from "../../domain/lkjip";
import { TEKS_JENIS_TARGET } from "../../domain/judul-lkjip";
import { KATA_POLARITAS } from "../../domain/polaritas";
import { DESIMAL_TREN, KATA_TREN } from "../../domain/tren";

const rumusKosong = (x: string): string => `TRIM(${x})=""`;
const salahSatuKosong = (a: string, b: string): string => `OR(${rumusKosong(a)},${rumusKosong(b)})`;

/** Every polarity word, higher-is-better first (a blank counts as positif, as in rumus.ts). */
const KATA_NAIK_BAIK = ["", ...KATA_POLARITAS.positif];
const SEMUA_KATA = [...KATA_NAIK_BAIK, ...KATA_POLARITAS.negatif, ...KATA_POLARITAS.negatif_rasio];

/**
 * 1 when higher is better, −1 when lower is better, #N/A for an unknown word: the word's place in
 * the list (MATCH on TRUE, so no wildcards) against the higher-is-better words at its head.
 */
const arahBaik = (p: string): string =>
  `IF(MATCH(TRUE,${p}={${SEMUA_KATA.map((k) => `"${k}"`).join(",")}},0)<${KATA_NAIK_BAIK.length + 1},1,-1)`;

/**
 * Serapan as SERAPAN computes it: realisasi / pagu; a pagu of 0 or less or a negative realisation
 * is #N/A; blank while either is blank.
 *
 * @example rumusSerapan("F6", "E6") // 'IF(OR(TRIM(F6)="",TRIM(E6)=""),"",IF(AND(E6>0,F6>=0),F6/E6,NA()))'
 */
export function rumusSerapan(realisasi: string, pagu: string): string {
  return `IF(${salahSatuKosong(realisasi, pagu)},"",IF(AND(${pagu}>0,${realisasi}>=0),${realisasi}/${pagu},NA()))`;
}

/**
 * Realisasi N − realisasi N−1 in the indicator's unit; with the unit's cell `satuan`, in points
 * (× 100) while it reads "%" (perubahanDalamPoin), so every row has the same formula. Blank while
 * either realisation is blank.
 *
 * @example rumusPerubahan("C9", "D9", "'IKU'!F6") // 'IF(OR(TRIM(C9)="",TRIM(D9)=""),"",(D9-C9)*IF(TRIM(\'IKU\'!F6)="%",100,1))'
 */
export function rumusPerubahan(lalu: string, kini: string, satuan?: string): string {
  const faktor = satuan === undefined ? "" : `*IF(TRIM(${satuan})="${SATUAN_POIN}",100,1)`;
  return `IF(${salahSatuKosong(lalu, kini)},"",${faktor ? `(${kini}-${lalu})${faktor}` : `${kini}-${lalu}`})`;
}

/**
 * TREN as a plain formula, from the row's Perubahan cell (rumusPerubahan, beside it): blank while
 * that is blank; else 2 + (the change's sign, rounded at DESIMAL_TREN places as hitungTren rounds
 * it) × (the polarity's direction) picks Memburuk, Tetap or Membaik. An unknown polarity is #N/A.
 *
 * @example rumusTren("G9", "'IKU'!G6")
 * // 'IF(G9="","",CHOOSE(2+SIGN(ROUND(G9,10))*IF(MATCH(TRUE,\'IKU\'!G6={"","positif","+","naik","negatif","-","turun","negatif_rasio"},0)<5,1,-1),"Memburuk","Tetap","Membaik"))'
 */
export function rumusTren(perubahan: string, polaritas: string): string {
  const { membaik, memburuk, tetap } = KATA_TREN;
  return (
    `IF(${perubahan}="","",CHOOSE(2+SIGN(ROUND(${perubahan},${DESIMAL_TREN}))*${arahBaik(polaritas)},` +
    `"${memburuk}","${tetap}","${membaik}"))`
  );
}

/** The sum of a row of yearly values, blank while any of the `banyak` cells is not a number. */
const jumlahLengkap = (rentang: string, banyak: number): string =>
  `IF(COUNT(${rentang})<${banyak},"",SUM(${rentang}))`;

/**
 * A value by the row's Jenis Target cell: absolut reads one cell (blank while blank), kumulatif
 * sums a range of `banyak` years; another word is #N/A.
 *
 * @example rumusMenurutJenis("C30", "'IKU'!K6", "'IKU'!I6:K6", 3)
 */
export function rumusMenurutJenis(jenis: string, absolut: string, kumulatif: string, banyak: number): string {
  return (
    `IF(${jenis}="${TEKS_JENIS_TARGET.absolut}",IF(${rumusKosong(absolut)},"",${absolut}),` +
    `IF(${jenis}="${TEKS_JENIS_TARGET.kumulatif}",${jumlahLengkap(kumulatif, banyak)},NA()))`
  );
}

/** Indikator Terkait as one list "IKU-01,IKU-02": semicolons become commas, spaces go. */
export function rumusDaftarKode(teks: string): string {
  return `SUBSTITUTE(SUBSTITUTE(TRIM(${teks}),";",",")," ","")`;
}

/**
 * The mean capaian of the indicators whose code is in the list cell `daftar` (as rumusDaftarKode
 * writes it), counting only those with a number; blank when none has. `kode` and `capaian` are
 * ranges of the same rows.
 */
export function rumusCapaianProgram(daftar: string, kode: string, capaian: string): string {
  const cocok = `ISNUMBER(SEARCH(","&${kode}&",",","&${daftar}&","))`;
  return `IFERROR(SUMPRODUCT(--${cocok},IFERROR(${capaian},0))/SUMPRODUCT(${cocok}*ISNUMBER(${capaian})),"")`;
}

/** Tingkat efisiensi: capaian kinerja − serapan, blank unless both are numbers. */
export function rumusEfisiensi(capaian: string, serapan: string): string {
  return `IF(AND(ISNUMBER(${capaian}),ISNUMBER(${serapan})),${capaian}-${serapan},"")`;
}

/** Efisien at 0 or more, Tidak Efisien below, blank without an efficiency. */
export function rumusKeteranganEfisiensi(efisiensi: string): string {
  const { efisien, tidakEfisien } = KETERANGAN_EFISIENSI;
  return `IF(ISNUMBER(${efisiensi}),IF(${efisiensi}>=0,"${efisien}","${tidakEfisien}"),"")`;
}

/** Sisa anggaran: pagu − realisasi, blank while either is blank. */
export function rumusSisa(pagu: string, realisasi: string): string {
  return `IF(${salahSatuKosong(pagu, realisasi)},"",${pagu}-${realisasi})`;
}
