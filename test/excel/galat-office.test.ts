import {
  AksiOffice,
  pesanGagalDibersihkan,
  pesanGalatOffice,
  uraiGalatOffice,
} from "../../src/excel/galat-office";

/** An OfficeExtension.Error as Excel throws it: code, message, and where in the batch. */
const galat = (code: string, message = "Pesan Excel.", errorLocation?: string) => ({
  name: "RichApi.Error",
  code,
  message,
  debugInfo: errorLocation ? { code, message, errorLocation } : { code, message },
});

describe("pesanGalatOffice, per known Excel error code", () => {
  it.each([
    [
      "InvalidOperationInCellEditMode",
      "Tabel tidak dapat ditandai: Excel sedang dalam mode sunting sel (ada sel yang sedang diketik) (InvalidOperationInCellEditMode). Angka di tabel tidak diubah. Tekan Enter atau Esc untuk menyelesaikan sel itu, lalu coba lagi.",
      "The table could not be flagged: Excel is in cell-edit mode (a cell is being typed in) (InvalidOperationInCellEditMode). The table's numbers were not changed. Press Enter or Esc to finish that cell, then try again.",
    ],
    [
      "AccessDenied",
      "Tabel tidak dapat ditandai: Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca (AccessDenied). Angka di tabel tidak diubah. Buka proteksinya (Tinjau > Buka Proteksi Lembar) atau buka berkas dalam mode sunting, lalu coba lagi.",
      "The table could not be flagged: Excel does not allow this change; the sheet or workbook is protected, or the file is open read-only (AccessDenied). The table's numbers were not changed. Unprotect it (Review > Unprotect Sheet) or open the file for editing, then try again.",
    ],
    [
      "InsufficientPermission",
      "Tabel tidak dapat ditandai: Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca (InsufficientPermission). Angka di tabel tidak diubah. Buka proteksinya (Tinjau > Buka Proteksi Lembar) atau buka berkas dalam mode sunting, lalu coba lagi.",
      "The table could not be flagged: Excel does not allow this change; the sheet or workbook is protected, or the file is open read-only (InsufficientPermission). The table's numbers were not changed. Unprotect it (Review > Unprotect Sheet) or open the file for editing, then try again.",
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      "Tabel tidak dapat ditandai: data yang dikirim atau dibaca melebihi batas Excel (sekitar 5 MB sekali jalan) (RequestPayloadSizeLimitExceeded). Angka di tabel tidak diubah. Pilih rentang yang lebih kecil (misalnya separuh tabel), lalu coba lagi.",
      "The table could not be flagged: the data sent or read exceeds Excel's limit (about 5 MB at a time) (RequestPayloadSizeLimitExceeded). The table's numbers were not changed. Select a smaller range (half the table, say), then try again.",
    ],
    [
      "ResponsePayloadSizeLimitExceeded",
      "Tabel tidak dapat ditandai: data yang dikirim atau dibaca melebihi batas Excel (sekitar 5 MB sekali jalan) (ResponsePayloadSizeLimitExceeded). Angka di tabel tidak diubah. Pilih rentang yang lebih kecil (misalnya separuh tabel), lalu coba lagi.",
      "The table could not be flagged: the data sent or read exceeds Excel's limit (about 5 MB at a time) (ResponsePayloadSizeLimitExceeded). The table's numbers were not changed. Select a smaller range (half the table, say), then try again.",
    ],
    [
      "RangeExceedsLimit",
      "Tabel tidak dapat ditandai: data yang dikirim atau dibaca melebihi batas Excel (sekitar 5 MB sekali jalan) (RangeExceedsLimit). Angka di tabel tidak diubah. Pilih rentang yang lebih kecil (misalnya separuh tabel), lalu coba lagi.",
      "The table could not be flagged: the data sent or read exceeds Excel's limit (about 5 MB at a time) (RangeExceedsLimit). The table's numbers were not changed. Select a smaller range (half the table, say), then try again.",
    ],
    [
      "ItemNotFound",
      "Tabel tidak dapat ditandai: lembar, rentang, atau aturan yang dituju sudah tidak ada (mungkin dihapus atau diganti namanya) (ItemNotFound). Angka di tabel tidak diubah. Pilih lagi tabelnya (atau satu sel di dalamnya), lalu klik Tandai Capaian sekali lagi.",
      "The table could not be flagged: the sheet, range or rule it needs no longer exists (deleted or renamed, perhaps) (ItemNotFound). The table's numbers were not changed. Select the table (or one cell in it) again, then click Flag misses once more.",
    ],
    [
      "ItemAlreadyExists",
      "Tabel tidak dapat ditandai: nama yang hendak dibuat sudah dipakai di buku kerja ini (ItemAlreadyExists). Angka di tabel tidak diubah. Pilih lagi tabelnya (atau satu sel di dalamnya), lalu klik Tandai Capaian sekali lagi.",
      "The table could not be flagged: a name it had to create is already used in this workbook (ItemAlreadyExists). The table's numbers were not changed. Select the table (or one cell in it) again, then click Flag misses once more.",
    ],
    [
      "InvalidArgument",
      "Tabel tidak dapat ditandai: Excel menolak alamat atau nilai yang dikirim (InvalidArgument). Angka di tabel tidak diubah. Pilih lagi tabelnya (atau satu sel di dalamnya), lalu klik Tandai Capaian sekali lagi.",
      "The table could not be flagged: Excel refused an address or value it was sent (InvalidArgument). The table's numbers were not changed. Select the table (or one cell in it) again, then click Flag misses once more.",
    ],
    [
      "GeneralException",
      "Tabel tidak dapat ditandai: Excel mengalami galat internal (GeneralException). Angka di tabel tidak diubah. Simpan buku kerja, tutup lalu buka lagi, kemudian coba lagi.",
      "The table could not be flagged: Excel ran into an internal error (GeneralException). The table's numbers were not changed. Save the workbook, close and reopen it, then try again.",
    ],
    [
      "ApiNotFound",
      "Tabel tidak dapat ditandai: versi Excel ini belum mendukung fitur yang dibutuhkan (ApiNotFound). Angka di tabel tidak diubah. Gunakan Microsoft 365, Excel 2021 atau Excel di web; mintalah bantuan admin TI.",
      "The table could not be flagged: this version of Excel lacks a feature it needs (ApiNotFound). The table's numbers were not changed. Use Microsoft 365, Excel 2021 or Excel on the web; ask your IT administrator for help.",
    ],
    [
      "Conflict",
      "Tabel tidak dapat ditandai: buku kerja sedang diubah di tempat lain (penyuntingan bersama) pada saat yang sama (Conflict). Angka di tabel tidak diubah. Tunggu sebentar, lalu coba lagi.",
      "The table could not be flagged: the workbook is being changed elsewhere (co-authoring) at the same time (Conflict). The table's numbers were not changed. Wait a moment, then try again.",
    ],
    [
      "ActivityLimitReached",
      "Tabel tidak dapat ditandai: Excel sedang menerima terlalu banyak permintaan (ActivityLimitReached). Angka di tabel tidak diubah. Tunggu sebentar, lalu coba lagi.",
      "The table could not be flagged: Excel is receiving too many requests (ActivityLimitReached). The table's numbers were not changed. Wait a moment, then try again.",
    ],
  ])("tells the planner what %s means and what to do", (kode, id, en) => {
    expect(pesanGalatOffice(galat(kode), "tandai")).toEqual({ id, en });
  });
});

describe("pesanGalatOffice, per action, for a code it does not know", () => {
  it.each<[AksiOffice, string, string]>([
    [
      "sisip",
      "Tabel IKU tidak dapat disisipkan: Pesan Excel. (NotImplemented). Lembar yang sudah ada tidak diubah. Klik Sisipkan IKU sekali lagi; jika tetap gagal, tunjukkan pesan ini kepada admin TI.",
      "The IKU workbook could not be inserted: Pesan Excel. (NotImplemented). Existing sheets were not changed. Click Insert IKU once more; if it still fails, show this message to your IT administrator.",
    ],
    [
      "tandai",
      "Tabel tidak dapat ditandai: Pesan Excel. (NotImplemented). Angka di tabel tidak diubah. Pilih lagi tabelnya (atau satu sel di dalamnya), lalu klik Tandai Capaian sekali lagi.",
      "The table could not be flagged: Pesan Excel. (NotImplemented). The table's numbers were not changed. Select the table (or one cell in it) again, then click Flag misses once more.",
    ],
    [
      "manual",
      "Rentang tidak dapat ditandai: Pesan Excel. (NotImplemented). Angka di rentang tidak diubah. Pilih lagi rentang target dan realisasi, lalu klik Tandai rentang ini sekali lagi.",
      "The ranges could not be flagged: Pesan Excel. (NotImplemented). The numbers in the ranges were not changed. Choose the target and actual ranges again, then click Flag these ranges once more.",
    ],
    [
      "pilihan",
      "Pilihan tidak dapat dibaca: Pesan Excel. (NotImplemented). Tidak ada yang diubah. Pilih lagi rentangnya di lembar, lalu klik tombol Gunakan pilihan sekali lagi.",
      "The selection could not be read: Pesan Excel. (NotImplemented). Nothing was changed. Select the range on the sheet again, then click the Use selection button once more.",
    ],
    [
      "hapus",
      "Tanda tidak dapat dihapus: Pesan Excel. (NotImplemented). Isi sel tidak diubah. Buka lembar yang ditandai, lalu klik Hapus Tanda lagi.",
      "The flags could not be removed: Pesan Excel. (NotImplemented). No cell contents were changed. Open the flagged sheet and click Remove flags again.",
    ],
    [
      "ubahAngka",
      "Sel tidak dapat diubah jadi angka: Pesan Excel. (NotImplemented). Sel yang belum berubah tetap berisi teks. Klik Tandai Capaian lagi agar daftarnya diperbarui, lalu klik Ubah jadi angka.",
      "The cells could not be converted to numbers: Pesan Excel. (NotImplemented). Cells not yet converted still hold text. Click Flag misses again to refresh the list, then click Convert to numbers.",
    ],
    [
      "pilihSel",
      "Sel tidak dapat dipilih: Pesan Excel. (NotImplemented). Tidak ada yang diubah. Klik Tandai Capaian lagi agar daftarnya diperbarui, lalu klik selnya sekali lagi.",
      "The cell could not be selected: Pesan Excel. (NotImplemented). Nothing was changed. Click Flag misses again to refresh the list, then click the cell once more.",
    ],
  ])("keeps Excel's words and code when %s fails", (aksi, id, en) => {
    expect(pesanGalatOffice(galat("NotImplemented"), aksi)).toEqual({ id, en });
  });

  it("names where in the batch Excel failed, next to the code", () => {
    expect(pesanGalatOffice(galat("Kustom", "Ditolak", "Range.values"), "hapus").en).toBe(
      "The flags could not be removed: Ditolak (Kustom, Range.values). No cell contents were changed. Open the flagged sheet and click Remove flags again.",
    );
  });

  it.each([
    [new TypeError("x is undefined."), "Tanda tidak dapat dihapus: x is undefined. Isi sel"],
    ["teks saja", "Tanda tidak dapat dihapus: teks saja. Isi sel"],
    [undefined, "Tanda tidak dapat dihapus: undefined. Isi sel"],
  ])("tells anything else thrown in its own words (%p)", (e, awal) => {
    expect(pesanGalatOffice(e, "hapus").id.startsWith(awal)).toBe(true);
  });
});

describe("uraiGalatOffice", () => {
  it.each([
    [
      galat("ItemNotFound", "Hilang", "GetItem"),
      { pesan: "Hilang", kode: "ItemNotFound", lokasi: "GetItem" },
    ],
    [galat("ItemNotFound", "Hilang"), { pesan: "Hilang", kode: "ItemNotFound" }],
    [{ code: 7, message: "m" }, { pesan: "m" }],
    [42, { pesan: "42" }],
  ])("reads %p", (e, hasil) => {
    expect(uraiGalatOffice(e)).toEqual(hasil);
  });
});

describe("pesanGagalDibersihkan", () => {
  const gagal = { id: "Gagal.", en: "Failed." };

  it("adds that the sheets were removed again", () => {
    expect(pesanGagalDibersihkan(gagal, { lembar: ["IKU", "PK"] })).toEqual({
      id: "Gagal. Lembar yang sempat dibuat (IKU, PK) sudah dihapus kembali.",
      en: "Failed. The sheets it had added (IKU, PK) were removed again.",
    });
  });

  it("keeps the message when no sheet was added", () => {
    expect(pesanGagalDibersihkan(gagal, { lembar: [] })).toBe(gagal);
  });

  it("tells the clean-up's own cause, translated, and asks for a manual deletion", () => {
    expect(pesanGagalDibersihkan(gagal, { lembar: ["IKU"], galat: galat("AccessDenied") })).toEqual({
      id: "Tabel IKU tidak dapat disisipkan, dan lembar yang sempat dibuat (IKU) tidak dapat dihapus kembali: Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca (AccessDenied). Hapus lembar tersebut secara manual. Penyebab awal: Gagal.",
      en: "The IKU workbook could not be inserted, and the sheets it had added (IKU) could not be removed: Excel does not allow this change; the sheet or workbook is protected, or the file is open read-only (AccessDenied). Delete those sheets by hand. First cause: Failed.",
    });
  });
});

describe("a size refusal of the insertion", () => {
  it("does not ask for a smaller selection: it says the retries were made and what is left", () => {
    const p = pesanGalatOffice({ code: "RequestPayloadSizeLimitExceeded", message: "too large" }, "sisip");
    expect(p.id).toContain("sudah dicoba lagi dalam kiriman yang lebih kecil");
    expect(p.id).not.toContain("Pilih rentang");
    expect(p.en).toContain("already retried in smaller batches");
  });
});

describe("a refusal that means something else for one action", () => {
  it("does not blame a multi-area selection when a jump to a cell is refused", () => {
    const p = pesanGalatOffice({ code: "InvalidSelection", message: "invalid" }, "pilihSel");
    expect(p.id).toContain("hanya dapat memilih sel di lembar yang sedang ditampilkan (InvalidSelection)");
    expect(p.id).not.toContain("Ctrl+klik");
    expect(pesanGalatOffice({ code: "InvalidSelection", message: "invalid" }, "tandai").id).toContain(
      "Ctrl+klik",
    );
  });
});
