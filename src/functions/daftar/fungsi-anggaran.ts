import { KETERANGAN_EFISIENSI } from "../../domain/anggaran";
import type { EntriFungsi } from "./jenis";

const EFISIEN = KETERANGAN_EFISIENSI.efisien;

export const SERAPAN: EntriFungsi = {
  id: "SERAPAN",
  parameter: [
    {
      nama: "realisasi_anggaran",
      uraian: {
        id: "Belanja yang terealisasi (rupiah): satu sel atau rentang.",
        en: "Spending realised (rupiah): one cell or a range.",
      },
    },
    {
      nama: "pagu",
      uraian: { id: "Pagu anggaran (rupiah), lebih dari 0.", en: "Budget ceiling (rupiah), above 0." },
    },
  ],
  uraian: {
    id: "Menghitung serapan anggaran: realisasi anggaran dibagi pagu (1 = 100%).",
    en: "Budget absorption: budget realised divided by the budget ceiling (1 = 100%).",
  },
  kembalian: "Serapan sebagai pecahan, berukuran sama dengan rentang masukan.",
  ringkas: {
    id: "Serapan anggaran: realisasi anggaran dibagi pagu (1 = 100%).",
    en: "Budget absorption: budget realised divided by the ceiling (1 = 100%).",
  },
  penjelasan: {
    id: [
      "Serapan anggaran: realisasi anggaran ÷ pagu. Pagu 0 atau kurang menghasilkan `#VALUE!` dengan pesan.",
    ],
    en: ["Budget absorption: budget realised divided by the ceiling; a ceiling of 0 or below is `#VALUE!`."],
  },
  contoh: [{ argumen: [850000000, 1000000000], hasil: { angka: 0.85, persen: true } }],
};

export const EFISIENSI: EntriFungsi = {
  id: "EFISIENSI",
  parameter: [
    {
      nama: "capaian_kinerja",
      uraian: {
        id: "Capaian kinerja program, misalnya 105%.",
        en: "Performance achievement of the programme, for example 105%.",
      },
    },
    {
      nama: "serapan",
      uraian: {
        id: "Serapan anggaran program, misalnya 90%.",
        en: "Budget absorption of the programme, for example 90%.",
      },
    },
  ],
  uraian: {
    id: `Menghitung tingkat efisiensi: capaian kinerja dikurangi serapan anggaran (0 atau lebih berarti ${EFISIEN}).`,
    en: `Efficiency level: performance achievement minus budget absorption (0 or more means ${EFISIEN}).`,
  },
  kembalian: "Tingkat efisiensi sebagai pecahan (0,15 = 15 poin).",
  ringkas: {
    id: `Tingkat efisiensi: capaian kinerja dikurangi serapan; 0 atau lebih berarti ${EFISIEN}.`,
    en: `Efficiency level: performance achievement minus absorption; 0 or more means ${EFISIEN}.`,
  },
  penjelasan: {
    id: [
      `Tingkat efisiensi: capaian kinerja − serapan, dalam poin persen. 0 atau lebih berarti *${EFISIEN}*. Tidak ada peraturan yang menetapkan rumus efisiensi untuk perangkat daerah; ini metode selisih yang disebut di bawah Tabel 3.4 LKjIP.`,
    ],
    en: [
      "Efficiency level: performance achievement minus absorption, in percentage points; 0 or more is efficient.",
    ],
  },
  contoh: [{ argumen: [{ persen: 1.05 }, { persen: 0.9 }], hasil: { angka: 0.15, persen: true } }],
};
