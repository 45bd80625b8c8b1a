import type { EntriFungsi } from "./jenis";

export const TARGET: EntriFungsi = {
  id: "TARGET",
  parameter: [
    {
      nama: "indikator",
      uraian: {
        id: "Kode indikator (misalnya IKU-01) atau namanya seperti di dokumen; huruf besar/kecil dan spasi tidak berpengaruh.",
        en: "Indicator code (for example IKU-01) or its name as in the document; case and extra spaces do not matter.",
      },
    },
    { nama: "tahun", uraian: { id: "Tahun target, misalnya 2025.", en: "Target year, for example 2025." } },
  ],
  uraian: {
    id: "Mengambil target indikator dari katalog IKU untuk suatu tahun.",
    en: "The target of an indicator in the IKU catalog for a year.",
  },
  kembalian: "Target; persen sebagai pecahan (0,41 = 41%).",
  ringkas: {
    id: "Target dari katalog IKU; indikator berupa kode atau nama seperti di dokumen.",
    en: "The catalog's target; indikator is its code or its name as in the document.",
  },
  penjelasan: {
    id: [
      "Target dari katalog bawaan (IKU 2025 Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Penajam Paser Utara). Indikator berupa kode (`IKU-01` … `IKU-10`) atau namanya seperti di dokumen; huruf besar/kecil dan spasi berlebih tidak berpengaruh. Persen dikembalikan sebagai pecahan.",
    ],
    en: [
      "The built-in catalog's target for an indicator (its code or its name as in the document) and a year.",
    ],
  },
  contoh: [
    { argumen: ["IKU-09", 2025], hasil: { angka: 250 } },
    { argumen: ["indeks kepuasan masyarakat (ikm)", 2026], hasil: { angka: 83.47 } },
  ],
};

export const INDIKATOR: EntriFungsi = {
  id: "INDIKATOR",
  parameter: [],
  uraian: {
    id: "Menampilkan seluruh katalog IKU dengan baris judul: kode, tujuan, sasaran, indikator, satuan, polaritas dan target per tahun.",
    en: "The whole IKU catalog with a header row: code, goal, target group, indicator, unit, polarity and the target per year.",
  },
  kembalian: "Tabel katalog IKU.",
  ringkas: {
    id: "Seluruh katalog IKU, tumpah ke bawah: kode, tujuan, sasaran, indikator, satuan, polaritas, target.",
    en: "The whole IKU catalog, spilled: code, goal, target group, indicator, unit, polarity, targets.",
  },
  penjelasan: {
    id: [
      "Seluruh katalog, tumpah mulai dari sel rumus: baris judul, lalu satu baris per indikator dengan kode, tujuan, sasaran, nama indikator, satuan, polaritas dan target per tahun. Sisakan ruang kosong di kanan dan bawah sel agar hasilnya dapat tumpah.",
    ],
    en: ["The whole catalog, spilled: a header row and one row per indicator."],
  },
  contoh: [
    {
      argumen: [],
      hasil: {
        uraian: { id: "baris judul dan 10 baris indikator", en: "a header row and 10 indicator rows" },
        baris: 11,
      },
    },
  ],
};
