import { hapusTanda } from "../../../../src/excel/tandai/hapus";
import { tandaiCapaian } from "../../../../src/excel/tandai/tandai-pilihan";
import { buatExcel } from "../../../emulator/muat-klien";

/** A workbook whose Excel refuses every request the way Office.js reports it. */
function excelMenolak(): void {
  buatExcel({
    lembar: { Data: [[1, 2]] },
    tolak: () => ["ItemNotFound", "The requested resource doesn't exist."],
  });
}

describe("when Excel refuses the request", () => {
  it("Tandai Capaian says so in both languages, with Excel's code and what to do next", async () => {
    excelMenolak();
    expect(await tandaiCapaian()).toEqual({
      ok: false,
      alasan: {
        id: "Excel menolak permintaan: The requested resource doesn't exist. (ItemNotFound). Tidak ada yang diubah. Pilih lagi tabelnya (atau rentangnya), lalu coba sekali lagi.",
        en: "Excel refused the request: The requested resource doesn't exist. (ItemNotFound). Nothing was changed. Select the table (or the ranges) again and retry.",
      },
    });
  });

  it("Hapus Tanda says so in both languages, with Excel's code and what to do next", async () => {
    excelMenolak();
    expect(await hapusTanda()).toEqual({
      ok: false,
      alasan: {
        id: "Tanda tidak dapat dihapus: The requested resource doesn't exist. (ItemNotFound). Buka lembar yang ditandai, lalu klik Hapus Tanda lagi.",
        en: "The flags could not be removed: The requested resource doesn't exist. (ItemNotFound). Open the flagged sheet and click Remove flags again.",
      },
    });
  });
});
