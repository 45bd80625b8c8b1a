import { pilihBahasa } from "../bahasa";
import { KATALOG_BAWAAN } from "../domain/katalog-bawaan";
import { HasilSisip } from "../excel/sisip/hasil-sisip";
import { sisipkanIku } from "../excel/sisip/sisip-iku";
import { tahunSisipBawaan } from "../workbook/sisip/rencana-iku";
import { Saluran } from "./saluran";

/** What the ribbon's insertion did; the pane listens to show it (pane and command share one runtime). */
export const HASIL_SISIP = new Saluran<HasilSisip>();

/**
 * The ribbon's "Sisipkan IKU": the built-in catalog with the pane's default years (last year's
 * LKjIP, this year's PK), in Office's language. Success needs no message (the
 * new IKU sheet is shown); a failure opens the pane, whose status line says why: a command
 * without a pane cannot show a notification, and a dialog would need its own page.
 */
export async function perintahSisip(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const bahasa = pilihBahasa(Office.context?.displayLanguage);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, tahunSisipBawaan(KATALOG_BAWAAN), bahasa);
    HASIL_SISIP.kirim(hasil);
    if (!hasil.ok) await Office.addin.showAsTaskpane();
  } catch {
    // The pane may not open (e.g. no SharedRuntime); the event must still complete.
  } finally {
    event.completed();
  }
}
