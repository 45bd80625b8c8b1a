import { Teks } from "../../bahasa";
import { uraiGalat } from "../hasil";
import { aturanAddin, muatAturanLembar } from "./aturan";

export type HasilHapus = { ok: true; lembar: string; dihapus: number } | { ok: false; alasan: Teks };

/** "Hapus Tanda": deletes the add-in's flags on the active sheet and nothing else, in two syncs. */
export async function hapusDalam(context: Excel.RequestContext): Promise<HasilHapus> {
  const lembar = context.workbook.worksheets.getActiveWorksheet();
  lembar.load("name");
  const aturan = muatAturanLembar(lembar);
  await context.sync();
  const milik = aturanAddin(aturan);
  for (const a of milik) a.cf.delete();
  await context.sync();
  return { ok: true, lembar: lembar.name, dihapus: milik.length };
}

export async function hapusTanda(): Promise<HasilHapus> {
  try {
    return await Excel.run(hapusDalam);
  } catch (e) {
    const { pesan, kode } = uraiGalat(e);
    const k = kode ? ` (${kode})` : "";
    return {
      ok: false,
      alasan: {
        id: `Tanda tidak dapat dihapus: ${pesan}${k}. Buka lembar yang ditandai, lalu klik Hapus Tanda lagi.`,
        en: `The flags could not be removed: ${pesan}${k}. Open the flagged sheet and click Remove flags again.`,
      },
    };
  }
}
