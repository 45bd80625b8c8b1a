import { FormatBersyarat, ValidasiAngka } from "../workbook/rencana";
import { tulisFormatBersyarat } from "./format-bersyarat";
import { sekaliPakai } from "./rentang-lepas";

/** Excel's own limits for a decimal rule: any number at all, nothing else. */
const ANGKA_TERKECIL = -9.99e307;
const ANGKA_TERBESAR = 9.99e307;

/** Realisation cells take numbers only; a blank stays allowed (not yet reported). */
function validasi(lembar: Excel.Worksheet, v: ValidasiAngka): void {
  const dv = sekaliPakai(lembar.getRange(v.alamat)).dataValidation;
  dv.rule = { decimal: { formula1: ANGKA_TERKECIL, formula2: ANGKA_TERBESAR, operator: "Between" } };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.judul, message: v.pesan };
  dv.ignoreBlanks = true;
}

export function terapkanAturan(
  lembar: Excel.Worksheet,
  daftarValidasi: ValidasiAngka[],
  bersyarat: FormatBersyarat[],
): void {
  for (const v of daftarValidasi) validasi(lembar, v);
  for (const f of bersyarat) tulisFormatBersyarat(lembar, f);
}
