import { Bahasa } from "../bahasa";
import { Katalog } from "../domain/types";
import { buatRencana } from "../workbook/rencana-iku";
import { HasilSisip, PESAN_API_LAMA, pesanGagal } from "./hasil";
import { muatSaatBuka } from "./muat-saat-buka";
import { apiCukup, sisipkanRencana } from "./terapkan-rencana";

/** One user action, one Excel.run: the catalog's workbook for the chosen year, in the user's language. */
export async function sisipkanIku(katalog: Katalog, tahunAktif: number, bahasa: Bahasa): Promise<HasilSisip> {
  // Checked before Excel.run too: outside a new enough Excel there may be no Excel.run at all.
  if (!apiCukup()) return { ok: false, pesan: PESAN_API_LAMA };
  let hasil: HasilSisip;
  try {
    hasil = await Excel.run((context) =>
      sisipkanRencana(context, (nama) => buatRencana(katalog, nama, { tahunAktif, bahasa })),
    );
  } catch (e) {
    return { ok: false, pesan: pesanGagal(e) };
  }
  // The workbook now holds formulas worth calculating on open; muatSaatBuka never throws.
  if (hasil.ok) await muatSaatBuka();
  return hasil;
}
