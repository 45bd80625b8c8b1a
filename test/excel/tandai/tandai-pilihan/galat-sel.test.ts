/**
 * Tandai over cells whose formulas give Excel's error values: an error is judged as an error of the
 * input, and a cell still computing (#BUSY!, #GETTING_DATA) stops the action before anything changes.
 */
import { tandaiManual } from "../../../../src/excel/tandai/manual";
import { tandaiCapaian } from "../../../../src/excel/tandai/tandai-pilihan";
import { PESAN } from "../../../../src/domain/pesan";
import { buatExcel } from "../../../emulator/muat-klien";
import { aturan } from "../buku-tandai";

/** Row 2's realisation is a formula whose value `kode` stands for; row 3 is an ordinary miss. */
const excelDengan = (kode: string) =>
  buatExcel({
    lembar: {
      IKU: [
        ["Indikator", "Target", "Realisasi"],
        ["Indeks A", 10, "=LAMBAT.HITUNG()"],
        ["Indeks B", 10, 8],
      ],
    },
    pilihan: "IKU!A1:C3",
    hitung: () => kode,
  });

describe("Tandai Capaian over Excel's error values", () => {
  it.each(["#REF!", "#SPILL!", "#CALC!", "#N/A"])(
    "lists a realisation of %s as an error of the input, not as text, and flags the rest",
    async (kode) => {
      const excel = excelDengan(kode);
      const hasil = await tandaiCapaian();
      if (!hasil.ok) throw new Error(hasil.alasan.en);
      expect(hasil.butir.map((b) => [b.alamat, b.status, b.pesan])).toEqual([
        ["C2", "Galat", PESAN.galatMasuk("realisasi", kode)],
        ["C3", "Tidak Tercapai", undefined],
      ]);
      expect(hasil.teks).toEqual([]);
      expect(aturan(excel, "IKU").length).toBeGreaterThan(0);
    },
  );

  it.each(["#BUSY!", "#GETTING_DATA"])(
    "does not judge a table while a realisation is still computing (%s): nothing changed, click again",
    async (kode) => {
      const excel = excelDengan(kode);
      expect(await tandaiCapaian()).toEqual({
        ok: false,
        alasan: {
          id: `Tabel tidak dapat ditandai: sel C2 masih dihitung oleh Excel (${kode}). Tidak ada yang diubah. Tunggu sebentar sampai Excel selesai menghitung, lalu klik Tandai Capaian lagi.`,
          en: `The table could not be flagged: cell C2 is still being calculated by Excel (${kode}). Nothing was changed. Wait a moment until Excel finishes calculating, then click Flag misses again.`,
        },
      });
      expect(aturan(excel, "IKU")).toEqual([]);
    },
  );

  it("does not judge the manual ranges while a realisation is still computing", async () => {
    const excel = excelDengan("#BUSY!");
    const hasil = await tandaiManual({ lembar: "IKU", alamat: "B2:B3" }, { lembar: "IKU", alamat: "C2:C3" });
    expect(!hasil.ok && hasil.alasan.en).toBe(
      "The ranges could not be flagged: cell C2 is still being calculated by Excel (#BUSY!). Nothing was changed. Wait a moment until Excel finishes calculating, then click Flag these ranges again.",
    );
    expect(aturan(excel, "IKU")).toEqual([]);
  });
});
