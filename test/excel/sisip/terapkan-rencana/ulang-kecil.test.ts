/**
 * A batch Excel refuses for its size is tried again from a clean workbook in halves: the emulator
 * refuses requests over a lowered limit, with the 413 answer or the web's GeneralException.
 */
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { sisipkanRencana } from "../../../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../../../emulator/muat-klien";
import { katalogBesar } from "../katalog-besar";
import { LEMBAR_BAWAAN } from "../../../workbook/lembar-bawaan";

const LEMBAR = ["Data", ...LEMBAR_BAWAAN];

describe("an insertion refused for its size", () => {
  it.each(["RequestPayloadSizeLimitExceeded", "GeneralException"] as const)(
    "is retried in smaller batches after %s and ends with each sheet once",
    async (galatUkuran) => {
      // 500 indicators make one ~0.84 MB batch (escaped); this Excel refuses anything over 0.7 MB.
      const excel = buatExcel({ lembar: { Data: [[1]] }, batasPermintaan: 700_000, galatUkuran });
      const kemajuan: Array<[number, number]> = [];
      const hasil = await excel.run((ctx) =>
        sisipkanRencana(ctx, (nama) => buatRencana(katalogBesar(500), nama, { tahunAktif: 2025 }), {
          anggaran: 2_000_000,
          kemajuan: (s, n) => kemajuan.push([s, n]),
        }),
      );
      expect(hasil.ok).toBe(true);
      expect(excel.model.daftar.map((l) => l.nama)).toEqual(LEMBAR);
      // The retry ran in more, smaller batches than the first attempt planned.
      expect(kemajuan[kemajuan.length - 1][1]).toBeGreaterThan(1);
      expect(excel.model.lembar("IKU").rumus("E505")).toEqual([[expect.stringMatching(/ 500$/)]]);
    },
  );

  it("stops with the insertion's own advice when even the smallest batch is refused, leaving nothing", async () => {
    const excel = buatExcel({ lembar: { Data: [[1]] }, batasPermintaan: 20_000 });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 }), {
        anggaran: 400_000,
      }),
    );
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.pesan.id).toContain("sudah dicoba lagi dalam kiriman yang lebih kecil");
    expect(hasil.pesan.id).not.toContain("Pilih rentang");
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["Data"]);
  });
});
