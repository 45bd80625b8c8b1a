import { BagianHilang } from "../bagian-hilang";
import { angkaTetap } from "../../domain/tulis-angka";

/**
 * Every fixed text of the Word draft (headings, lead-ins, figure titles, notes on missing parts) in
 * one table; the drafted paragraphs come from src/domain/narasi-lkjip.ts.
 */
export const TEKS = {
  galatSel: "tidak dapat dihitung",
  poin: "poin",
  catatanMetode: (isi: string) => `Catatan metode: ${isi}`,
  galat: (nama: string, pesan: string) => `Tidak dapat dihitung untuk ${nama}: ${pesan}`,
  petunjuk:
    "Draf ini disusun otomatis dari buku kerja IKU. Periksa angka-angkanya, lalu lengkapi uraian setiap sasaran.",
  bab2: ["BAB II", "PERENCANAAN KINERJA"],
  bab2B: "B. Perjanjian Kinerja",
  pengantarPk: (instansi: string, n: number) =>
    `Perjanjian Kinerja Tahun ${n} ${instansi} memuat sasaran strategis, indikator kinerja dan target ` +
    "yang disepakati, beserta program dan anggarannya, sebagai berikut.",
  judulPk: (n: number) => `Tabel 2.1 Perjanjian Kinerja Tahun ${n}`,
  judulPkProgram: (n: number) => `Tabel 2.2 Program dan Anggaran Perjanjian Kinerja Tahun ${n}`,
  kolomPk: (n: number) => ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", `Target ${n}`],
  kolomPkProgram: ["No", "Program", "Anggaran"],
  bab3: ["BAB III", "AKUNTABILITAS KINERJA"],
  bab3A: "A. Capaian Kinerja Organisasi",
  ikhtisar: "Ikhtisar",
  analisisSasaran: "Analisis Capaian per Sasaran",
  rincian: "Rincian Pengukuran Kinerja",
  bab3B: "B. Realisasi Anggaran",
  tanpaGrafik: "Belum ada indikator dengan capaian untuk digambarkan.",
  /** Names the first ten; a long list ends with how many more. */
  tidakDigambar: (nama: string[]) =>
    `Tidak digambarkan karena belum dapat diukur: ${nama.slice(0, 10).join("; ")}` +
    (nama.length > 10 ? `; dan ${angkaTetap(nama.length - 10, 0)} lainnya.` : "."),
  garis100: "100%",
  /** One line per part of the workbook the draft had to leave out, for the command's output. */
  hilang: {
    lembarLkjip:
      "Lembar LKjIP tidak ada: Tabel 3.3 (jenis target) dan isian Tabel 3.5 (faktor penyebab) ditinggalkan.",
    lembarAnggaran:
      "Lembar Anggaran tidak ada: Tabel 3.4 (efisiensi) dan tabel program Perjanjian Kinerja ditinggalkan.",
    tabel33: "Tabel 3.3 dengan kolom Jenis Target tidak ada di lembar LKjIP: Tabel 3.3 ditinggalkan.",
    tabel35:
      "Tabel 3.5 dengan kolom Faktor Pendukung tidak ada di lembar LKjIP: faktor penyebab dibiarkan kosong.",
    tabel39:
      "Tabel 3.9 dengan kolom Kode dan Program / Kegiatan / Sub Kegiatan tidak ada di lembar LKjIP: Tabel 3.9 ditinggalkan.",
    tabel39TahunLain:
      "Tabel 3.9 di lembar LKjIP untuk tahun lain: sisipkan lembar LKjIP untuk tahun laporan ini agar Tabel 3.9 ikut; " +
      "kali ini ditinggalkan.",
    tabel39BelumDihitung:
      "Tabel 3.9 belum pernah dihitung (berkas belum dibuka dan disimpan di Excel atau LibreOffice): buka, simpan, " +
      "lalu jalankan lagi agar Tabel 3.9 ikut; kali ini ditinggalkan.",
  } satisfies Record<BagianHilang, string>,
} as const;
