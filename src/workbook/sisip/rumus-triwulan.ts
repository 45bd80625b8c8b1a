/**
 * The quarter's formulas (Triwulan and Rencana Aksi sheets), written from the domain's rules
 * (src/domain/triwulan.ts) so the sheets, IKU.CAPAIAN_TW and the pane judge a quarter alike; each
 * stays under 200 characters and readable by hand.
 */
import { CAPAIAN_MASUKAN_MAKSIMUM } from "../../domain/predikat";
import {
  AmbangStatusTw,
  DESIMAL_CEK_TARGET,
  KATA_CEK_TARGET,
  KATA_STATUS_TW,
  TRIWULAN,
} from "../../domain/triwulan";
import { Polaritas } from "../../domain/types";
import { rentang } from "../alamat";
import { KODE_AGREGASI, aturan, polaritasIalah } from "../rumus";

const N = TRIWULAN.length;
const sebaris = (sel: readonly string[]): string => rentang(sel[0], sel[N - 1]);

/**
 * `Cek Target TW`: "" while no quarterly target is typed, `Sesuai` when all four are numbers and
 * fit the annual target by the row's Agregasi code (jumlah: their sum; akhir: TW IV; rata-rata:
 * their mean), compared on DESIMAL_CEK_TARGET decimals, else `Tidak Sesuai`.
 *
 * @example rumusCekTargetTw(["E6", "F6", "G6", "H6"], "'IKU'!I6", "$D6")
 * // 'IF(COUNTA(E6:H6)=0,"",IF(COUNT(E6:H6)<4,"Tidak Sesuai",IF(ROUND(CHOOSE($D6,SUM(E6:H6),H6,AVERAGE(E6:H6))-\'IKU\'!I6,6)=0,"Sesuai","Tidak Sesuai")))'
 */
export function rumusCekTargetTw(targetTw: readonly string[], tahunan: string, kode: string): string {
  const r = sebaris(targetTw);
  const { sesuai, tidakSesuai } = KATA_CEK_TARGET;
  const nilai = `CHOOSE(${kode},SUM(${r}),${targetTw[N - 1]},AVERAGE(${r}))`;
  return (
    `IF(COUNTA(${r})=0,"",IF(COUNT(${r})<${N},"${tidakSesuai}",` +
    `IF(ROUND(${nilai}-${tahunan},${DESIMAL_CEK_TARGET})=0,"${sesuai}","${tidakSesuai}")))`
  );
}

/**
 * The target of the quarters filled so far, by the row's Agregasi code: jumlah the sum of their
 * targets, akhir the last filled quarter's, rata-rata their mean. "" while no quarter is filled;
 * #N/A while any of the four targets is not a number (the plan covers the whole year).
 *
 * @example rumusTargetSdTw(["E6", "F6", "G6", "H6"], ["I6", "J6", "K6", "L6"], "$D6")
 * // 'IF(COUNTA(I6:L6)=0,"",IF(COUNT(E6:H6)<4,NA(),IF($D6=2,LOOKUP(2,1/(I6:L6<>""),E6:H6),SUMPRODUCT((I6:L6<>"")*E6:H6)/IF($D6=3,COUNTA(I6:L6),1))))'
 */
export function rumusTargetSdTw(
  targetTw: readonly string[],
  realisasiTw: readonly string[],
  kode: string,
): string {
  const t = sebaris(targetTw);
  const r = sebaris(realisasiTw);
  const akhir = KODE_AGREGASI.indexOf("akhir") + 1;
  const rataRata = KODE_AGREGASI.indexOf("rata-rata") + 1;
  // The last filled quarter's target: LOOKUP skips the #DIV/0! of the blank ones (Excel and LibreOffice).
  const terakhir = `LOOKUP(2,1/(${r}<>""),${t})`;
  const bagi = `IF(${kode}=${rataRata},COUNTA(${r}),1)`;
  return (
    `IF(COUNTA(${r})=0,"",IF(COUNT(${t})<${N},NA(),` +
    `IF(${kode}=${akhir},${terakhir},SUMPRODUCT((${r}<>"")*${t})/${bagi})))`
  );
}

/**
 * `Capaian s.d. TW` from the realisation and target to date, by the CAPAIAN rule of the row's
 * polarity `p` (checked against the polarity cell as rumusCapaian does); "" while nothing is
 * filled and, for positif, while nothing was planned (target to date 0); #N/A for a realisation
 * above 1.000% of its target, as for any value CAPAIAN refuses.
 */
export function rumusCapaianSdTw(realisasi: string, target: string, polaritas: string, p: Polaritas): string {
  const hitung = `IF(AND(${realisasi}<=${CAPAIAN_MASUKAN_MAKSIMUM}*${target},${polaritasIalah(polaritas, p)}),${aturan(realisasi, target, p)},NA())`;
  const belumDirencanakan = p === "positif" ? `IF(${target}=0,"",${hitung})` : hitung;
  return `IF(${realisasi}="","",${belumDirencanakan})`;
}

/**
 * `Status` from the capaian and realisation to date and the row's four quarterly targets:
 * `Belum Diisi` while nothing is filled, then by the thresholds on the capaian rounded to 4
 * decimals (no capaian, nothing planned yet, is on plan); an error in either says what to check:
 * the Target TW cells when the plan is not whole, else the realisation.
 *
 * @example rumusStatusTw("R6", "Q6", ["F6", "G6", "H6", "I6"], { sesuai: 1, perhatian: 0.76 })
 * // 'IFERROR(IF(Q6="","Belum Diisi",LOOKUP(IF(R6="",1,ROUND(R6,4)),{0,0.76,1},{"Terlambat","Perlu Perhatian","Sesuai Rencana"})),IF(COUNT(F6:I6)<4,"Cek Target TW","Cek Realisasi TW"))'
 */
export function rumusStatusTw(
  capaian: string,
  realisasi: string,
  targetTw: readonly string[],
  ambang: AmbangStatusTw,
): string {
  const s = KATA_STATUS_TW;
  const tingkat =
    `LOOKUP(IF(${capaian}="",${ambang.sesuai},ROUND(${capaian},4)),{0,${ambang.perhatian},${ambang.sesuai}},` +
    `{"${s.terlambat}","${s.perhatian}","${s.sesuai}"})`;
  const galat = `IF(COUNT(${sebaris(targetTw)})<${N},"${s.cekTarget}","${s.cekRealisasi}")`;
  return `IFERROR(IF(${realisasi}="","${s.belumDiisi}",${tingkat}),${galat})`;
}
