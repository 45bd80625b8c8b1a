/**
 * The one translator from what Office.js threw to words for a planner: what failed, whether
 * anything changed, and what to do. Known Excel error codes (Excel.ErrorCodes) get a cause and a
 * remedy; any other error keeps Excel's own message. The code stays in parentheses for the IT desk.
 */
import { Teks } from "../bahasa";

/** What the planner was doing when Excel refused. */
export type AksiOffice =
  | "sisip"
  | "tandai"
  | "manual"
  | "pilihan"
  | "hapus"
  | "ubahAngka"
  | "pilihSel"
  | "renstra"
  | "pilihBaris"
  | "pilihIsian"
  | "triwulan"
  | "pilihBarisTriwulan";

interface UraianAksi {
  /** What failed, without a full stop: the cause follows a colon. */
  gagal: Teks;
  /** The remedy for a size refusal where a smaller selection is not the planner's to make. */
  terlaluBesar?: Teks;
  /** Causes that mean something else for this action than in general, by code. */
  khusus?: Readonly<Record<string, { sebab: Teks }>>;
  /** Whether anything changed, stated only as far as it is true after a non-atomic batch. */
  tetap: Teks;
  /** The step for a cause the code does not tell. */
  coba: Teks;
}

/** Said after a refusal that changed nothing: one text for every action that only reads or selects. */
const TIDAK_BERUBAH: Teks = { id: "Tidak ada yang diubah.", en: "Nothing was changed." };

/** Why select() was refused: the sheet is not the one shown (office-js #5118), not the planner's selection. */
const SEBAB_LEMBAR_TAMPIL: Teks = {
  id: "Excel hanya dapat memilih sel di lembar yang sedang ditampilkan",
  en: "Excel can only select a cell on the sheet being shown",
};

const AKSI: Record<AksiOffice, UraianAksi> = {
  sisip: {
    gagal: { id: "Tabel IKU tidak dapat disisipkan", en: "The IKU workbook could not be inserted" },
    // The insertion already retried in smaller batches before this is shown.
    terlaluBesar: {
      id:
        "Penyisipan sudah dicoba lagi dalam kiriman yang lebih kecil dan tetap ditolak. Coba di Excel " +
        "desktop, atau mintalah berkas templat IKU (.xlsx) kepada admin TI.",
      en:
        "The insertion was already retried in smaller batches and was still refused. Try Excel " +
        "desktop, or ask your IT administrator for the IKU template (.xlsx).",
    },
    tetap: { id: "Lembar yang sudah ada tidak diubah.", en: "Existing sheets were not changed." },
    coba: {
      id: "Klik Sisipkan IKU sekali lagi; jika tetap gagal, tunjukkan pesan ini kepada admin TI.",
      en: "Click Insert IKU once more; if it still fails, show this message to your IT administrator.",
    },
  },
  tandai: {
    gagal: { id: "Tabel tidak dapat ditandai", en: "The table could not be flagged" },
    tetap: { id: "Angka di tabel tidak diubah.", en: "The table's numbers were not changed." },
    coba: {
      id: "Pilih lagi tabelnya (atau satu sel di dalamnya), lalu klik Tandai Capaian sekali lagi.",
      en: "Select the table (or one cell in it) again, then click Flag misses once more.",
    },
  },
  manual: {
    gagal: { id: "Rentang tidak dapat ditandai", en: "The ranges could not be flagged" },
    tetap: { id: "Angka di rentang tidak diubah.", en: "The numbers in the ranges were not changed." },
    coba: {
      id: "Pilih lagi rentang target dan realisasi, lalu klik Tandai rentang ini sekali lagi.",
      en: "Choose the target and actual ranges again, then click Flag these ranges once more.",
    },
  },
  pilihan: {
    gagal: { id: "Pilihan tidak dapat dibaca", en: "The selection could not be read" },
    tetap: TIDAK_BERUBAH,
    coba: {
      id: "Pilih lagi rentangnya di lembar, lalu klik tombol Gunakan pilihan sekali lagi.",
      en: "Select the range on the sheet again, then click the Use selection button once more.",
    },
  },
  hapus: {
    gagal: { id: "Tanda tidak dapat dihapus", en: "The flags could not be removed" },
    tetap: { id: "Isi sel tidak diubah.", en: "No cell contents were changed." },
    coba: {
      id: "Buka lembar yang ditandai, lalu klik Hapus Tanda lagi.",
      en: "Open the flagged sheet and click Remove flags again.",
    },
  },
  ubahAngka: {
    gagal: { id: "Sel tidak dapat diubah jadi angka", en: "The cells could not be converted to numbers" },
    tetap: {
      id: "Sel yang belum berubah tetap berisi teks.",
      en: "Cells not yet converted still hold text.",
    },
    coba: {
      id: "Klik Tandai Capaian lagi agar daftarnya diperbarui, lalu klik Ubah jadi angka.",
      en: "Click Flag misses again to refresh the list, then click Convert to numbers.",
    },
  },
  pilihSel: {
    gagal: { id: "Sel tidak dapat dipilih", en: "The cell could not be selected" },
    tetap: TIDAK_BERUBAH,
    // Here the refusal comes from select() on a sheet not shown (office-js #5118), not from the planner's selection.
    khusus: { InvalidSelection: { sebab: SEBAB_LEMBAR_TAMPIL } },
    coba: {
      id: "Klik Tandai Capaian lagi agar daftarnya diperbarui, lalu klik selnya sekali lagi.",
      en: "Click Flag misses again to refresh the list, then click the cell once more.",
    },
  },
  renstra: {
    gagal: { id: "Tabel Renstra tidak dapat diperiksa", en: "The Renstra table could not be checked" },
    tetap: TIDAK_BERUBAH,
    coba: {
      id: "Buka lembar Renstra, lalu klik Periksa Renstra sekali lagi.",
      en: "Open the Renstra sheet, then click Check Renstra once more.",
    },
  },
  pilihBaris: {
    gagal: { id: "Baris tidak dapat dipilih", en: "The row could not be selected" },
    tetap: TIDAK_BERUBAH,
    khusus: { InvalidSelection: { sebab: SEBAB_LEMBAR_TAMPIL } },
    coba: {
      id: "Klik Periksa Renstra lagi agar daftarnya diperbarui, lalu klik barisnya sekali lagi.",
      en: "Click Check Renstra again to refresh the list, then click the row once more.",
    },
  },
  pilihIsian: {
    gagal: { id: "Sel isian tidak dapat dipilih", en: "The input cells could not be selected" },
    tetap: TIDAK_BERUBAH,
    khusus: { InvalidSelection: { sebab: SEBAB_LEMBAR_TAMPIL } },
    coba: {
      id: "Periksa bahwa lembarnya masih ada dan tidak disembunyikan, lalu klik lagi tombolnya di daftar Isi berikutnya.",
      en: "Check that the sheet still exists and is not hidden, then click its button in the Fill in next list again.",
    },
  },
  triwulan: {
    gagal: { id: "Triwulan tidak dapat diperiksa", en: "The quarter could not be checked" },
    tetap: TIDAK_BERUBAH,
    coba: {
      id: "Buka lembar Rencana Aksi atau Triwulan, lalu klik Periksa Triwulan sekali lagi.",
      en: "Open the Rencana Aksi or Triwulan sheet, then click Check the quarter once more.",
    },
  },
  pilihBarisTriwulan: {
    gagal: { id: "Baris tidak dapat dipilih", en: "The row could not be selected" },
    tetap: TIDAK_BERUBAH,
    khusus: { InvalidSelection: { sebab: SEBAB_LEMBAR_TAMPIL } },
    coba: {
      id: "Klik Periksa Triwulan lagi agar daftarnya diperbarui, lalu klik barisnya sekali lagi.",
      en: "Click Check the quarter again to refresh the list, then click the row once more.",
    },
  },
};

interface UraianKode {
  /** The cause in the planner's words, without a full stop. */
  sebab: Teks;
  /** The remedy; absent where retrying the action is the remedy. */
  langkah?: Teks;
}

const TERLALU_BESAR: UraianKode = {
  sebab: {
    id: "data yang dikirim atau dibaca melebihi batas Excel (sekitar 5 MB sekali jalan)",
    en: "the data sent or read exceeds Excel's limit (about 5 MB at a time)",
  },
  langkah: {
    id: "Pilih rentang yang lebih kecil (misalnya separuh tabel), lalu coba lagi.",
    en: "Select a smaller range (half the table, say), then try again.",
  },
};
const DIKUNCI: UraianKode = {
  sebab: {
    id: "Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca",
    en: "Excel does not allow this change; the sheet or workbook is protected, or the file is open read-only",
  },
  langkah: {
    id: "Buka proteksinya (Tinjau > Buka Proteksi Lembar) atau buka berkas dalam mode sunting, lalu coba lagi.",
    en: "Unprotect it (Review > Unprotect Sheet) or open the file for editing, then try again.",
  },
};
const TUNGGU: Teks = {
  id: "Tunggu sebentar, lalu coba lagi.",
  en: "Wait a moment, then try again.",
};

/** Causes and remedies per Excel.ErrorCodes value. */
const KODE_OFFICE: Readonly<Record<string, UraianKode>> = {
  InvalidOperationInCellEditMode: {
    sebab: {
      id: "Excel sedang dalam mode sunting sel (ada sel yang sedang diketik)",
      en: "Excel is in cell-edit mode (a cell is being typed in)",
    },
    langkah: {
      id: "Tekan Enter atau Esc untuk menyelesaikan sel itu, lalu coba lagi.",
      en: "Press Enter or Esc to finish that cell, then try again.",
    },
  },
  AccessDenied: DIKUNCI,
  InsufficientPermission: DIKUNCI,
  RequestPayloadSizeLimitExceeded: TERLALU_BESAR,
  ResponsePayloadSizeLimitExceeded: TERLALU_BESAR,
  RangeExceedsLimit: TERLALU_BESAR,
  OperationCellsExceedLimit: TERLALU_BESAR,
  ItemNotFound: {
    sebab: {
      id: "lembar, rentang, atau aturan yang dituju sudah tidak ada (mungkin dihapus atau diganti namanya)",
      en: "the sheet, range or rule it needs no longer exists (deleted or renamed, perhaps)",
    },
  },
  // getSelectedRange throws it for a selection of several areas (learn.microsoft.com/javascript/api/excel/excel.workbook).
  InvalidSelection: {
    sebab: {
      id: "pilihan di lembar terdiri dari beberapa area (dipilih dengan Ctrl+klik) atau bukan rentang sel",
      en: "the selection on the sheet has several areas (chosen with Ctrl+click) or is not a range of cells",
    },
    langkah: {
      id: "Pilih satu tabel atau satu rentang saja, bukan beberapa area, lalu coba lagi.",
      en: "Select one table or one range only, not several areas, then try again.",
    },
  },
  ItemAlreadyExists: {
    sebab: {
      id: "nama yang hendak dibuat sudah dipakai di buku kerja ini",
      en: "a name it had to create is already used in this workbook",
    },
  },
  InvalidArgument: {
    sebab: {
      id: "Excel menolak alamat atau nilai yang dikirim",
      en: "Excel refused an address or value it was sent",
    },
  },
  GeneralException: {
    sebab: { id: "Excel mengalami galat internal", en: "Excel ran into an internal error" },
    langkah: {
      id: "Simpan buku kerja, tutup lalu buka lagi, kemudian coba lagi.",
      en: "Save the workbook, close and reopen it, then try again.",
    },
  },
  ApiNotFound: {
    sebab: {
      id: "versi Excel ini belum mendukung fitur yang dibutuhkan",
      en: "this version of Excel lacks a feature it needs",
    },
    langkah: {
      id: "Gunakan Microsoft 365, Excel 2021 atau Excel di web; mintalah bantuan admin TI.",
      en: "Use Microsoft 365, Excel 2021 or Excel on the web; ask your IT administrator for help.",
    },
  },
  Conflict: {
    sebab: {
      id: "buku kerja sedang diubah di tempat lain (penyuntingan bersama) pada saat yang sama",
      en: "the workbook is being changed elsewhere (co-authoring) at the same time",
    },
    langkah: TUNGGU,
  },
  ActivityLimitReached: {
    sebab: {
      id: "Excel sedang menerima terlalu banyak permintaan",
      en: "Excel is receiving too many requests",
    },
    langkah: TUNGGU,
  },
};

export interface GalatOffice {
  pesan: string;
  kode?: string;
  /** Where in the batch Excel failed (debugInfo.errorLocation), e.g. "Range.values". */
  lokasi?: string;
}

/** An error object from Office.js (OfficeExtension.Error) or anything else thrown. */
export function uraiGalatOffice(e: unknown): GalatOffice {
  if (typeof e !== "object" || e === null) return { pesan: String(e) };
  const o = e as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } };
  const lokasi = o.debugInfo?.errorLocation;
  return {
    pesan: String(o.message ?? e),
    ...(typeof o.code === "string" ? { kode: o.code } : {}),
    ...(typeof lokasi === "string" && lokasi !== "" ? { lokasi } : {}),
  };
}

/** A cause with the code and location in parentheses, for the IT desk. */
function tandaiKode(sebab: Teks, g: GalatOffice): Teks {
  const tanda = [g.kode, g.lokasi].filter(Boolean).join(", ");
  const akhir = tanda ? ` (${tanda})` : "";
  return { id: sebab.id + akhir, en: sebab.en + akhir };
}

/** The cause and, for the IT desk, the code: "cause (Code, Location)" in both languages. */
function sebabGalat(g: GalatOffice): { sebab: Teks; langkah?: Teks } {
  const dikenal = g.kode !== undefined ? KODE_OFFICE[g.kode] : undefined;
  if (dikenal) return { sebab: tandaiKode(dikenal.sebab, g), langkah: dikenal.langkah };
  // The sentence gets its own full stop.
  const pesan = g.kode || g.lokasi ? g.pesan : g.pesan.replace(/\.$/, "");
  return { sebab: tandaiKode({ id: pesan, en: pesan }, g) };
}

/**
 * What the planner reads when `aksi` failed with `e`: what failed, the cause (Excel's own words
 * for an unknown code), what did not change, and what to do next.
 * @example pesanGalatOffice({ code: "InvalidOperationInCellEditMode", message: "…" }, "tandai").id
 * // "Tabel tidak dapat ditandai: Excel sedang dalam mode sunting sel (…) (InvalidOperationInCellEditMode).
 * //  Angka di tabel tidak diubah. Tekan Enter atau Esc untuk menyelesaikan sel itu, lalu coba lagi."
 */
export function pesanGalatOffice(e: unknown, aksi: AksiOffice): Teks {
  const a = AKSI[aksi];
  const g = uraiGalatOffice(e);
  const khusus = g.kode !== undefined ? a.khusus?.[g.kode] : undefined;
  const uraian = khusus ? { sebab: tandaiKode(khusus.sebab, g) } : sebabGalat(g);
  const ukuran = g.kode !== undefined && KODE_OFFICE[g.kode] === TERLALU_BESAR ? a.terlaluBesar : undefined;
  const { sebab, langkah = a.coba } = { ...uraian, ...(ukuran ? { langkah: ukuran } : {}) };
  const teks = (b: "id" | "en") => `${a.gagal[b]}: ${sebab[b]}. ${a.tetap[b]} ${langkah[b]}`;
  return { id: teks("id"), en: teks("en") };
}

/** The buttons that judge cells, named in the message that asks to click them again. */
const TOMBOL_NILAI: Record<"tandai" | "manual" | "renstra" | "triwulan", Teks> = {
  tandai: { id: "Tandai Capaian", en: "Flag misses" },
  manual: { id: "Tandai rentang ini", en: "Flag these ranges" },
  renstra: { id: "Periksa Renstra", en: "Check Renstra" },
  triwulan: { id: "Periksa Triwulan", en: "Check the quarter" },
};

/**
 * Why `aksi` stopped before judging: cell `alamat` still shows `kode` (#BUSY! while a custom
 * function computes, #GETTING_DATA while data loads), so its value is not known yet.
 * @example pesanMasihDihitung("tandai", "C2", "#BUSY!").en
 * // "The table could not be flagged: cell C2 is still being calculated by Excel (#BUSY!). Nothing was
 * //  changed. Wait a moment until Excel finishes calculating, then click Flag misses again."
 */
export function pesanMasihDihitung(
  aksi: "tandai" | "manual" | "renstra" | "triwulan",
  alamat: string,
  kode: string,
): Teks {
  const { gagal } = AKSI[aksi];
  const tombol = TOMBOL_NILAI[aksi];
  return {
    id:
      `${gagal.id}: sel ${alamat} masih dihitung oleh Excel (${kode}). Tidak ada yang diubah. ` +
      `Tunggu sebentar sampai Excel selesai menghitung, lalu klik ${tombol.id} lagi.`,
    en:
      `${gagal.en}: cell ${alamat} is still being calculated by Excel (${kode}). Nothing was changed. ` +
      `Wait a moment until Excel finishes calculating, then click ${tombol.en} again.`,
  };
}

/**
 * The failed insertion's message completed with what the clean-up did: the sheets it had added,
 * removed again (or not, and why), so the pane never claims an untouched workbook wrongly.
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
  const { sebab } = sebabGalat(uraiGalatOffice(bersih.galat));
  return {
    id:
      `Tabel IKU tidak dapat disisipkan, dan lembar yang sempat dibuat (${nama}) tidak dapat dihapus ` +
      `kembali: ${sebab.id}. Hapus lembar tersebut secara manual. Penyebab awal: ${gagal.id}`,
    en:
      `The IKU workbook could not be inserted, and the sheets it had added (${nama}) could not be ` +
      `removed: ${sebab.en}. Delete those sheets by hand. First cause: ${gagal.en}`,
  };
}
