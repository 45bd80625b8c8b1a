import { Bahasa } from "../../bahasa";
import { Katalog } from "../../domain/types";
import { NamaLembar, RencanaBuku } from "../../workbook/rencana";
import { buatRencana, TahunSisip } from "../../workbook/sisip/rencana-iku";
import { tempatIsian } from "../../workbook/sisip/tempat-isian";
import { pesanGalatOffice } from "../galat-office";
import { HasilSisip, PESAN_API_LAMA } from "./hasil-sisip";
import { muatSaatBuka } from "./muat-saat-buka";
import { apiCukup, Kemajuan, sisipkanRencana } from "./terapkan-rencana";

/**
 * One user action, one Excel.run: the catalog's workbook for the chosen years (a single number:
 * report and plan year alike), in the user's language; a large catalog goes in several batches,
 * each reported to `kemajuan`. Success says what to fill next, where.
 */
export async function sisipkanIku(
  katalog: Katalog,
  tahunDipilih: TahunSisip | number,
  bahasa: Bahasa,
  kemajuan?: Kemajuan,
): Promise<HasilSisip> {
  const tahun =
    typeof tahunDipilih === "number" ? { laporan: tahunDipilih, rencana: tahunDipilih } : tahunDipilih;
  let dibuat: { rencana: RencanaBuku; nama: NamaLembar } | undefined;
  const buat = (nama: NamaLembar) => {
    const rencana = buatRencana(katalog, nama, {
      tahunAktif: tahun.laporan,
      tahunRencana: tahun.rencana,
      bahasa,
    });
    dibuat = { rencana, nama };
    return rencana;
  };
  // Checked before Excel.run too: outside a new enough Excel there may be no Excel.run at all.
  if (!apiCukup()) return { ok: false, pesan: PESAN_API_LAMA };
  let hasil: HasilSisip;
  try {
    hasil = await Excel.run((context) => sisipkanRencana(context, buat, { kemajuan }));
  } catch (e) {
    return { ok: false, pesan: pesanGalatOffice(e, "sisip") };
  }
  // A failed insertion has already removed the sheets it added, and says so.
  if (!hasil.ok) return hasil;
  // The workbook now holds formulas worth calculating on open; muatSaatBuka never throws.
  await muatSaatBuka();
  return dibuat ? { ...hasil, isian: tempatIsian(dibuat.rencana, dibuat.nama, tahun), tahun } : hasil;
}
