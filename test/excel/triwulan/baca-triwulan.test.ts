/**
 * Periksa Triwulan on the emulator: Rencana Aksi and Triwulan sheets laid out per the header
 * contract, read through Microsoft's Excel client library; what it lists, and that it writes nothing.
 */
import { periksaTriwulanDalam } from "../../../src/excel/triwulan/baca-triwulan";
import { buatExcel } from "../../emulator/muat-klien";
import { pilih } from "../tandai/buku-tandai";
import { lembarRencanaAksi, lembarTriwulan } from "./buku-triwulan";

const NOVEMBER_2026 = new Date(2026, 10, 20);

describe("periksaTriwulanDalam", () => {
  it("lists the Terlambat and Belum Diisi indicators and the year's misfit targets, each with its row", async () => {
    const excel = buatExcel({
      lembar: { IKU: [["x"]], Triwulan: lembarTriwulan(), "Rencana Aksi": lembarRencanaAksi() },
    });
    const h = await excel.run((ctx) => periksaTriwulanDalam(ctx, { sekarang: NOVEMBER_2026 }));
    expect(h).toEqual({
      ok: true,
      tahun: 2026,
      triwulan: 3,
      rencanaAksi: {
        lembar: "Rencana Aksi",
        // Five indicator rows; the note under the table has no indicator.
        diperiksa: 5,
        butir: [
          {
            baris: 5,
            alamat: "A5:S5",
            no: "1",
            indikator: "Persentase Peningkatan Koperasi Aktif",
            status: "Terlambat",
            terisi: [0, 1],
            capaian: 0.5,
          },
          {
            baris: 6,
            alamat: "A6:S6",
            no: "2",
            indikator: "Jumlah Dokumen Pengembangan Industri",
            status: "Belum Diisi",
            terisi: [],
          },
          {
            baris: 9,
            alamat: "A9:S9",
            no: "5",
            indikator: "<img src=x onerror=alert(1)>",
            status: "Terlambat",
            terisi: [0],
            capaian: 0,
          },
        ],
      },
      // The 2026 column (the Rencana Aksi's year), not 2025's, whose misfit is indicator 1.
      cekTarget: {
        lembar: "Triwulan",
        tahun: 2026,
        diperiksa: 3,
        butir: [
          { baris: 7, alamat: "A7:Z7", no: "2", indikator: "Jumlah Dokumen Pengembangan Industri" },
          { baris: 8, alamat: "A8:Z8", no: "3", indikator: "Jumlah Sentra IKM yang dikuatkan" },
        ],
      },
    });
    const aksi = excel.permintaan.flatMap((p) => p.Actions);
    expect(aksi.filter((a) => a.ActionType === 4)).toEqual([]);
    // Names, one window search over the three sheets, then both tables' columns in one chunk each.
    expect(excel.terakhir().syncs).toBe(4);
  });

  it("without a Rencana Aksi, reads this year's Triwulan column and the quarter under way", async () => {
    const excel = buatExcel({ lembar: { Triwulan: lembarTriwulan() } });
    const h = await excel.run((ctx) => periksaTriwulanDalam(ctx, { sekarang: new Date(2025, 4, 2) }));
    expect(h.ok && [h.tahun, h.triwulan, h.rencanaAksi, h.cekTarget?.butir.map((b) => b.no)]).toEqual([
      2025,
      1,
      undefined,
      ["1"],
    ]);
  });

  it("finds the header of a planner's own copy on the active sheet, columns moved right", async () => {
    const geser = lembarRencanaAksi(2025).map((b) => [null, null, ...b]);
    const excel = buatExcel({ lembar: { "Rencana Aksi": lembarRencanaAksi(), Salinan: geser } });
    pilih(excel, "Salinan", "A1");
    const h = await excel.run((ctx) => periksaTriwulanDalam(ctx, { sekarang: NOVEMBER_2026 }));
    expect(h.ok && [h.tahun, h.rencanaAksi?.lembar, h.rencanaAksi?.butir[0].alamat]).toEqual([
      2025,
      "Salinan",
      "C5:U5",
    ]);
  });

  it("says there is nothing to read when no sheet has either header", async () => {
    const excel = buatExcel({ lembar: { Data: [["No", "Indikator Kinerja", "Status"]] } });
    expect(await excel.run((ctx) => periksaTriwulanDalam(ctx, { sekarang: NOVEMBER_2026 }))).toEqual({
      ok: true,
      triwulan: 3,
    });
  });

  it("stops at a status still being calculated, naming its cell", async () => {
    const ra = lembarRencanaAksi();
    ra[5][18] = "#BUSY!";
    const excel = buatExcel({ lembar: { "Rencana Aksi": ra } });
    const h = await excel.run((ctx) => periksaTriwulanDalam(ctx, { sekarang: NOVEMBER_2026 }));
    expect(h.ok ? "" : h.alasan.id).toBe(
      "Triwulan tidak dapat diperiksa: sel S6 masih dihitung oleh Excel (#BUSY!). Tidak ada yang diubah. " +
        "Tunggu sebentar sampai Excel selesai menghitung, lalu klik Periksa Triwulan lagi.",
    );
  });
});
