import { Teks } from "../../bahasa";
import { pesanGalatOffice } from "../galat-office";
import { hapusMilik, muatAturanLembar, muatMilik } from "./aturan-milik";

export type HasilHapus = { ok: true; lembar: string; dihapus: number } | { ok: false; alasan: Teks };

/**
 * "Hapus Tanda": deletes the add-in's flags on the active sheet and nothing else, in at most
 * three syncs: the rules, then each of ours with its range and scoped collection, then deletion.
 */
export async function hapusDalam(context: Excel.RequestContext): Promise<HasilHapus> {
  const lembar = context.workbook.worksheets.getActiveWorksheet();
  lembar.load("name");
  const aturan = muatAturanLembar(lembar);
  await context.sync();
  const milik = muatMilik(aturan);
  if (milik.length === 0) return { ok: true, lembar: lembar.name, dihapus: 0 };
  await context.sync();
  const dihapus = hapusMilik(milik, () => true);
  await context.sync();
  return { ok: true, lembar: lembar.name, dihapus };
}
export async function hapusTanda(): Promise<HasilHapus> {
  try {
    return await Excel.run(hapusDalam);
  } catch (e) {
    return { ok: false, alasan: pesanGalatOffice(e, "hapus") };
  }
}
