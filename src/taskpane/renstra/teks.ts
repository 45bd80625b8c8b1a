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
  tidakSesuai: {
    id: "pagu tidak sama dengan jumlah pagu turunan langsungnya",
    en: "its pagu differs from the sum of its direct children's pagu",
  },
  kodeTidakDikenali: {
    id: "kode bukan bentuk program X.XX.XX, kegiatan X.XX.XX.X.XX atau sub kegiatan X.XX.XX.X.XX.XXXX",
    en: "the code is not a program X.XX.XX, kegiatan X.XX.XX.X.XX or sub kegiatan X.XX.XX.X.XX.XXXX",
  },
  indukTidakAda: {
    id: "kode induknya {induk} tidak ada di tabel",
    en: "its parent code {induk} is not in the table",
  },
  lebihBesar: {
    id: "jumlah turunan {rp} lebih besar dari pagu",
    en: "the children's sum is {rp} more than the pagu",
  },
  lebihKecil: {
    id: "jumlah turunan {rp} lebih kecil dari pagu",
    en: "the children's sum is {rp} less than the pagu",
  },
  teks: {
    id: 'pagu berisi teks "{teks}", tidak ikut dijumlah; ketik sebagai angka',
    en: 'the pagu is text "{teks}" and is not added up; type it as a number',
  },
  terbaca: { id: " ({rp})", en: " ({rp})" },
  negatif: { id: "pagu negatif ({rp})", en: "negative pagu ({rp})" },
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
