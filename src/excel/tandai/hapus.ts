import { Teks } from "../../bahasa";
import { pesanGalatOffice } from "../galat-office";
import { hapusMilik, muatAturanLembar, muatMilik } from "./aturan-milik";
import { daftarCatatan, muatCatatan } from "./catatan-tanda";
import { siapkanHapus } from "./hapus-tercatat";

export type HasilHapus = { ok: true; lembar: string; dihapus: number } | { ok: false; alasan: Teks };

/** Why nothing was removed: these flags' rules could not be told apart from the planner's. */
export function pesanTakTerpisah(alamat: readonly string[]): Teks {
  const daftar = alamat.join(", ");
  return {
    id:
      `Tanda tidak dapat dihapus: Excel tidak mengizinkan aturan format bersyarat di ${daftar} dibaca, ` +
      `dan di sana ada aturan lain pada sel yang sama. Tidak ada tanda atau aturan yang dihapus; isi sel ` +
      `tidak diubah. Hapus tanda di ${daftar} lewat Beranda > Pemformatan Bersyarat > Kelola Aturan.`,
    en:
      `The flags could not be removed: Excel does not let the conditional-format rules at ${daftar} be ` +
      `read, and another rule sits on the same cells. No flag or rule was removed; no cell contents ` +
      `were changed. Remove the flags at ${daftar} through Home > Conditional Formatting > Manage Rules.`,
  };
}

/**
 * "Hapus Tanda": deletes the add-in's flags on the active sheet and nothing else. Flags recorded
 * when they were added (catatan-tanda.ts) are found without reading the sheet's rules: three
 * syncs (the record, the rules at the recorded ranges, the deletion), five where Excel refuses
 * to read rules that share cells. A sheet without a record (flags of an older version) falls back
 * to reading every rule's formula on the sheet.
 */
export async function hapusDalam(context: Excel.RequestContext): Promise<HasilHapus> {
  const lembar = context.workbook.worksheets.getActiveWorksheet();
  lembar.load("name");
  const nama = muatCatatan(context);
  await context.sync();
  const catatan = daftarCatatan(nama, lembar.name);
  if (catatan.length === 0) return hapusTanpaCatatan(context, lembar);
  const siap = await siapkanHapus(context, lembar, catatan);
  if (!siap.ok) return { ok: false, alasan: pesanTakTerpisah(siap.alamat) };
  const dihapus = siap.hapus();
  await context.sync();
  return { ok: true, lembar: lembar.name, dihapus };
}

/** The fallback: every rule's formula on the sheet, ours told by the marker they carry. */
async function hapusTanpaCatatan(
  context: Excel.RequestContext,
  lembar: Excel.Worksheet,
): Promise<HasilHapus> {
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
