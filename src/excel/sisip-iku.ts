import { Bahasa } from "../bahasa";
import { Katalog } from "../domain/types";
import { buatRencana } from "../workbook/rencana-iku";
import { HasilSisip, PESAN_API_LAMA, pesanGagal } from "./hasil";
import { apiCukup, sisipkanRencana } from "./terapkan-rencana";

/** One user action, one Excel.run: the catalog's workbook for the chosen year, in the user's language. */
export async function sisipkanIku(katalog: Katalog, tahunAktif: number, bahasa: Bahasa): Promise<HasilSisip> {
  // Checked before Excel.run too: outside a new enough Excel there may be no Excel.run at all.
  if (!apiCukup()) return { ok: false, pesan: PESAN_API_LAMA };
  try {
    return await Excel.run((context) =>
      sisipkanRencana(context, (nama) => buatRencana(katalog, nama, { tahunAktif, bahasa })),
    );
  } catch (e) {
    return { ok: false, pesan: pesanGagal(e) };
  }
}
