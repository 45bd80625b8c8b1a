import { Bahasa } from "../bahasa";
import { Katalog } from "../domain/types";
import { buatRencana } from "../workbook/rencana-iku";
import { pesanGagalDibersihkan, pesanGalatOffice } from "./galat-office";
import { HasilSisip, PESAN_API_LAMA } from "./hasil";
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
  if (!hasil.ok) {
    if (!hasil.lembarBaru) return hasil;
    return { ok: false, pesan: pesanGagalDibersihkan(hasil.pesan, await hapusLembarBaru(hasil.lembarBaru)) };
  }
  // The workbook now holds formulas worth calculating on open; muatSaatBuka never throws.
  await muatSaatBuka();
  return hasil;
}

/**
 * A new batch after a failed insertion: deletes exactly those of the named sheets that exist
 * (their names were free before, so the failed batch added them). Never throws: `lembar` lists
 * the sheets it found (all named ones when even the listing failed), removed unless `galat`.
 */
export async function hapusLembarBaru(
  nama: readonly string[],
): Promise<{ lembar: string[]; galat?: unknown }> {
  let ada: string[] = [];
  try {
    await Excel.run(async (context) => {
      const daftar = context.workbook.worksheets;
      daftar.load("items/name");
      await context.sync();
      ada = daftar.items.map((l) => l.name).filter((n) => nama.includes(n));
      for (const n of ada) daftar.getItem(n).delete();
      await context.sync();
    });
    return { lembar: ada };
  } catch (e) {
    return { lembar: ada.length > 0 ? ada : [...nama], galat: e };
  }
}
