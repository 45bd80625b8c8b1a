// The Word draft as a planner opens it: `npm run laporan` on a filled template workbook, the .docx
// converted to PDF by LibreOffice, then each page's text, size and pictures read back (pdftotext,
// pdfinfo, pdfimages). Also a workbook from an older version, without the LKjIP and Anggaran sheets.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { barisKatalog } from "../../src/domain/types";
import { bukuLkjipTerisi, katalogLkjip } from "../workbook/sisip/lkjip-terisi";
import { recalc } from "./lo-helper";
import { KETERANGAN_DRAF_2025 } from "../laporan/keterangan-draf";

const AKAR = join(__dirname, "..", "..");
const KELUARAN = join(AKAR, "test-output", "laporan-docx");

interface Halaman {
  no: number;
  lebar: number;
  tinggi: number;
  teks: string;
}

/** Writes the workbook, runs the command on it, converts the draft; returns its pages and the command's output. */
async function draf(nama: string, ubah: (wb: ReturnType<typeof bukuLkjipTerisi>) => void = () => undefined) {
  const dir = join(KELUARAN, nama);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const katalog = katalogLkjip({ awal: 2024, akhir: 2026 });
  // A national standard for the IKM, so Tabel 3.8 has a row to read back
  barisKatalog(katalog)[9].indikator.standar = {
    nilai: 82,
    tingkat: "Nasional",
    sumber: "PermenPANRB 14/2017",
  };
  const wb = bukuLkjipTerisi(katalog, 2025);
  ubah(wb);
  const masuk = join(dir, "masuk", "iku.xlsx");
  mkdirSync(join(dir, "masuk"), { recursive: true });
  await wb.xlsx.writeFile(masuk);
  // Saved once by a spreadsheet, as a planner's file is: formulas carry their results
  const xlsx = recalc(masuk, dir, "xlsx");
  return drafDari(xlsx, dir);
}

/** Runs the command on a saved workbook and converts the draft; its pages and the command's output. */
function drafDari(xlsx: string, dir: string) {
  const docx = join(dir, "bab3.docx");
  const keluaran = execFileSync(
    "npx",
    ["tsx", "scripts/laporan.ts", xlsx, "--tahun", "2025", "--out", docx],
    {
      cwd: AKAR,
      stdio: "pipe",
    },
  ).toString();
  const pdf = recalc(docx, join(dir, "pdf"), "pdf");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100", pdf]).toString();
  const halaman: Halaman[] = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    no: Number(m[1]),
    lebar: Math.round(Number(m[2])),
    tinggi: Math.round(Number(m[3])),
    teks: execFileSync("pdftotext", ["-layout", "-f", m[1], "-l", m[1], pdf, "-"]).toString(),
  }));
  return { pdf, halaman, keluaran, semua: halaman.map((h) => h.teks).join("\n") };
}

const halamanDengan = (halaman: Halaman[], teks: string): Halaman => {
  const h = halaman.find((x) => x.teks.includes(teks));
  if (!h) throw new Error(`tidak ada halaman dengan "${teks}"`);
  return h;
};

describe("npm run laporan, the draft rendered by LibreOffice", () => {
  let hasil: Awaited<ReturnType<typeof draf>>;
  beforeAll(async () => {
    hasil = await draf("lengkap");
  });

  it("shows every caption with its SEQ number computed", () => {
    const judul = [...hasil.semua.matchAll(/^\s*((?:Tabel|Grafik) \d\.\d+ .+?)\s*$/gm)].map((m) => m[1]);
    expect(judul).toEqual(KETERANGAN_DRAF_2025);
  });

  it("says in Tabel 3.9 that the catalog has no Renstra cascade", () => {
    expect(halamanDengan(hasil.halaman, "Tabel 3.9 Program").teks.replace(/\s+/g, " ")).toContain(
      "Katalog tidak memuat program, kegiatan dan sub kegiatan Renstra",
    );
  });

  it("reads the standard back from Tabel 3.8 and compares the realisation with it", () => {
    const h = halamanDengan(hasil.halaman, "Tabel 3.8 Perbandingan").teks;
    // One row: name, realisasi 82,5 and standard 82 in the column's decimals, level, source, verdict
    expect(h).toMatch(/Indeks Kepuasan Masyarakat +82,5 +82 +Nasional +PermenPANRB +Di Atas Standar/);
  });

  it("numbers every page at its foot", () => {
    expect(hasil.halaman.length).toBeGreaterThanOrEqual(5);
    for (const h of hasil.halaman) expect(h.teks.trimEnd().split("\n").pop()!.trim()).toBe(String(h.no));
  });

  it("prints the wide efficiency table on a landscape A4 page and the chapter openings on portrait", () => {
    expect([
      halamanDengan(hasil.halaman, "Tabel 3.4").lebar,
      halamanDengan(hasil.halaman, "Tabel 3.4").tinggi,
    ]).toEqual([842, 595]);
    for (const t of ["BAB II", "BAB III", "Grafik 3.1"])
      expect(halamanDengan(hasil.halaman, t).lebar).toBe(595);
  });

  it("keeps every indicator name and amount whole on its line (no mid-word break)", () => {
    const satuBaris = hasil.semua.replace(/[ \t]+/g, " ");
    for (const b of barisKatalog(KATALOG_BAWAAN))
      for (const kata of b.indikator.nama.split(/\s+/).filter((k) => k.length > 3))
        expect(satuBaris).toMatch(new RegExp(`(^|[ (])${kata.replace(/[()]/g, "\\$&")}`, "m"));
    expect(satuBaris).toContain("Rp 1.200.000.000");
    expect(satuBaris).toContain("Rp 1.100.000.000");
  });

  it("writes Indonesian numbers and the drafted paragraphs", () => {
    expect(hasil.semua).toMatch(/\d+,\d\d%/);
    expect(hasil.semua).not.toMatch(/\d\.\d\d%/);
    expect(hasil.semua.replace(/\s+/g, " ")).toMatch(
      /Pada tahun 2025, kinerja .+ diukur dengan 10 indikator/,
    );
  });

  it("places Grafik 3.1 and 3.2 as pictures of at least 290 dpi on their captions' pages", () => {
    const daftar = execFileSync("pdfimages", ["-list", hasil.pdf])
      .toString()
      .split("\n")
      .slice(2)
      .filter((b) => b.trim().split(/\s+/)[2] === "image"); // the alpha channel is an "smask" row
    expect(daftar).toHaveLength(2);
    const kolom = daftar.map((b) => b.trim().split(/\s+/));
    for (const k of kolom) expect(Number(k[12])).toBeGreaterThanOrEqual(290); // x-ppi
    expect(kolom.map((k) => Number(k[0]))).toEqual([
      halamanDengan(hasil.halaman, "Grafik 3.1 Capaian").no,
      halamanDengan(hasil.halaman, "Grafik 3.2 Capaian").no,
    ]);
  });

  it("writes a draft from a workbook without the LKjIP and Anggaran sheets and says what it left out", async () => {
    const lama = await draf("tanpa-lkjip-anggaran", (wb) => {
      wb.removeWorksheet(wb.getWorksheet("LKjIP")!.id);
      wb.removeWorksheet(wb.getWorksheet("Anggaran")!.id);
    });
    expect(lama.keluaran.trim().split("\n")).toEqual([
      expect.stringMatching(/^Draf Bab III tahun 2025 ditulis: /),
      "Lembar LKjIP tidak ada: Tabel 3.3 (jenis target) dan isian Tabel 3.5 (faktor penyebab) ditinggalkan.",
      "Lembar Anggaran tidak ada: Tabel 3.4 (efisiensi) dan tabel program Perjanjian Kinerja ditinggalkan.",
    ]);
    expect(lama.semua).toContain("Tabel 3.1 Capaian Kinerja Tahun 2025");
    expect(lama.semua).toContain("Tabel 3.3 Analisis Penyebab");
    expect(lama.semua).toContain("Tabel 3.6 Perbandingan dengan Standar Nasional");
    expect(lama.semua).not.toContain("Efisiensi Penggunaan Sumber Daya");
    expect(lama.semua).not.toContain("Realisasi Anggaran");
  });
});

describe("npm run laporan on our workbook with a Renstra cascade, as LibreOffice saved it", () => {
  let hasil: ReturnType<typeof drafDari>;
  beforeAll(() => {
    const dir = join(KELUARAN, "cascade");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    hasil = drafDari(join(AKAR, "test", "fixtures", "buku-sendiri", "renja-terisi-libreoffice.xlsx"), dir);
  });

  it("writes the draft with nothing left out", () => {
    expect(hasil.keluaran.trim().split("\n")).toEqual([
      expect.stringMatching(/^Draf Bab III tahun 2025 ditulis: /),
    ]);
  });

  it("prints Tabel 3.9's programs, kegiatan and sub kegiatan on landscape pages, in their units", () => {
    const h = halamanDengan(hasil.halaman, "Tabel 3.9 Program");
    expect([h.lebar, h.tinggi]).toEqual([842, 595]);
    const teks = hasil.semua.replace(/[ \t]+/g, " ");
    for (const isi of ["2.17.06.2.01.0003", "2.17.01.2.01.0006", "41,00%", "Rp 305.000.000", "37,87%"])
      expect(teks).toContain(isi);
    expect(teks.replace(/\s+/g, " ")).toContain(
      "Tidak dapat dihitung untuk 2.17.06.2.01.0001 Jumlah SDM koperasi yang dilatih: TW bukan angka",
    );
  });

  it("opens Bab III B with Tabel 3.10 and its Jumlah row", () => {
    const h = halamanDengan(hasil.halaman, "Tabel 3.10 Realisasi");
    expect(h.teks).toContain("B. Realisasi Anggaran");
    // Program 2.17.08's realisation is #N/A on the sheet (a quarter's Rp over its pagu): its row and
    // the Jumlah say so, as the sheet's own SUM does, and the note names the cell
    expect(h.teks).toMatch(/Jumlah +Rp 754\.000\.000 +tidak dapat dihitung/);
    expect(h.teks.replace(/\s+/g, " ")).toContain(
      "Tidak dapat dihitung untuk Program Pengembangan UMKM: Realisasi Anggaran 2025 di Anggaran!I8 bernilai #N/A",
    );
  });

  it("numbers every page at its foot", () => {
    for (const h of hasil.halaman) expect(h.teks.trimEnd().split("\n").pop()!.trim()).toBe(String(h.no));
  });
});
