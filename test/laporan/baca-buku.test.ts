import { adalahGalat } from "../../src/domain/galat";
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
    expect(hasil).toEqual({ ok: true, data: expect.anything(), tahun: [2024, 2025, 2026], hilang: [] });
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

  it("keeps an error saved in a budget cell as an error that names the cell, not as a blank", async () => {
    const wb = bukuDari(DATA, 2025);
    // As a cascade workbook saves it: the realisation carried from Evaluasi Renja is #N/A
    const ag = wb.getWorksheet("Anggaran")!;
    const kolom = ag.getRow(4).values as unknown[];
    ag.getCell(5, kolom.indexOf("Realisasi Anggaran 2025")).value = { error: "#N/A" };
    const hasil = dataDariBuku(await bacaLewatPembaca(wb));
    if (!hasil.ok) throw new Error(hasil.pesan.join("\n"));
    const r = hasil.data.program[0].realisasiAnggaran[2025];
    expect(adalahGalat(r) && r.pesan.id).toMatch(
      /^Realisasi Anggaran 2025 di Anggaran![A-Z]+5 bernilai #N\/A: perbaiki/,
    );
    expect(hasil.data.program[0].pagu[2025]).toBe(DATA.program[0].pagu[2025]);
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

  it("refuses a workbook without the IKU sheet, naming it", async () => {
    const wb = bukuDari(DATA, 2025);
    wb.removeWorksheet(wb.getWorksheet("IKU")!.id);
    expect(dataDariBuku(await bacaLewatPembaca(wb))).toEqual({
      ok: false,
      pesan: [expect.stringMatching(/^Lembar IKU tidak ada/)],
    });
  });

  it.each([
    ["Anggaran", ["lembarAnggaran"]],
    ["LKjIP", ["lembarLkjip"]],
  ])("reads a workbook without the %s sheet and notes the missing part", async (lembar, hilang) => {
    const wb = bukuDari(DATA, 2025);
    wb.removeWorksheet(wb.getWorksheet(lembar)!.id);
    const hasil = dataDariBuku(await bacaLewatPembaca(wb));
    expect(hasil.ok && hasil.hilang).toEqual(hilang);
    expect(hasil.ok && hasil.data.indikator).toHaveLength(4);
  });

  it("notes an older LKjIP sheet without Tabel 3.3 and 3.5 instead of refusing it", async () => {
    const wb = bukuDari(DATA, 2025);
    const lk = wb.getWorksheet("LKjIP")!;
    lk.getCell("A20").value = null;
    lk.getCell("A40").value = null;
    const hasil = dataDariBuku(await bacaLewatPembaca(wb));
    expect(hasil.ok && hasil.hilang).toEqual(["tabel33", "tabel35"]);
    expect(hasil.ok && hasil.data.indikator.map((i) => i.jenisTarget)).toEqual([
      "kumulatif",
      "kumulatif",
      "kumulatif",
      "kumulatif",
    ]);
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
