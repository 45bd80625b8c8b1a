import { pilihBahasa } from "../bahasa";
import { KATALOG_BAWAAN } from "../domain/katalog-bawaan";
import { HasilSisip } from "../excel/hasil";
import { sisipkanIku } from "../excel/sisip-iku";
import { tahunBawaan } from "../workbook/rencana-iku";

type Pendengar = (hasil: HasilSisip) => void;
let pendengar: Pendengar | null = null;

/** The pane registers here to show what the ribbon button did; pane and command share one runtime. */
export function saatHasilPerintah(fungsi: Pendengar): void {
  pendengar = fungsi;
}

/**
 * The ribbon's "Sisipkan IKU": the built-in catalog for this year, in Office's language. Success needs no message (the
 * new IKU sheet is shown); a failure opens the pane, whose status line says why: a command
 * without a pane cannot show a notification, and a dialog would need its own page.
 */
export async function perintahSisip(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const bahasa = pilihBahasa(Office.context?.displayLanguage);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, tahunBawaan(KATALOG_BAWAAN), bahasa);
    pendengar?.(hasil);
    if (!hasil.ok) await Office.addin.showAsTaskpane();
  } catch {
    // The pane may not open (e.g. no SharedRuntime); the event must still complete.
  } finally {
    event.completed();
  }
}
