import { pesanGalatOffice } from "../../../../src/excel/galat-office";
import { hapusTanda } from "../../../../src/excel/tandai/hapus";
import { bacaPilihan, tandaiManual } from "../../../../src/excel/tandai/manual";
import { tandaiCapaian } from "../../../../src/excel/tandai/tandai-pilihan";
import { pilihSel, ubahJadiAngka } from "../../../../src/excel/tandai/ubah-angka";
import { buatExcel } from "../../../emulator/muat-klien";
import { aturan } from "../buku-tandai";

// The apostrophe keeps "6" as text, as a planner's pasted number often is.
const TABEL = [
  ["Target", "Realisasi"],
  [10, 8],
  [5, "'6"],
];
const NILAI = [
  ["Target", "Realisasi"],
  [10, 8],
  [5, "6"],
];

/** A workbook whose Excel refuses every request with `kode`, as Office.js reports it. */
function excelMenolak(kode: string, pesan = "Ditolak oleh Excel.") {
  return buatExcel({ lembar: { Data: TABEL }, pilihan: "Data!A1:B3", tolak: () => [kode, pesan] });
}

describe("when Excel refuses, each action says what failed, what did not change and what to do", () => {
  it("Tandai Capaian while the planner is typing in a cell: finish the cell first", async () => {
    const excel = excelMenolak(
      "InvalidOperationInCellEditMode",
      "The operation isn't available in Edit cell mode.",
    );
    const hasil = await tandaiCapaian();
    expect(!hasil.ok && hasil.alasan).toEqual({
      id: "Tabel tidak dapat ditandai: Excel sedang dalam mode sunting sel (ada sel yang sedang diketik) (InvalidOperationInCellEditMode, GetSelectedRange). Angka di tabel tidak diubah. Tekan Enter atau Esc untuk menyelesaikan sel itu, lalu coba lagi.",
      en: "The table could not be flagged: Excel is in cell-edit mode (a cell is being typed in) (InvalidOperationInCellEditMode, GetSelectedRange). The table's numbers were not changed. Press Enter or Esc to finish that cell, then try again.",
    });
    expect(excel.model.lembar("Data").nilai("A1:B3")).toEqual(NILAI);
  });

  it("Hapus Tanda on a sheet Excel will not let it read: the sheet's cells stay as they were", async () => {
    excelMenolak("ItemNotFound", "The requested resource doesn't exist.");
    expect(await hapusTanda()).toEqual({
      ok: false,
      alasan: {
        id: "Tanda tidak dapat dihapus: lembar, rentang, atau aturan yang dituju sudah tidak ada (mungkin dihapus atau diganti namanya) (ItemNotFound, GetActiveWorksheet). Isi sel tidak diubah. Buka lembar yang ditandai, lalu klik Hapus Tanda lagi.",
        en: "The flags could not be removed: the sheet, range or rule it needs no longer exists (deleted or renamed, perhaps) (ItemNotFound, GetActiveWorksheet). No cell contents were changed. Open the flagged sheet and click Remove flags again.",
      },
    });
  });

  it("the manual ranges on a protected sheet: no rule is added, unprotect and retry", async () => {
    const excel = buatExcel({
      lembar: { Data: TABEL },
      tolak: (a) =>
        a.jenis === "ConditionalFormatCollection" && a.anggota === "Add"
          ? ["AccessDenied", "The cell or chart you're trying to change is on a protected sheet."]
          : undefined,
    });
    const hasil = await tandaiManual(
      { lembar: "Data", alamat: "A2:A3" },
      { lembar: "Data", alamat: "B2:B3" },
    );
    expect(!hasil.ok && hasil.alasan.id).toBe(
      "Rentang tidak dapat ditandai: Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca (AccessDenied, Add). Angka di rentang tidak diubah. Buka proteksinya (Tinjau > Buka Proteksi Lembar) atau buka berkas dalam mode sunting, lalu coba lagi.",
    );
    expect(aturan(excel, "Data")).toEqual([]);
  });

  it("reading the selection for the manual ranges: Excel's unknown words are kept, with the code", async () => {
    // InvalidSelection has words of ours now (banyak-area.test.ts); InvalidReference keeps Excel's.
    excelMenolak("InvalidReference", "This reference isn't valid for the current operation.");
    const e = await bacaPilihan().catch((x: unknown) => x);
    expect(pesanGalatOffice(e, "pilihan").en).toBe(
      "The selection could not be read: This reference isn't valid for the current operation. (InvalidReference, GetSelectedRange). Nothing was changed. Select the range on the sheet again, then click the Use selection button once more.",
    );
  });

  it("Ubah jadi angka on a protected sheet: the text stays text", async () => {
    const excel = buatExcel({
      lembar: { Data: TABEL },
      tolak: (a) =>
        a.jenis === "Range" && a.anggota === "Values" ? ["AccessDenied", "Protected."] : undefined,
    });
    const e = await ubahJadiAngka("Data", [{ alamat: "B3", teks: "6", angka: 6 }]).catch((x: unknown) => x);
    // The location after the code is the emulator's own object path here.
    expect(pesanGalatOffice(e, "ubahAngka").id).toMatch(
      /^Sel tidak dapat diubah jadi angka: Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca \(AccessDenied, [^)]*Values\)\. Sel yang belum berubah tetap berisi teks\. Buka proteksinya \(Tinjau > Buka Proteksi Lembar\) atau buka berkas dalam mode sunting, lalu coba lagi\.$/,
    );
    expect(excel.model.lembar("Data").nilai("B3")).toEqual([["6"]]);
  });

  it("selecting a listed cell on a sheet deleted meanwhile: refresh the list", async () => {
    buatExcel({ lembar: { Data: TABEL } });
    const e = await pilihSel("Hilang", "B2").catch((x: unknown) => x);
    expect(pesanGalatOffice(e, "pilihSel").id).toMatch(
      /^Sel tidak dapat dipilih: lembar, rentang, atau aturan yang dituju sudah tidak ada \(mungkin dihapus atau diganti namanya\) \(ItemNotFound\b.*\)\. Tidak ada yang diubah\. Klik Tandai Capaian lagi agar daftarnya diperbarui, lalu klik selnya sekali lagi\.$/,
    );
  });
});
