import { Bahasa } from "../../bahasa";
import { Katalog } from "../../domain/types";
import { buatRencana } from "../../workbook/sisip/rencana-iku";
import { pesanGalatOffice } from "../galat-office";
import { HasilSisip, PESAN_API_LAMA } from "./hasil-sisip";
import { muatSaatBuka } from "./muat-saat-buka";
import { apiCukup, Kemajuan, sisipkanRencana } from "./terapkan-rencana";

/**
 * One user action, one Excel.run: the catalog's workbook for the chosen year, in the user's
 * language; a large catalog goes in several batches, each reported to `kemajuan`.
 */
export async function sisipkanIku(
  katalog: Katalog,
  tahunAktif: number,
  bahasa: Bahasa,
  kemajuan?: Kemajuan,
): Promise<HasilSisip> {
  // Checked before Excel.run too: outside a new enough Excel there may be no Excel.run at all.
  if (!apiCukup()) return { ok: false, pesan: PESAN_API_LAMA };
  let hasil: HasilSisip;
  try {
    hasil = await Excel.run((context) =>
      sisipkanRencana(context, (nama) => buatRencana(katalog, nama, { tahunAktif, bahasa }), { kemajuan }),
    );
  } catch (e) {
    return { ok: false, pesan: pesanGalatOffice(e, "sisip") };
  }
  // A failed insertion has already removed the sheets it added, and says so.
  if (!hasil.ok) return hasil;
  // The workbook now holds formulas worth calculating on open; muatSaatBuka never throws.
  await muatSaatBuka();
  return hasil;
}
