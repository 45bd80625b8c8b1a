import { Teks } from "../../bahasa";
import { uraiGalat } from "../galat-office";

/**
 * What one insertion gives back: the sheets it created, or a message for a person. A failure
 * after the sheets were queued names them in `lembarBaru`: a batch is not atomic, so some may exist.
 */
export type HasilSisip = { ok: true; lembar: string[] } | { ok: false; pesan: Teks; lembarBaru?: string[] };

/** The highest requirement set the writer uses: pageLayout and suspendScreenUpdatingUntilNextSync. */
export const VERSI_API = "1.9";

export const PESAN_API_LAMA: Teks = {
  id:
    "Excel ini belum mendukung penyisipan tabel IKU (perlu ExcelApi 1.9: Microsoft 365, Excel 2021 " +
    "atau Excel di web). Tidak ada yang diubah. Mintalah berkas templat IKU (.xlsx) kepada admin TI.",
  en:
    "This Excel cannot insert the IKU workbook (ExcelApi 1.9 is needed: Microsoft 365, Excel 2021 " +
    "or Excel on the web). Nothing was changed. Ask your IT administrator for the IKU template (.xlsx).",
};

/** A failed insertion told in words; the Office error code stays visible for the IT desk. */
export function pesanGagal(e: unknown): Teks {
  const { pesan, kode } = uraiGalat(e);
  const akhir = kode ? ` (${kode})` : "";
  return {
    id: `Tabel IKU tidak dapat disisipkan: ${pesan}${akhir}. Lembar yang sudah ada tidak diubah.`,
    en: `The IKU workbook could not be inserted: ${pesan}${akhir}. Existing sheets were not changed.`,
  };
}

/**
 * The failure message completed with what the clean-up did: the sheets a failed insertion had
 * added, removed again (or not, and why), so the pane never claims an untouched workbook wrongly.
 */
export function pesanGagalDibersihkan(gagal: Teks, bersih: { lembar: string[]; galat?: unknown }): Teks {
  const nama = bersih.lembar.join(", ");
  if (bersih.galat === undefined) {
    if (bersih.lembar.length === 0) return gagal;
    return {
      id: `${gagal.id} Lembar yang sempat dibuat (${nama}) sudah dihapus kembali.`,
      en: `${gagal.en} The sheets it had added (${nama}) were removed again.`,
    };
  }
  const { pesan, kode } = uraiGalat(bersih.galat);
  const k = kode ? ` (${kode})` : "";
  return {
    id:
      `Tabel IKU tidak dapat disisipkan, dan lembar yang sempat dibuat (${nama}) tidak dapat dihapus ` +
      `kembali: ${pesan}${k}. Hapus lembar tersebut secara manual. Penyebab awal: ${gagal.id}`,
    en:
      `The IKU workbook could not be inserted, and the sheets it had added (${nama}) could not be ` +
      `removed: ${pesan}${k}. Delete those sheets by hand. First cause: ${gagal.en}`,
  };
}
