/**
 * Every caption of a full draft for 2025 in a period starting in 2024, in document order: what the
 * .docx holds (tulis-docx.test.ts) and what LibreOffice prints of it (laporan-docx.e2e.ts).
 */
export const KETERANGAN_DRAF_2025 = [
  "Tabel 2.1 Perjanjian Kinerja Tahun 2025",
  "Tabel 2.2 Program dan Anggaran Perjanjian Kinerja Tahun 2025",
  "Grafik 3.1 Capaian Kinerja Tahun 2025",
  "Grafik 3.2 Capaian Sasaran Tahun 2025",
  "Tabel 3.1 Capaian Kinerja Tahun 2025",
  "Tabel 3.2 Perbandingan dengan Tahun Sebelumnya",
  "Tabel 3.3 Capaian terhadap Target Akhir Renstra",
  "Tabel 3.4 Efisiensi Penggunaan Sumber Daya",
  "Tabel 3.5 Analisis Penyebab",
  "Tabel 3.6 Capaian Sasaran Strategis Tahun 2025",
  "Tabel 3.7 Capaian Kinerja Tahun 2024 s.d. 2025",
  "Tabel 3.8 Perbandingan dengan Standar Nasional",
  "Tabel 3.9 Program dan Kegiatan Pendukung",
  "Tabel 3.10 Realisasi Anggaran",
];
