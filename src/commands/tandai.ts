import { hapusTanda, HasilHapus } from "../excel/tandai/hapus";
import { HasilTandai } from "../excel/tandai/hasil-tandai";
import { tandaiCapaian } from "../excel/tandai/tandai-pilihan";
import { Saluran } from "./saluran";

export type HasilPerintahTandai =
  { jenis: "tandai"; hasil: HasilTandai } | { jenis: "hapus"; hasil: HasilHapus };
/** What a ribbon flag or unflag did; the pane listens to show the review list (one shared runtime). */
export const HASIL_TANDAI = new Saluran<HasilPerintahTandai>();

async function jalankan(
  event: Office.AddinCommands.Event,
  kerja: () => Promise<HasilPerintahTandai>,
): Promise<void> {
  try {
    const h = await kerja();
    HASIL_TANDAI.kirim(h);
    // A refusal needs words, and only the pane can show them.
    if (!h.hasil.ok) await Office.addin.showAsTaskpane();
  } catch {
    // The pane may not open (no SharedRuntime); the event must still complete.
  } finally {
    event.completed();
  }
}

/** Ribbon "Tandai Capaian": flags the selected table without opening the pane. */
export function perintahTandai(event: Office.AddinCommands.Event): Promise<void> {
  return jalankan(event, async () => ({ jenis: "tandai", hasil: await tandaiCapaian() }));
}

/** Ribbon "Hapus Tanda": removes the add-in's flags on the active sheet. */
export function perintahHapusTanda(event: Office.AddinCommands.Event): Promise<void> {
  return jalankan(event, async () => ({ jenis: "hapus", hasil: await hapusTanda() }));
}
