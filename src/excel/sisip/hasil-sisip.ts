import { Teks } from "../../bahasa";
import type { TahunSisip } from "../../workbook/sisip/rencana-iku";
import type { TempatIsian } from "../../workbook/sisip/tempat-isian";

/**
 * What one insertion gives back: the sheets it created, or a message for a person. A failed
 * insertion removes the sheets it added; `lembarBaru` names those left behind when that failed.
 */
export type HasilSisip =
  | {
      ok: true;
      lembar: string[];
      /** What to fill next, sheet by sheet, and the years the sheets were made for (sisipkanIku). */
      isian?: TempatIsian[];
      tahun?: TahunSisip;
    }
  | { ok: false; pesan: Teks; lembarBaru?: string[] };

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
