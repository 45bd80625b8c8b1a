/** Every text of the pane's "Triwulan ini" section, in both languages; {x} marks a value. */
import type { Bahasa, Teks } from "../../bahasa";

export const TEKS_TRIWULAN = {
  judul: { id: "Triwulan ini", en: "This quarter" },
  petunjuk: {
    id: "Dari lembar Rencana Aksi dan Triwulan: indikator yang Terlambat atau Belum Diisi, dan target triwulan yang tidak sesuai dengan target tahunan. Klik baris di daftar untuk memilihnya di lembar. Tidak ada yang diubah.",
    en: "From the Rencana Aksi and Triwulan sheets: indicators behind plan or with nothing filled yet, and quarterly targets that do not fit the annual target. Click a row in the list to select it on the sheet. Nothing is changed.",
  },
  periksa: { id: "Periksa Triwulan", en: "Check the quarter" },
  bekerja: { id: "Sedang memeriksa…", en: "Checking…" },
  tanpaLembar: {
    id: "Belum ada lembar Rencana Aksi atau Triwulan dengan baris judulnya (Status, Cek Target TW) di buku kerja ini.",
    en: "This workbook has no Rencana Aksi or Triwulan sheet with its header row (Status, Cek Target TW) yet.",
  },
  ringkasan: {
    id: "Triwulan berjalan: {tw} {tahun}.",
    en: "Quarter under way: {tw} {tahun}.",
  },
  judulRa: { id: "Rencana Aksi {tahun} (lembar {lembar})", en: "Rencana Aksi {tahun} (sheet {lembar})" },
  raBaik: {
    id: "Tidak ada indikator yang Terlambat atau Belum Diisi; {n} indikator diperiksa.",
    en: "No indicator is behind plan or unfilled; {n} indicators checked.",
  },
  raAda: {
    id: "{m} dari {n} indikator Terlambat atau Belum Diisi:",
    en: "{m} of {n} indicators behind plan (Terlambat) or unfilled (Belum Diisi):",
  },
  tanpaRa: {
    id: "Lembar Rencana Aksi tidak ditemukan (baris judul No … Status).",
    en: "No Rencana Aksi sheet found (header row No … Status).",
  },
  judulTw: {
    id: "Target triwulan {tahun} (lembar {lembar})",
    en: "Quarterly targets {tahun} (sheet {lembar})",
  },
  twBaik: {
    id: "Target triwulan semua {n} indikator sesuai dengan target tahunan.",
    en: "The quarterly targets of all {n} indicators fit the annual target.",
  },
  twAda: {
    id: "{m} dari {n} indikator: target triwulan Tidak Sesuai dengan target tahunan:",
    en: "{m} of {n} indicators: quarterly targets do not fit the annual target (Tidak Sesuai):",
  },
  tanpaTw: {
    id: "Kolom Cek Target TW tidak ditemukan di lembar Triwulan.",
    en: "No Cek Target TW column found on a Triwulan sheet.",
  },
  tanpaTwTahun: {
    id: "Lembar Triwulan tidak punya kolom Cek Target TW untuk tahun {tahun}.",
    en: "The Triwulan sheet has no Cek Target TW column for {tahun}.",
  },
  baris: { id: "Baris {r}", en: "Row {r}" },
  terisi: { id: "terisi {tw}", en: "filled {tw}" },
  belumTerisi: { id: "belum ada triwulan terisi", en: "no quarter filled yet" },
  capaian: { id: "capaian s.d. TW {c}", en: "achievement to date {c}" },
  Terlambat: { id: "Terlambat", en: "Terlambat (behind plan)" },
  "Belum Diisi": { id: "Belum Diisi", en: "Belum Diisi (nothing filled)" },
  tidakSesuai: { id: "Cek Target TW: Tidak Sesuai", en: "Cek Target TW: Tidak Sesuai (does not fit)" },
} satisfies Record<string, Teks>;

export type KunciTriwulan = keyof typeof TEKS_TRIWULAN;

/** One text of the section in the pane's language, its {x} marks filled in. */
export function teksTriwulan(
  kunci: KunciTriwulan,
  bahasa: Bahasa,
  isi: Record<string, string | number> = {},
): string {
  return TEKS_TRIWULAN[kunci][bahasa].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in isi ? String(isi[k]) : m,
  );
}
