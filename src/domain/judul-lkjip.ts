/**
 * The header texts of the yearly reports: a contract other tools read (../PRODUCT.md, "The yearly
 * reports"), so the sheets, the Word draft and the reader of a saved workbook all take them from
 * here. Headers name real years, never "N−1".
 */
import { KATA_TREN } from "./tren";
import { KETERANGAN_EFISIENSI } from "./anggaran";
import { PREDIKAT_TERENDAH, SKALA_PREDIKAT } from "./predikat";
import { angkaDokumen } from "./tulis-angka";

export const JUDUL_TABEL = {
  t31: (n: number): string => `Tabel 3.1 Capaian Kinerja Tahun ${n}`,
  t32: "Tabel 3.2 Perbandingan dengan Tahun Sebelumnya",
  t33: "Tabel 3.3 Capaian terhadap Target Akhir Renstra",
  t34: "Tabel 3.4 Efisiensi Penggunaan Sumber Daya",
  t35: "Tabel 3.5 Analisis Penyebab",
  t36: (n: number): string => `Tabel 3.6 Capaian Sasaran Strategis Tahun ${n}`,
  t37: (awal: number, n: number): string => `Tabel 3.7 Capaian Kinerja Tahun ${awal} s.d. ${n}`,
  t38: "Tabel 3.8 Perbandingan dengan Standar Nasional",
} as const;

/** The charts of Bab III, on the LKjIP sheet and as figures of the Word draft. */
export const JUDUL_GRAFIK = {
  g31: (n: number): string => `Grafik 3.1 Capaian Kinerja Tahun ${n}`,
  g32: (n: number): string => `Grafik 3.2 Capaian Sasaran Tahun ${n}`,
} as const;

/** Under a chart that draws only its first bars: how many of how many, and which table lists them all. */
export const CATATAN_GRAFIK_TERBATAS = {
  g31: (tampil: number, semua: number): string =>
    `Grafik 3.1 memuat ${tampil} indikator pertama dari ${angkaDokumen(semua, 0)}; daftar lengkapnya ada di Tabel 3.1.`,
  g32: (tampil: number, semua: number): string =>
    `Grafik 3.2 memuat ${tampil} sasaran pertama dari ${angkaDokumen(semua, 0)}; daftar lengkapnya ada di Tabel 3.6.`,
} as const;

/** The data under each chart, which its series read: a short label per bar, the capaian, the 100% line. */
export const KOLOM_DATA_GRAFIK = {
  g31: (n: number): string[] => ["No", "Kode", "Indikator Kinerja", `Capaian ${n}`, "Target"],
  g32: (n: number): string[] => ["No", "Label", "Sasaran", `Rata-rata Capaian ${n}`, "Target"],
  /** The title of a chart's data table. */
  judul: (grafik: string): string => `Data ${grafik}`,
  /** A sasaran's short label on Grafik 3.2's axis. */
  labelSasaran: (no: number): string => `Sasaran ${no}`,
  /** The 100% line's series name. */
  garis: "Target 100%",
} as const;

export const KOLOM_31 = (n: number): string[] => [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Satuan",
  `Target ${n}`,
  `Realisasi ${n}`,
  `Capaian ${n}`,
  `Predikat ${n}`,
];

/** `awal`: the period's first year; in it, the year before is the kondisi awal. */
export const KOLOM_32 = (n: number, awal: number): string[] => [
  "No",
  "Indikator Kinerja",
  n > awal ? `Realisasi ${n - 1}` : "Kondisi Awal",
  `Realisasi ${n}`,
  `Capaian ${n - 1}`,
  `Capaian ${n}`,
  "Perubahan",
  "Keterangan",
];

export const KOLOM_33 = (n: number): string[] => [
  "No",
  "Indikator Kinerja",
  "Jenis Target",
  "Target Akhir Renstra",
  `Realisasi s.d. ${n}`,
  "Capaian terhadap Target Akhir",
];

export const KOLOM_34 = (n: number): string[] => [
  "No",
  "Program",
  "Indikator Terkait",
  `Pagu ${n}`,
  `Realisasi Anggaran ${n}`,
  `Serapan ${n}`,
  `Capaian Kinerja ${n}`,
  "Tingkat Efisiensi",
  "Keterangan",
];

export const KOLOM_35 = (n: number): string[] => [
  "No",
  "Indikator Kinerja",
  `Capaian ${n}`,
  "Faktor Pendukung",
  "Faktor Penghambat",
  "Upaya Perbaikan",
];

export const KOLOM_36 = (n: number): string[] => [
  "No",
  "Sasaran",
  "Jumlah Indikator",
  "Tercapai",
  "Tidak Tercapai",
  "Belum Dapat Diukur",
  `Rata-rata Capaian ${n}`,
  `Predikat ${n}`,
];

/** Tabel 3.6's last row. */
export const BARIS_RATA_RATA_PD = "Rata-rata Perangkat Daerah";

/** `tahun`: the period's first year to N. */
export const KOLOM_37 = (tahun: readonly number[]): string[] => [
  "No",
  "Indikator Kinerja",
  "Kondisi Awal",
  ...tahun.flatMap((t) => [`Realisasi ${t}`, `Capaian ${t}`]),
];

export const KOLOM_38 = (n: number): string[] => [
  "No",
  "Indikator Kinerja",
  `Realisasi ${n}`,
  "Standar",
  "Tingkat Standar",
  "Sumber Standar",
  "Keterangan",
];

/** The Anggaran sheet: four fixed columns, then three per year. */
export const KOLOM_ANGGARAN = (tahun: readonly number[]): string[] => [
  "No",
  "Kode",
  "Program",
  "Indikator Terkait",
  ...tahun.flatMap((t) => [`Pagu ${t}`, `Realisasi Anggaran ${t}`, `Serapan ${t}`]),
];

/** The LKjIP sheet's line naming the Renstra period; the report reader takes the period from it. */
export const TEKS_PERIODE = (awal: number, akhir: number): string => `Periode Renstra ${awal}–${akhir}`;
/** Reads TEKS_PERIODE back, with a hyphen or an en dash. */
export const POLA_PERIODE = /^Periode Renstra (\d{4})\s*[–-]\s*(\d{4})$/;

/** How the Jenis Target column writes each kind. */
export const TEKS_JENIS_TARGET = { absolut: "Absolut", kumulatif: "Kumulatif" } as const;

const skala = SKALA_PREDIKAT.map(([bawah, nama]) => `≥ ${bawah / 100}% ${nama}`).join(", ");

/** The method notes printed under each table: what was computed and how. */
export const CATATAN_METODE = {
  t31:
    "Capaian = realisasi ÷ target untuk polaritas positif; (2 × target − realisasi) ÷ target untuk negatif " +
    "(semakin kecil semakin baik, PermenPANRB 6/2022); target ÷ realisasi untuk negatif_rasio. " +
    `Predikat (skala lima tingkat, Permendagri 86/2017) pada capaian yang dibulatkan dua desimal persen: ${skala}, ` +
    `di bawahnya ${PREDIKAT_TERENDAH}.`,
  t32:
    "Perubahan = realisasi tahun ini − realisasi tahun sebelumnya (pada tahun pertama Renstra: kondisi awal), " +
    `dalam satuan indikator; untuk indikator persen dalam poin (selisih dua persentase). Keterangan dibaca menurut polaritas: ${KATA_TREN.membaik}, ${KATA_TREN.memburuk} ` +
    `atau ${KATA_TREN.tetap}; kosong bila salah satu realisasi belum diisi.`,
  t33:
    "Target akhir Renstra: absolut = target tahun terakhir periode (stok, persentase, indeks); kumulatif = jumlah " +
    "target tahunan (arus). Realisasi s.d. tahun ini: absolut = realisasi tahun ini; kumulatif = jumlah realisasi " +
    "sejak awal periode, kosong selama ada tahun yang belum diisi. Capaian memakai aturan polaritas yang sama.",
  t34:
    "Serapan = realisasi anggaran ÷ pagu. Capaian kinerja = rata-rata capaian indikator terkait yang sudah ada. " +
    `Tingkat efisiensi = capaian kinerja − serapan; ${KETERANGAN_EFISIENSI.efisien} bila 0 atau lebih, ` +
    `${KETERANGAN_EFISIENSI.tidakEfisien} bila kurang. Tidak ada peraturan yang menetapkan rumus efisiensi ` +
    "untuk perangkat daerah; tabel ini memakai metode selisih tersebut.",
  t35: "Faktor pendukung, faktor penghambat dan upaya perbaikan diisi oleh perencana.",
  t36:
    "Capaian sasaran = rata-rata capaian indikatornya yang sudah dapat diukur; rata-rata perangkat daerah = " +
    "rata-rata capaian sasaran. Tercapai bila capaian (dibulatkan dua desimal persen) 100% atau lebih; belum " +
    "dapat diukur bila realisasi atau target belum diisi atau capaian tidak terdefinisi. Predikat memakai skala Tabel 3.1.",
  t37:
    "Realisasi dan capaian setiap tahun periode Renstra sampai tahun ini, dengan aturan polaritas Tabel 3.1; " +
    "kosong selama realisasi atau target tahun itu belum diisi.",
  g31: "Data Grafik 3.1: capaian dari Tabel 3.1, garis merah = target 100%. Batang kosong: capaian belum dapat diukur.",
  g32: "Data Grafik 3.2: rata-rata capaian sasaran dari Tabel 3.6, garis merah = target 100%.",
  t38:
    "Hanya indikator yang memiliki standar (nasional, provinsi atau SPM) dalam katalog. Keterangan dibaca menurut " +
    "polaritas: untuk indikator semakin kecil semakin baik, realisasi di bawah standar berarti Di Atas Standar.",
} as const;
