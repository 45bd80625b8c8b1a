/**
 * A selection of several areas (Ctrl+click): getSelectedRange throws InvalidSelection
 * (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)),
 * and each action that reads the selection answers in the planner's words.
 */
import { pesanGalatOffice } from "../../../../src/excel/galat-office";
import { bacaPilihan } from "../../../../src/excel/tandai/manual";
import { tandaiCapaian } from "../../../../src/excel/tandai/tandai-pilihan";
import { buatExcel } from "../../../emulator/muat-klien";
import { aturan } from "../buku-tandai";

const excelBanyakArea = () =>
  buatExcel({
    lembar: {
      IKU: [
        ["Indikator", "Target", "Realisasi", null, "Catatan"],
        ["Indeks A", 10, 8, null, "x"],
      ],
    },
    pilihan: "IKU!A1:C2,E1:E2",
    pilihanBanyakArea: true,
  });

describe("a selection of several areas", () => {
  it("Tandai Capaian asks for one table and changes nothing", async () => {
    const excel = excelBanyakArea();
    expect(await tandaiCapaian()).toEqual({
      ok: false,
      alasan: {
        id: "Tabel tidak dapat ditandai: pilihan di lembar terdiri dari beberapa area (dipilih dengan Ctrl+klik) atau bukan rentang sel (InvalidSelection, GetSelectedRange). Angka di tabel tidak diubah. Pilih satu tabel atau satu rentang saja, bukan beberapa area, lalu coba lagi.",
        en: "The table could not be flagged: the selection on the sheet has several areas (chosen with Ctrl+click) or is not a range of cells (InvalidSelection, GetSelectedRange). The table's numbers were not changed. Select one table or one range only, not several areas, then try again.",
      },
    });
    expect(aturan(excel, "IKU")).toEqual([]);
  });

  it("Gunakan pilihan asks for one range and changes nothing", async () => {
    excelBanyakArea();
    const e = await bacaPilihan().catch((x: unknown) => x);
    expect(pesanGalatOffice(e, "pilihan")).toEqual({
      id: "Pilihan tidak dapat dibaca: pilihan di lembar terdiri dari beberapa area (dipilih dengan Ctrl+klik) atau bukan rentang sel (InvalidSelection, GetSelectedRange). Tidak ada yang diubah. Pilih satu tabel atau satu rentang saja, bukan beberapa area, lalu coba lagi.",
      en: "The selection could not be read: the selection on the sheet has several areas (chosen with Ctrl+click) or is not a range of cells (InvalidSelection, GetSelectedRange). Nothing was changed. Select one table or one range only, not several areas, then try again.",
    });
  });
});
