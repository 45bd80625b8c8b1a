import JSZip from "jszip";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tulisBerkasBaru } from "../../src/xlsx/berkas-bebas";
import { jalankanLaporan, Sistem } from "../../src/laporan";
import { DATA } from "../domain/lkjip-data";
import { bacaBukuUtuh } from "../../src/xlsx/lembar-utuh";
import { bukuSelLuar } from "../periksa/buku-bermusuh";
import { bacaLewatPembaca, bukuDari } from "./buku-laporan";

/** The workbook read from memory; files written into a fresh temporary folder, names relative to it. */
function sistem(ada: string[] = []): Sistem & { ditulis: Map<string, Buffer> } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "laporan-"));
  for (const b of ada) fs.writeFileSync(path.join(folder, b), "milik perencana");
  const ditulis = new Map<string, Buffer>();
  return {
    ditulis,
    baca: async (b) => {
      if (b !== "iku.xlsx") throw new Error("End of central directory not found");
      return bacaLewatPembaca(bukuDari(DATA, 2025));
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
    expect(teks).toContain('Dari 2 indikator sasaran "Sasaran A" pada tahun 2025, 1 tercapai');
    expect(teks).toContain("Tidak Efisien");
    expect(teks).toContain("Catatan metode: Serapan = realisasi anggaran ÷ pagu.");
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
