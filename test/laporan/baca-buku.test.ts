import { dataDariBuku } from "../../src/laporan/baca-buku";
import { DATA } from "../domain/lkjip-data";
import { bacaLewatPembaca, bukuDari } from "./buku-laporan";

const tanpaSpasiKode = {
  ...DATA,
  program: DATA.program.map((p) => ({ ...p, indikator: p.indikator.map((k) => k.trim()) })),
};

describe("dataDariBuku", () => {
  it("reads back every input of the report from the sheets, by their headers", async () => {
    const hasil = dataDariBuku(await bacaLewatPembaca(bukuDari(DATA, 2025)));
    expect(hasil).toEqual({ ok: true, data: expect.anything(), tahun: [2024, 2025, 2026] });
    if (!hasil.ok) return;
    const harapan = {
      ...tanpaSpasiKode,
      indikator: tanpaSpasiKode.indikator.map((i) => ({
        faktorPenghambat: "",
        upayaPerbaikan: "",
        faktorPendukung: "",
        ...i,
        target: { 2024: null, 2025: null, 2026: null, ...i.target },
        realisasi: { 2024: null, 2025: null, 2026: null, ...i.realisasi },
      })),
      program: tanpaSpasiKode.program.map((p) => ({
        ...p,
        pagu: { 2024: null, 2025: null, 2026: null, ...p.pagu },
        realisasiAnggaran: { 2024: null, 2025: null, 2026: null, ...p.realisasiAnggaran },
      })),
    };
    expect(hasil.data).toEqual(harapan);
  });

  it("takes the Renstra period the LKjIP sheet states, and only its years", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.getWorksheet("LKjIP")!.getCell("A3").value = "Periode Renstra 2025–2026";
    const hasil = dataDariBuku(await bacaLewatPembaca(wb));
    expect(hasil.ok && [hasil.data.periode, hasil.tahun]).toEqual([
      { awal: 2025, akhir: 2026 },
      [2025, 2026],
    ]);
  });

  it("names a stated period outside the IKU years", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.getWorksheet("LKjIP")!.getCell("A3").value = "Periode Renstra 2021-2026";
    expect(dataDariBuku(await bacaLewatPembaca(wb))).toEqual({
      ok: false,
      pesan: [
        "LKjIP!A3: periode 2021–2026 harus di dalam tahun lembar IKU (2024, 2025, 2026), awal tidak sesudah akhir.",
      ],
    });
  });

  it("names a missing sheet and writes nothing", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.removeWorksheet(wb.getWorksheet("Anggaran")!.id);
    expect(dataDariBuku(await bacaLewatPembaca(wb))).toEqual({
      ok: false,
      pesan: [expect.stringMatching(/^Lembar Anggaran tidak ada/)],
    });
  });

  it("names a missing header", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.getWorksheet("IKU")!.getCell("G5").value = "Arah";
    expect(dataDariBuku(await bacaLewatPembaca(wb))).toEqual({
      ok: false,
      pesan: [
        expect.stringContaining("Kode, Sasaran, Indikator Kinerja, Satuan dan Polaritas tidak ditemukan"),
      ],
    });
  });

  it.each([
    ["I7", "banyak", /IKU!I7 \(Target 2024\): nilai "banyak" tidak dapat dibaca/],
    ["G6", "naik sedikit", /IKU baris 6 \(IKU-01\): polaritas "naik sedikit" tidak dikenal/],
  ])("names an unreadable input in %s", async (alamat, isi, pesan) => {
    const wb = bukuDari(DATA, 2025);
    wb.getWorksheet("IKU")!.getCell(alamat).value = isi;
    const hasil = dataDariBuku(await bacaLewatPembaca(wb));
    expect(hasil.ok).toBe(false);
    expect(hasil.ok ? [] : hasil.pesan).toEqual([expect.stringMatching(pesan)]);
  });

  it("refuses a Jenis Target that is neither Absolut nor Kumulatif", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.getWorksheet("LKjIP")!.getCell("C22").value = "Rata-rata";
    expect(dataDariBuku(await bacaLewatPembaca(wb))).toEqual({
      ok: false,
      pesan: [expect.stringContaining('(IKU-01): Jenis Target harus "Absolut" atau "Kumulatif"')],
    });
  });

  it("reads numbers typed as Indonesian text", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.getWorksheet("IKU")!.getCell("M6").value = "43,5%";
    const hasil = dataDariBuku(await bacaLewatPembaca(wb));
    expect(hasil.ok && hasil.data.indikator[0].realisasi[2025]).toBe(0.435);
  });
});
