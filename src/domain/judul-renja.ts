/**
 * The header texts of the Renja evaluation and of LKjIP tables 3.9 and 3.10: a contract
 * (../PRODUCT.md, "The quarter" and "Bab III complete"), taken from here by the sheets and tests.
 * Headers name the real year.
 */

const TW = ["I", "II", "III", "IV"];

/** The `Evaluasi Renja` sheet for year `n` (form E.81; K = kinerja, Rp = rupiah). */
export const KOLOM_RENJA = (n: number): string[] => [
  "Kode",
  "Program / Kegiatan / Sub Kegiatan",
  "Indikator Kinerja",
  "Satuan",
  "Target Akhir Renstra (K)",
  "Target Akhir Renstra (Rp)",
  "Realisasi s.d. Tahun Lalu (K)",
  "Realisasi s.d. Tahun Lalu (Rp)",
  `Target ${n} (K)`,
  `Target ${n} (Rp)`,
  ...TW.flatMap((tw) => [`Realisasi TW ${tw} (K)`, `Realisasi TW ${tw} (Rp)`]),
  `Realisasi ${n} (K)`,
  `Realisasi ${n} (Rp)`,
  `Capaian ${n} (K)`,
  `Capaian ${n} (Rp)`,
  `Realisasi s.d. ${n} (K)`,
  `Realisasi s.d. ${n} (Rp)`,
  `Capaian Renstra s.d. ${n} (K)`,
  `Capaian Renstra s.d. ${n} (Rp)`,
  "Unit Penanggung Jawab",
  "Keterangan",
];

export const JUDUL_TABEL_PENDUKUNG = {
  t39: "Tabel 3.9 Program dan Kegiatan Pendukung",
  t310: "Tabel 3.10 Realisasi Anggaran",
} as const;

export const KOLOM_39 = (n: number): string[] => [
  "No",
  "Sasaran",
  "Kode",
  "Program / Kegiatan / Sub Kegiatan",
  "Indikator Kinerja",
  `Target ${n}`,
  `Realisasi ${n}`,
  `Capaian ${n}`,
  `Pagu ${n}`,
  `Realisasi Anggaran ${n}`,
  `Serapan ${n}`,
];

export const KOLOM_310 = (n: number): string[] => [
  "No",
  "Sasaran",
  "Program",
  `Pagu ${n}`,
  `Realisasi Anggaran ${n}`,
  `Sisa Anggaran ${n}`,
  `Serapan ${n}`,
];

/** The last row of Tabel 3.10. */
export const TEKS_JUMLAH = "Jumlah";

/** Tabel 3.9's one row when the catalog has no Renstra cascade. */
export const TEKS_TANPA_CASCADE =
  "Katalog tidak memuat program, kegiatan dan sub kegiatan Renstra beserta indikatornya, sehingga tabel ini kosong. " +
  "Sisipkan workbook dari katalog yang memuat cascade Renstra (lihat docs/katalog.md).";

/** The method notes under tables 3.9 and 3.10. */
export const CATATAN_PENDUKUNG = {
  t39:
    "Dibaca dari sheet Renstra (kode, nama, indikator, target, pagu) dan Evaluasi Renja (realisasi). Capaian menurut " +
    "polaritas indikator; serapan = realisasi anggaran ÷ pagu; Rp kegiatan dan program = jumlah turunannya.",
  t310:
    "Dibaca dari sheet Anggaran (dengan cascade Renstra: pagu dari sheet Renstra, realisasi dari Evaluasi Renja). " +
    "Sisa anggaran = pagu − realisasi; serapan = realisasi ÷ pagu; baris Jumlah menjumlahkan kolomnya.",
} as const;
