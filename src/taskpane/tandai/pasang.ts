/** Wiring of the "Tandai Capaian" section: buttons to the state owner, the owner to src/excel and the ribbon. */
import type { Bahasa } from "../../bahasa";
import { HASIL_TANDAI } from "../../commands/tandai";
import { hapusTanda } from "../../excel/tandai/hapus";
import { bacaPilihan, tandaiManual } from "../../excel/tandai/manual";
import { tandaiCapaian } from "../../excel/tandai/tandai-pilihan";
import { pilihSel, ubahJadiAngka } from "../../excel/tandai/ubah-angka";
import { BagianTandai, type AksiTandai } from "./keadaan";

export const AKSI_EXCEL: AksiTandai = {
  tandai: tandaiCapaian,
  hapus: hapusTanda,
  bacaPilihan,
  tandaiManual,
  ubahJadiAngka,
  pilihSel,
};

/** Fills the section and listens to the ribbon; the returned function stops listening. */
export function pasangTandai(
  root: HTMLElement,
  bahasa: Bahasa,
  aksi: AksiTandai = AKSI_EXCEL,
  saluran = HASIL_TANDAI,
): { bagian: BagianTandai; berhenti: () => void } {
  const bagian = new BagianTandai(root, bahasa, aksi);
  const { tandai, hapus, manual } = bagian.dom;
  tandai.addEventListener("click", () => void bagian.tandai());
  hapus.addEventListener("click", () => void bagian.hapus());
  manual.pakai.target.addEventListener("click", () => void bagian.pakaiPilihan("target"));
  manual.pakai.realisasi.addEventListener("click", () => void bagian.pakaiPilihan("realisasi"));
  manual.tandaiRentang.addEventListener("click", () => void bagian.tandaiRentang());
  return { bagian, berhenti: saluran.dengar((h) => bagian.tampilkanPerintah(h)) };
}
