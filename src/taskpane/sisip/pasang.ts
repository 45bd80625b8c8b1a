/** Wiring of the insert section: button and file picker to the state owner, the ribbon's results to it. */
import type { Bahasa } from "../../bahasa";
import { HASIL_SISIP } from "../../commands/sisip";
import { KATALOG_BAWAAN } from "../../domain/katalog-bawaan";
import type { HasilSisip } from "../../excel/sisip/hasil-sisip";
import { sisipkanIku } from "../../excel/sisip/sisip-iku";
import { pilihSel } from "../../excel/tandai/ubah-angka";
import { BagianSisip, type PilihSel, type Sisipkan } from "./keadaan";

/**
 * Fills the section and listens to the ribbon; `sesudah` hears each insertion's outcome, the
 * pane's or the ribbon's; `pilih` selects a place to fill next. The returned function stops listening.
 */
export function pasangSisip(
  root: HTMLElement,
  bahasa: Bahasa,
  sisipkan: Sisipkan = sisipkanIku,
  saluran = HASIL_SISIP,
  sesudah?: (hasil: HasilSisip) => void,
  pilih: PilihSel = pilihSel,
): { bagian: BagianSisip; berhenti: () => void } {
  const bagian = new BagianSisip(root, bahasa, sisipkan, KATALOG_BAWAAN, sesudah, pilih);
  const { tombol, berkas } = bagian.dom;
  tombol.addEventListener("click", () => void bagian.sisipkan());
  berkas.addEventListener("change", async () => {
    const file = berkas.files?.[0];
    if (file) bagian.muatKatalog(await file.text());
  });
  return { bagian, berhenti: saluran.dengar((hasil) => bagian.tampilkanHasil(hasil)) };
}
