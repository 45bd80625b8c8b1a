/** Every text of the pane's insert section, in both languages. */
import type { Bahasa, Teks } from "../../bahasa";

export const TEKS_SISIP = {
  judul: { id: "Sisipkan tabel IKU", en: "Insert the IKU workbook" },
  penjelasan: {
    id: "Membuat lembar IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP dan PK. Lembar yang sudah ada tidak ditimpa.",
    en: "Creates the IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP and PK sheets. Existing sheets are never overwritten.",
  },
  tahun: { id: "Tahun laporan (LKjIP, Evaluasi Renja)", en: "Report year (LKjIP, Renja evaluation)" },
  tahunRencana: { id: "Tahun rencana (PK, Rencana Aksi)", en: "Plan year (PK, Rencana Aksi)" },
  tahunUntuk: {
    id: "LKjIP, Evaluasi Renja dan Dashboard melaporkan tahun lalu; PK dan Rencana Aksi direncanakan untuk tahun ini.",
    en: "The LKjIP, the Renja evaluation and the Dashboard report on last year; the PK and the Rencana Aksi plan this year.",
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
  berikut: { id: "Isi berikutnya", en: "Fill in next" },
  kolom: { id: "Kolom: ", en: "Columns: " },
  pilih: { id: "Pilih {alamat}", en: "Select {alamat}" },
  // The spoken name starts with the visible one (WCAG 2.5.3), then names the sheet.
  pilihLabel: { id: "Pilih {alamat} di lembar {lembar}", en: "Select {alamat} on sheet {lembar}" },
  berikutIku: {
    id: "realisasi tahun laporan {laporan} (untuk LKjIP) dan kondisi awal",
    en: "the realisation of the report year {laporan} (for the LKjIP) and the kondisi awal (baseline)",
  },
  berikutTriwulan: {
    id: "target dan realisasi per triwulan tahun rencana {rencana}",
    en: "the quarterly targets and realisation of the plan year {rencana}",
  },
  berikutAnggaran: {
    id: "program, indikator terkait, pagu dan realisasi anggaran {laporan}",
    en: "programs, linked indicators, pagu and budget realisation {laporan}",
  },
  berikutRenstra: {
    id: "program, kegiatan dan sub kegiatan yang belum ada di katalog (baris kosong di bawah tabel)",
    en: "programs, kegiatan and sub kegiatan not in the catalog (empty rows below the table)",
  },
  berikutLkjip: {
    id: "jenis target bila perlu dan analisis penyebab (Tabel 3.5)",
    en: "the target kind if needed and the analysis of causes (Tabel 3.5)",
  },
  berikutRencanaAksi: {
    id: "rencana aksi, program/kegiatan pendukung dan penanggung jawab {rencana}",
    en: "the actions, supporting programs and the person responsible {rencana}",
  },
  berikutEvaluasiRenja: {
    id: "realisasi kinerja (K) dan anggaran (Rp) per triwulan {laporan}",
    en: "the quarterly realisation in kinerja (K) and rupiah (Rp) {laporan}",
  },
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

/** One text of the section in the pane's language, its {x} marks filled in. */
export function teksSisip(
  kunci: KunciSisip,
  bahasa: Bahasa,
  isi: Record<string, string | number> = {},
): string {
  return TEKS_SISIP[kunci][bahasa].replace(/\{(\w+)\}/g, (m, k: string) => (k in isi ? String(isi[k]) : m));
}

/** The hint of a sheet's role in the "fill in next" list; sheets other helpers add have theirs here too. */
export const BERIKUT: Record<string, KunciSisip> = {
  iku: "berikutIku",
  triwulan: "berikutTriwulan",
  anggaran: "berikutAnggaran",
  renstra: "berikutRenstra",
  lkjip: "berikutLkjip",
  rencanaAksi: "berikutRencanaAksi",
  evaluasiRenja: "berikutEvaluasiRenja",
};
