/** Wiring of the "Periksa Renstra" section: the button to the state owner, the owner to src/excel. */
import type { Bahasa } from "../../bahasa";
import { periksaRenstraBuku } from "../../excel/renstra/baca-renstra";
import { pilihSel } from "../../excel/tandai/ubah-angka";
import { BagianRenstra, type AksiRenstra } from "./keadaan";

export const AKSI_EXCEL_RENSTRA: AksiRenstra = { periksa: periksaRenstraBuku, pilihSel };

/** Fills the section; the caller hands it each insertion's result (BagianRenstra.setelahSisip). */
export function pasangRenstra(
  root: HTMLElement,
  bahasa: Bahasa,
  aksi: AksiRenstra = AKSI_EXCEL_RENSTRA,
): BagianRenstra {
  const bagian = new BagianRenstra(root, bahasa, aksi);
  bagian.dom.periksa.addEventListener("click", () => void bagian.periksa());
  return bagian;
}
