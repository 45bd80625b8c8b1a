import type { ArgumenContoh, EntriFungsi } from "./jenis";

export const UTTP_GROWTH: EntriFungsi = {
  id: "UTTP_GROWTH",
  parameter: [
    {
      nama: "tahun_lalu",
      uraian: { id: "Jumlah UTTP tahun lalu.", en: "Number of UTTP verified last year." },
    },
    { nama: "tahun_ini", uraian: { id: "Jumlah UTTP tahun ini.", en: "Number of UTTP verified this year." } },
    {
      nama: "mode",
      opsional: true,
      uraian: {
        id: '"persen" (bawaan, pecahan dari tahun lalu) atau "jumlah" (selisih).',
        en: '"persen" (default, a fraction of last year) or "jumlah" (the absolute increase).',
      },
    },
  ],
  uraian: {
    id: "Menghitung pertumbuhan jumlah alat UTTP yang ditera/ditera ulang dari tahun lalu ke tahun ini. Jumlah harus bilangan bulat 0 atau lebih.",
    en: "Growth in the number of UTTP instruments verified or re-verified (tera/tera ulang) from last year to this year. Counts must be whole numbers, 0 or more.",
  },
  kembalian: "Pertumbuhan.",
  ringkas: {
    id: "Pertumbuhan jumlah UTTP yang ditera/tera ulang; mode persen (bawaan) atau jumlah.",
    en: "Growth of UTTP instruments verified; mode persen (default) or jumlah (absolute increase).",
  },
  penjelasan: {
    id: [
      'Pertumbuhan jumlah UTTP (Ukuran, Takaran, Timbangan dan Perlengkapannya; UU 2/1981 tentang Metrologi Legal) yang ditera (pertama kali) atau ditera ulang (berkala). Jumlah alat harus bilangan bulat 0 atau lebih. Mode `persen` (bawaan): (tahun ini − tahun lalu) ÷ tahun lalu; mode `jumlah`: selisihnya, karena indikator "Jumlah Peningkatan" dapat berarti keduanya.',
    ],
    en: [
      'Growth of the number of measuring instruments verified (tera) or re-verified (tera ulang): a fraction of last year by default, or the absolute increase with `"jumlah"`. Counts must be whole numbers.',
    ],
  },
  contoh: [
    { argumen: [200, 250], hasil: { angka: 0.25, persen: true } },
    { argumen: [200, 250, "jumlah"], hasil: { angka: 50 } },
  ],
};

export const PERTUMBUHAN: EntriFungsi = {
  id: "PERTUMBUHAN",
  parameter: [
    { nama: "nilai_lalu", uraian: { id: "Nilai periode lalu.", en: "Value of the previous period." } },
    { nama: "nilai_kini", uraian: { id: "Nilai periode kini.", en: "Value of the current period." } },
    {
      nama: "mode",
      opsional: true,
      uraian: {
        id: '"persen" (bawaan) atau "jumlah" (selisih).',
        en: '"persen" (default) or "jumlah" (the difference).',
      },
    },
  ],
  uraian: {
    id: "Menghitung pertumbuhan sebarang nilai: (nilai kini − nilai lalu) / nilai lalu, atau selisihnya.",
    en: "Growth of any quantity: (current − previous) / previous, or the difference.",
  },
  kembalian: "Pertumbuhan.",
  ringkas: {
    id: "Pertumbuhan nilai apa pun dari tahun lalu ke tahun ini; mode persen atau jumlah.",
    en: "Growth of any quantity from last year to this year; mode persen or jumlah.",
  },
  penjelasan: {
    id: [
      "Pertumbuhan nilai apa pun: (nilai kini − nilai lalu) ÷ nilai lalu, atau selisihnya dengan mode `jumlah`.",
    ],
    en: ['The same growth for any quantity: a fraction by default, the difference with `"jumlah"`.'],
  },
  contoh: [
    { argumen: [12, 14, "jumlah"], hasil: { angka: 2 } },
    { argumen: [12, 14], hasil: { angka: 0.1667, persen: true } },
  ],
};

const TRIWULAN: ArgumenContoh = { rentang: "B2:E2", nilai: [[50, 60, 70, 70]] };

export const AGREGAT: EntriFungsi = {
  id: "AGREGAT",
  parameter: [
    {
      nama: "nilai_triwulan",
      uraian: { id: "Nilai triwulan I sampai IV.", en: "Values of quarters I to IV." },
    },
    {
      nama: "jenis",
      uraian: { id: '"jumlah", "akhir" atau "rata-rata".', en: '"jumlah", "akhir" or "rata-rata".' },
    },
  ],
  uraian: {
    id: "Menghitung nilai tahunan dari nilai triwulan: jumlah, akhir (triwulan terakhir yang terisi) atau rata-rata. Sel kosong dilewati.",
    en: "The year's value from quarterly values: jumlah (sum), akhir (last quarter filled) or rata-rata (mean). Blank cells are skipped.",
  },
  kembalian: "Nilai tahunan, atau kosong bila belum ada triwulan yang terisi.",
  ringkas: {
    id: "Nilai setahun dari triwulan: jumlah, akhir (triwulan terakhir yang terisi), atau rata-rata.",
    en: "The year's value from quarters: jumlah (sum), akhir (last quarter filled) or rata-rata (mean).",
  },
  penjelasan: {
    id: [
      "Nilai setahun dari triwulan I–IV. `jumlah` untuk arus (dokumen, UTTP yang ditera), `akhir` untuk stok dan persentase (triwulan terakhir yang terisi), `rata-rata`. Sel kosong dilewati; tanpa triwulan terisi hasilnya kosong.",
    ],
    en: [
      "The year's value from the quarters: `jumlah` (sum) for flows, `akhir` (last quarter filled) for stocks and percentages, or `rata-rata` (mean).",
    ],
  },
  isiRentang: "B2:E2 berisi 50, 60, 70, 70",
  contoh: [
    {
      argumen: [TRIWULAN, "jumlah"],
      hasil: { angka: 250 },
      catatan: { id: "Triwulan I–IV: 50, 60, 70, 70.", en: "Quarters I–IV: 50, 60, 70, 70." },
    },
    { argumen: [TRIWULAN, "akhir"], hasil: { angka: 70 } },
    { argumen: [TRIWULAN, "rata-rata"], hasil: { angka: 62.5 } },
  ],
};
