import JSZip from "jszip";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tulisBerkasBaru } from "../../src/xlsx/berkas-bebas";
import { jalankanLaporan, Sistem } from "../../src/laporan";
import type { Workbook } from "exceljs";
import { DATA } from "../domain/lkjip-data";
import { bacaBukuUtuh } from "../../src/xlsx/lembar-utuh";
import { bukuSelLuar } from "../periksa/buku-bermusuh";
import { bacaLewatPembaca, bukuDari } from "./buku-laporan";
import { NAMA_LEMBAR } from "../../src/laporan/baca-buku";

/** Our own workbook with a Renstra cascade, filled and saved by LibreOffice. */
const TERSIMPAN = path.join(__dirname, "..", "fixtures", "buku-sendiri", "renja-terisi-libreoffice.xlsx");

/** The workbook read from memory; files written into a fresh temporary folder, names relative to it. */
function sistem(
  ada: string[] = [],
  ubah: (wb: Workbook) => void = () => undefined,
): Sistem & { ditulis: Map<string, Buffer> } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "laporan-"));
  for (const b of ada) fs.writeFileSync(path.join(folder, b), "milik perencana");
  const ditulis = new Map<string, Buffer>();
  return {
    ditulis,
    baca: async (b) => {
      if (b !== "iku.xlsx") throw new Error("End of central directory not found");
      const wb = bukuDari(DATA, 2025);
      ubah(wb);
      return bacaLewatPembaca(wb);
    },
    tulis: (b, isi) => {
      const nyata = path.relative(folder, tulisBerkasBaru(path.join(folder, b), isi));
      ditulis.set(nyata, fs.readFileSync(path.join(folder, nyata)));
      return nyata;
    },
  };
}

async function teksDokumen(isi: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(isi);
  const xml = await zip.file("word/document.xml")!.async("string");
  const ent: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
  return xml
    .replace(/<w:p[ >].*?<\/w:p>/g, (p) => p.replace(/<[^>]+>/g, "") + "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(quot|amp|lt|gt|apos);/g, (_, e: string) => ent[e]);
}

describe("npm run laporan", () => {
  it("reads a real file through the workbook reader and names a cell past the grid", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "laporan-luar-"));
    const berkas = path.join(dir, "luar.xlsx");
    await bukuSelLuar(berkas, "ZZZZZZZ6");
    const s = { ...sistem(), baca: (b: string) => bacaBukuUtuh(b) };
    const hasil = await jalankanLaporan({ buku: [berkas], keluar: "a.docx" }, s);
    expect(hasil.kode).toBe(1);
    expect(hasil.pesan).toEqual([
      `${berkas} tidak dapat dibaca sebagai buku kerja Excel (.xlsx): sel ZZZZZZZ6 di luar batas lembar Excel ` +
        "(kolom XFD, baris 1.048.576). Buka di Excel, simpan sebagai Buku Kerja Excel (.xlsx), lalu coba lagi. " +
        "Tidak ada berkas yang ditulis.",
    ]);
    expect(s.ditulis.size).toBe(0);
  });

  it("writes Bab III with the domain's numbers, the Indonesian way", async () => {
    const s = sistem();
    const hasil = await jalankanLaporan({ buku: ["iku.xlsx"], tahun: "2025", keluar: "bab3.docx" }, s);
    expect(hasil).toEqual({
      kode: 0,
      pesan: ["Draf Bab III tahun 2025 ditulis: bab3.docx"],
      berkas: "bab3.docx",
    });
    const teks = await teksDokumen(s.ditulis.get("bab3.docx")!);
    expect(teks).toContain("Tabel 3.1 Capaian Kinerja Tahun 2025");
    expect(teks).toContain("102,44%"); // 0,42 / 0,41
    expect(teks).toContain("Realisasi s.d. 2025");
    expect(teks).toContain("410"); // kumulatif UTTP 210 + 200
    expect(teks).toContain("1.000.000.000"); // pagu
    expect(teks).toContain(
      'Sasaran "Sasaran A" diukur dengan 2 indikator; pada tahun 2025, 1 indikator tercapai',
    );
    expect(teks).toContain("Tidak Efisien");
    expect(teks).toContain("Catatan metode: Serapan = realisasi anggaran ÷ pagu.");
  });

  it("writes what it can from an older workbook and says in one line per part what it left out", async () => {
    const s = sistem([], (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Anggaran")!.id);
      wb.removeWorksheet(wb.getWorksheet("LKjIP")!.id);
    });
    const hasil = await jalankanLaporan({ buku: ["iku.xlsx"], tahun: "2025", keluar: "bab3.docx" }, s);
    expect(hasil).toEqual({
      kode: 0,
      pesan: [
        "Draf Bab III tahun 2025 ditulis: bab3.docx",
        "Lembar LKjIP tidak ada: Tabel 3.3 (jenis target) dan isian Tabel 3.5 (faktor penyebab) ditinggalkan.",
        "Lembar Anggaran tidak ada: Tabel 3.4 (efisiensi) dan tabel program Perjanjian Kinerja ditinggalkan.",
      ],
      berkas: "bab3.docx",
    });
    const teks = await teksDokumen(s.ditulis.get("bab3.docx")!);
    expect(teks).toContain("Capaian Kinerja Tahun 2025");
    expect(teks).toContain("102,44%");
    expect(teks).not.toContain("Efisiensi Penggunaan Sumber Daya");
    expect(teks).not.toContain("Target Akhir Renstra");
  });

  it("leaves out a Tabel 3.9 no spreadsheet has computed yet, and says how to get it", async () => {
    const s = sistem([], (wb) => {
      wb.getWorksheet("LKjIP")!.getRow(82).values = [
        1,
        { formula: "IKU!C6" },
        ...["A7", "B7", "C7"].map((a) => ({ formula: `'Evaluasi Renja'!${a}` })),
      ];
    });
    const hasil = await jalankanLaporan({ buku: ["iku.xlsx"], tahun: "2025", keluar: "bab3.docx" }, s);
    expect(hasil.pesan).toEqual([
      "Draf Bab III tahun 2025 ditulis: bab3.docx",
      "Tabel 3.9 belum pernah dihitung (berkas belum dibuka dan disimpan di Excel atau LibreOffice): buka, simpan, " +
        "lalu jalankan lagi agar Tabel 3.9 ikut; kali ini ditinggalkan.",
    ]);
    const teks = await teksDokumen(s.ditulis.get("bab3.docx")!);
    expect(teks).not.toContain("Program dan Kegiatan Pendukung");
    // Numbering stays gapless: the budget table follows Tabel 3.8
    expect(teks).toMatch(/Tabel 3\.\s*9\s*Realisasi Anggaran/);
  });

  it("drafts Tabels 3.9 and 3.10 from our workbook as LibreOffice saved it", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "laporan-"));
    const ditulis = new Map<string, Buffer>();
    const hasil = await jalankanLaporan(
      { buku: [TERSIMPAN], tahun: "2025", keluar: "bab3.docx" },
      {
        baca: (b) => bacaBukuUtuh(b, Object.values(NAMA_LEMBAR)),
        tulis: (b, isi) => {
          ditulis.set(b, isi);
          return path.relative(folder, tulisBerkasBaru(path.join(folder, b), isi));
        },
      },
    );
    expect(hasil.pesan).toEqual(["Draf Bab III tahun 2025 ditulis: bab3.docx"]);
    const teks = await teksDokumen(ditulis.get("bab3.docx")!);
    const t39 = teks.slice(
      teks.indexOf("Program dan Kegiatan Pendukung"),
      teks.indexOf("B. Realisasi Anggaran"),
    );
    for (const isi of [
      "2.17.06.2.01.0003",
      "Persentase koperasi aktif",
      "41,00%", // a percent indicator's target, in its unit from the Renstra sheet
      "Rp\u00a0305.000.000",
      "37,87%", // serapan 115,5 ÷ 305 juta
      "Tidak dapat dihitung untuk 2.17.06.2.01.0001 Jumlah SDM koperasi yang dilatih: TW bukan angka " +
        "(kolom Keterangan, lembar Evaluasi Renja).",
    ])
      expect(t39).toContain(isi);
    const t310 = teks.slice(teks.indexOf("B. Realisasi Anggaran"));
    expect(t310).toMatch(/Tabel 3\.\s*10\s*Realisasi Anggaran/);
    expect(t310).toContain("Jumlah");
    expect(t310).toContain("Rp\u00a0754.000.000");
    // A #N/A saved on the Anggaran sheet is not a blank: the draft says so and names the cell, once
    const catatan = t310.match(/Tidak dapat dihitung untuk Program Pengembangan UMKM: [^\n]*/g);
    expect(catatan).toEqual([
      "Tidak dapat dihitung untuk Program Pengembangan UMKM: Realisasi Anggaran 2025 di Anggaran!I8 bernilai " +
        "#N/A: perbaiki sel itu atau sumbernya (Renstra / Evaluasi Renja), lalu simpan lagi.",
    ]);
  });

  it("picks the latest year with any realisation when --tahun is not given", async () => {
    const hasil = await jalankanLaporan({ buku: ["iku.xlsx"], keluar: "bab3.docx" }, sistem());
    expect(hasil.pesan[0]).toMatch(/tahun 2025 ditulis/);
  });

  it("never replaces an existing file", async () => {
    const s = sistem(["bab3.docx", "bab3 (2).docx"]);
    const hasil = await jalankanLaporan({ buku: ["iku.xlsx"], tahun: "2024", keluar: "bab3.docx" }, s);
    expect(hasil.berkas).toBe("bab3 (3).docx");
    expect(hasil.pesan[0]).toMatch(/bab3.docx sudah ada dan tidak ditimpa/);
    expect([...s.ditulis.keys()]).toEqual(["bab3 (3).docx"]);
  });

  it.each([
    [{ buku: ["iku.xlsx"], tahun: "0x7E9", keluar: "a.docx" }, 2, /bukan tahun empat angka/],
    [
      { buku: ["iku.xlsx"], tahun: "2031", keluar: "a.docx" },
      1,
      /Tahun 2031 tidak ada di buku kerja; pilih salah satu: 2024, 2025, 2026/,
    ],
    [{ buku: ["rusak.xlsx"], keluar: "a.docx" }, 1, /tidak dapat dibaca sebagai buku kerja Excel/],
    [{ buku: ["iku.xlsx"] }, 2, /--out wajib diisi/],
    [{ buku: ["iku.xlsx"], keluar: "a.pdf" }, 2, /berakhiran .docx/],
    [{ buku: [], keluar: "a.docx" }, 2, /tepat satu buku kerja/],
  ])("refuses %p with a message and writes nothing", async (arg, kode, pesan) => {
    const s = sistem();
    const hasil = await jalankanLaporan(arg, s);
    expect(hasil.kode).toBe(kode);
    expect(hasil.pesan.join("\n")).toMatch(pesan);
    expect(s.ditulis.size).toBe(0);
  });
});
