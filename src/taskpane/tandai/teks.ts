/** Every text of the pane's "Tandai Capaian" section, in both languages. */
import type { Bahasa, Teks } from "../../bahasa";

export const TEKS_TANDAI = {
  judul: { id: "Tandai Capaian", en: "Flag misses" },
  petunjuk: {
    id: "Pilih tabel yang memiliki kolom Target dan Realisasi (atau satu sel di dalamnya), lalu klik Tandai Capaian. Realisasi yang tidak mencapai target diberi warna merah, langsung diperbarui saat angka diubah.",
    en: "Select a table with Target and Realisasi columns (or one cell in it), then click Flag misses. Actuals below target turn red and stay live as numbers change.",
  },
  tandai: { id: "Tandai Capaian", en: "Flag misses" },
  hapus: { id: "Hapus Tanda", en: "Remove flags" },
  manual: { id: "Tunjuk rentang sendiri", en: "Point at the ranges yourself" },
  pakaiTarget: { id: "Gunakan pilihan sebagai Target", en: "Use selection as Target" },
  pakaiRealisasi: { id: "Gunakan pilihan sebagai Realisasi", en: "Use selection as Actual" },
  tandaiRentang: { id: "Tandai rentang ini", en: "Flag these ranges" },
  belumDipilih: { id: "belum dipilih", en: "not chosen" },
  bekerja: { id: "Sedang bekerja…", en: "Working…" },
  dari: { id: "dari", en: "of" },
  tercapai: { id: "indikator tercapai", en: "indicators met" },
  tanpaMeleset: { id: "Tidak ada realisasi yang meleset dari target.", en: "No actual is below target." },
  judulMeleset: { id: "Tidak mencapai target", en: "Below target" },
  teksAngka: {
    id: "sel berisi angka yang tersimpan sebagai teks (tidak ditandai sampai diubah):",
    en: "cells hold numbers stored as text (not flagged until converted):",
  },
  ubah: { id: "Ubah jadi angka", en: "Convert to numbers" },
  diubah: { id: "sel diubah jadi angka.", en: "cells converted to numbers." },
  galat: { id: "sel tidak dapat dinilai:", en: "cells cannot be judged:" },
  ditambah: { id: "aturan tanda ditambahkan pada lembar", en: "flag rules added on sheet" },
  sudahAda: {
    id: "Tabel ini sudah ditandai; tidak ada yang ditambahkan.",
    en: "This table is already flagged; nothing was added.",
  },
  dihapus: { id: "tanda dihapus dari lembar", en: "flags removed from sheet" },
  target: { id: "Target", en: "Target" },
  realisasi: { id: "Realisasi", en: "Actual" },
  capaian: { id: "Capaian", en: "Achievement" },
} satisfies Record<string, Teks>;

export type KunciTandai = keyof typeof TEKS_TANDAI;

/** One text of the section in the pane's language. */
export function teksTandai(kunci: KunciTandai, bahasa: Bahasa): string {
  return TEKS_TANDAI[kunci][bahasa];
}
