/** Every text of the pane's "Periksa Renstra" section, in both languages; {x} marks a value. */
import type { Bahasa, Teks } from "../../bahasa";

export const TEKS_RENSTRA = {
  judul: { id: "Periksa Renstra", en: "Check Renstra" },
  petunjuk: {
    id: "Memeriksa tabel Renstra di lembar aktif (atau lembar Renstra): pagu setiap program dan kegiatan per tahun dibandingkan dengan jumlah pagu turunan langsungnya. Klik baris di daftar untuk memilihnya di lembar. Tidak ada yang diubah.",
    en: "Checks the Renstra table on the active sheet (or the Renstra sheet): each program's and kegiatan's pagu per year against the sum of its direct children's pagu. Click a row in the list to select it on the sheet. Nothing is changed.",
  },
  periksa: { id: "Periksa Renstra", en: "Check Renstra" },
  bekerja: { id: "Sedang memeriksa…", en: "Checking…" },
  sesuai: {
    id: "Semua pagu sesuai: {n} baris berkode diperiksa di lembar {lembar}.",
    en: "Every pagu agrees: {n} coded rows checked on sheet {lembar}.",
  },
  adaMasalah: {
    id: "{m} baris bermasalah dari {n} baris berkode di lembar {lembar}:",
    en: "{m} rows with problems among {n} coded rows on sheet {lembar}:",
  },
  baris: { id: "Baris {r}", en: "Row {r}" },
  tanpaKode: { id: "(tanpa kode)", en: "(no code)" },
} satisfies Record<string, Teks>;

export type KunciRenstra = keyof typeof TEKS_RENSTRA;

/** One text of the section in the pane's language, its {x} marks filled in. */
export function teksRenstra(
  kunci: KunciRenstra,
  bahasa: Bahasa,
  isi: Record<string, string | number> = {},
): string {
  return TEKS_RENSTRA[kunci][bahasa].replace(/\{(\w+)\}/g, (m, k: string) => (k in isi ? String(isi[k]) : m));
}
