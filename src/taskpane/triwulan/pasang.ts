/** Wiring of the "Triwulan ini" section: the button to the state owner, the owner to src/excel. */
import type { Bahasa } from "../../bahasa";
import { pilihSel } from "../../excel/tandai/ubah-angka";
import { periksaTriwulanBuku } from "../../excel/triwulan/baca-triwulan";
import { BagianTriwulan, type AksiTriwulan } from "./keadaan";

export const AKSI_EXCEL_TRIWULAN: AksiTriwulan = { periksa: periksaTriwulanBuku, pilihSel };

/** Fills the section; a click on its button checks the workbook. */
export function pasangTriwulan(
  root: HTMLElement,
  bahasa: Bahasa,
  aksi: AksiTriwulan = AKSI_EXCEL_TRIWULAN,
): BagianTriwulan {
  const bagian = new BagianTriwulan(root, bahasa, aksi);
  bagian.dom.periksa.addEventListener("click", () => void bagian.periksa());
  return bagian;
}
