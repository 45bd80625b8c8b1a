/** Every text of the pane's insert section, in both languages. */
import type { Bahasa, Teks } from "../../bahasa";

export const TEKS_SISIP = {
  judul: { id: "Sisipkan tabel IKU", en: "Insert the IKU workbook" },
  penjelasan: {
    id: "Membuat lembar IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP dan PK. Lembar yang sudah ada tidak ditimpa.",
    en: "Creates the IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP and PK sheets. Existing sheets are never overwritten.",
  },
  tahun: { id: "Tahun aktif", en: "Active year" },
  tahunUntuk: {
    id: "Tahun aktif menentukan Dashboard, LKjIP (Bab III) dan Perjanjian Kinerja (PK).",
    en: "The active year sets the Dashboard, the LKjIP (Bab III) and the Perjanjian Kinerja (PK).",
  },
  isianJudul: { id: "Yang Anda isi (sel kuning)", en: "What you fill in (yellow cells)" },
  isianIku: {
    id: "IKU: realisasi per tahun dan kondisi awal.",
    en: "IKU: the realisation per year and the kondisi awal (baseline).",
  },
  isianAnggaran: {
    id: "Anggaran: program, indikator terkait (mis. IKU-01, IKU-02), pagu dan realisasi anggaran.",
    en: "Anggaran: programs, linked indicators (e.g. IKU-01, IKU-02), pagu and budget realisation.",
  },
  isianLkjip: {
    id: "LKjIP: jenis target bila perlu, faktor pendukung, faktor penghambat dan upaya perbaikan (Tabel 3.5).",
    en: "LKjIP: the target kind if needed, faktor pendukung, faktor penghambat and upaya perbaikan (Tabel 3.5).",
  },
  isianPk: {
    id: "PK: nama pihak pertama dan pihak kedua, serta tanggal penandatanganan.",
    en: "PK: the names of both parties and the signing date.",
  },
  tombol: { id: "Sisipkan IKU", en: "Insert IKU" },
  katalog: { id: "Muat katalog (JSON)", en: "Load catalog (JSON)" },
  katalogAktif: { id: "Katalog: ", en: "Catalog: " },
  menyisipkan: { id: "Menyisipkan…", en: "Inserting…" },
  bagian: { id: "Menyisipkan… bagian {s} dari {n}", en: "Inserting… part {s} of {n}" },
  dibuat: { id: "Dibuat: ", en: "Created: " },
  katalogDitolak: {
    id: "Katalog ditolak, tidak ada yang diubah:",
    en: "Catalog rejected, nothing was changed (details in Indonesian):",
  },
  katalogDibersihkan: {
    id: "Katalog dimuat; karakter yang tidak dapat disimpan dalam berkas Excel dihapus:",
    en: "Catalog loaded; characters an Excel file cannot hold were removed (details in Indonesian):",
  },
} satisfies Record<string, Teks>;

export type KunciSisip = keyof typeof TEKS_SISIP;

/** One text of the section in the pane's language. */
export function teksSisip(kunci: KunciSisip, bahasa: Bahasa): string {
  return TEKS_SISIP[kunci][bahasa];
}
