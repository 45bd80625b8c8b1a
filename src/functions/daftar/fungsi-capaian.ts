import { KATA_STATUS } from "../../domain/capaian";
import { PREDIKAT_TERENDAH, SKALA_PREDIKAT } from "../../domain/predikat";
import { KATA_TREN } from "../../domain/tren";
import { batasPredikat, predikatDenganBatas } from "./aturan";
import type { EntriFungsi, ParameterFungsi } from "./jenis";

const { tercapai: TERCAPAI, tidakTercapai: TIDAK_TERCAPAI } = KATA_STATUS;
const { membaik: MEMBAIK, memburuk: MEMBURUK, tetap: TETAP } = KATA_TREN;
const TERTINGGI = SKALA_PREDIKAT[0][1];

const REALISASI: ParameterFungsi = {
  nama: "realisasi",
  uraian: { id: "Realisasi: satu sel atau rentang.", en: "Actual (realisasi): one cell or a range." },
};
const POLARITAS: ParameterFungsi = {
  nama: "polaritas",
  opsional: true,
  uraian: {
    id: '"positif" (bawaan), "negatif" atau "negatif_rasio".',
    en: '"positif" (default), "negatif" or "negatif_rasio".',
  },
};

export const CAPAIAN: EntriFungsi = {
  id: "CAPAIAN",
  parameter: [
    {
      nama: "realisasi",
      uraian: {
        id: "Realisasi: satu sel atau rentang. Sel kosong menghasilkan kosong.",
        en: "Actual (realisasi): one cell or a range. A blank cell gives a blank.",
      },
    },
    {
      nama: "target",
      uraian: {
        id: "Target: satu sel atau rentang yang sama ukurannya.",
        en: "Target: one cell or a range of the same size.",
      },
    },
    {
      nama: "polaritas",
      opsional: true,
      uraian: {
        id: '"positif" (bawaan, juga "+" atau "naik"), "negatif" ("-", "turun") atau "negatif_rasio".',
        en: '"positif" (default, also "+" or "naik"), "negatif" ("-", "turun") or "negatif_rasio".',
      },
    },
    {
      nama: "batas",
      opsional: true,
      uraian: {
        id: "Batas atas capaian, misalnya 1 atau 120%. Kosongkan bila tanpa batas.",
        en: "Upper limit of the achievement, for example 1 or 120%. Leave empty for no limit.",
      },
    },
  ],
  uraian: {
    id: "Menghitung capaian kinerja sebagai pecahan (1 = 100%): realisasi/target untuk polaritas positif, (2×target − realisasi)/target untuk negatif, target/realisasi untuk negatif_rasio. Tidak pernah di bawah 0.",
    en: "Performance achievement as a fraction (1 = 100%): actual/target for positive polarity, (2×target − actual)/target for negatif, target/actual for negatif_rasio. Never below 0.",
  },
  kembalian: "Capaian, berukuran sama dengan rentang masukan.",
  ringkas: {
    id: "Capaian realisasi terhadap target (1 = 100%). Polaritas: positif (bawaan), negatif, negatif_rasio.",
    en: "Achievement of realisation against target (1 = 100%). Polarity: positif (default), negatif, negatif_rasio.",
  },
  penjelasan: {
    id: [
      "Capaian sebagai pecahan (1 = 100%). Polaritas `positif` (bawaan; juga `+`, `naik`): realisasi ÷ target (PermenPANRB 6/2022, kondisi normal). `negatif` (semakin kecil semakin baik; juga `-`, `turun`): (2 × target − realisasi) ÷ target (Keputusan Kepala LAN 239/2003; PermenPANRB 6/2022, kondisi khusus). `negatif_rasio`: target ÷ realisasi, cara yang dipakai sebagian sistem. Capaian tidak pernah di bawah 0 dan tidak dibatasi, kecuali `batas` diisi.",
      "Target 0 tidak diatur peraturan mana pun: polaritas negatif dengan realisasi 0 bernilai 100%; target 0 lainnya menghasilkan `#VALUE!` dengan pesan yang menjelaskannya (bukan 0% diam-diam).",
    ],
    en: [
      "Achievement as a fraction. `positif` (default): actual ÷ target. `negatif` (lower is better): (2 × target − actual) ÷ target. `negatif_rasio`: target ÷ actual. Never below 0; an optional cap in `batas`. A zero target is an error with a message, except lower-is-better with actual 0, which is 100%.",
    ],
  },
  contoh: [
    { argumen: [{ persen: 0.39 }, { persen: 0.41 }], hasil: { angka: 0.9512, persen: true } },
    { argumen: [12, 10, "negatif"], hasil: { angka: 0.8, persen: true } },
    { argumen: [12, 10, "negatif_rasio"], hasil: { angka: 0.8333, persen: true } },
    { argumen: [130, 100, null, 1], hasil: { angka: 1, persen: true } },
    { argumen: [0, 0, "negatif"], hasil: { angka: 1, persen: true } },
    { argumen: [5, 0], hasil: { galat: "#VALUE!" } },
  ],
};

export const CAPAIAN_RENTANG: EntriFungsi = {
  id: "CAPAIAN_RENTANG",
  parameter: [
    REALISASI,
    { nama: "target_bawah", uraian: { id: "Batas bawah target.", en: "Lower bound of the target." } },
    { nama: "target_atas", uraian: { id: "Batas atas target.", en: "Upper bound of the target." } },
    POLARITAS,
  ],
  uraian: {
    id: "Menghitung capaian terhadap target rentang: di dalam rentang 100%, di atasnya dibandingkan dengan target atas, di bawahnya dengan target bawah.",
    en: "Achievement against a range target: inside the range is 100%; above it the upper target is used, below it the lower target.",
  },
  kembalian: "Capaian sebagai pecahan (1 = 100%).",
  ringkas: {
    id: "Capaian terhadap target rentang: di dalam rentang 100%, di luar dibandingkan dengan batas terdekat.",
    en: "Achievement against a range target: inside the range is 100%, outside it the nearest bound is the target.",
  },
  penjelasan: {
    id: [
      "Target berupa rentang (PermenPANRB 6/2022): realisasi di dalam [bawah, atas] bernilai 100%; di atas rentang, target atas menjadi target; di bawah rentang, target bawah.",
    ],
    en: [
      "Achievement against a range target: inside the range is 100%; above it the upper bound is the target, below it the lower bound.",
    ],
  },
  contoh: [
    { argumen: [85, 80, 90], hasil: { angka: 1, persen: true } },
    { argumen: [95, 80, 90], hasil: { angka: 1.0556, persen: true } },
    { argumen: [70, 80, 90], hasil: { angka: 0.875, persen: true } },
  ],
};

export const PREDIKAT: EntriFungsi = {
  id: "PREDIKAT",
  parameter: [
    {
      nama: "capaian",
      uraian: {
        id: "Capaian sebagai pecahan atau persen, misalnya 0,91 atau 91% (di atas 1.000% ditolak: 50 berarti 5000%).",
        en: "Achievement as a fraction or percentage, for example 0.91 or 91% (above 1,000% is refused: 50 means 5000%).",
      },
    },
  ],
  uraian: {
    id: `Memberi predikat capaian: ${predikatDenganBatas("id")}, setelah dibulatkan ke dua desimal persen.`,
    en: `Rating of an achievement: ${predikatDenganBatas("en")}, after rounding to two decimals of a percent.`,
  },
  kembalian: "Predikat.",
  ringkas: {
    id: `Predikat lima tingkat (${batasPredikat("id")}).`,
    en: `Five-level rating (${batasPredikat("en")}).`,
  },
  penjelasan: {
    id: [
      `Skala lima tingkat (Permendagri 86/2017), batas bawah termasuk, pada capaian yang lebih dulu dibulatkan ke dua desimal persen: ${batasPredikat("id")}, selain itu ${PREDIKAT_TERENDAH}. Di atas 100% tetap ${TERTINGGI}. Pembulatan lebih dulu membuat 9,1 ÷ 10 (0,90999… dalam komputer) tetap ${TERTINGGI}.`,
    ],
    en: [
      `The five-level rating on the achievement rounded to two decimals of a percent: ${batasPredikat("en")}, otherwise ${PREDIKAT_TERENDAH}.`,
    ],
  },
  contoh: [
    { argumen: [{ persen: 0.78 }], hasil: { teks: "Tinggi" } },
    { argumen: [{ persen: 0.91 }], hasil: { teks: "Sangat Tinggi" } },
    { argumen: [{ persen: 0.5 }], hasil: { teks: "Sangat Rendah" } },
  ],
};

export const STATUS: EntriFungsi = {
  id: "STATUS",
  parameter: [
    REALISASI,
    { nama: "target", uraian: { id: "Target: satu sel atau rentang.", en: "Target: one cell or a range." } },
    POLARITAS,
  ],
  uraian: {
    id: `Menyatakan apakah realisasi mencapai target: ${TERCAPAI} bila capaian paling sedikit 100% (dibulatkan ke dua desimal persen), selain itu ${TIDAK_TERCAPAI}.`,
    en: `Whether the actual meets the target: ${TERCAPAI} (met) when the achievement is at least 100% (rounded to two decimals of a percent), otherwise ${TIDAK_TERCAPAI} (missed).`,
  },
  kembalian: `${TERCAPAI} atau ${TIDAK_TERCAPAI}.`,
  ringkas: {
    id: `${TERCAPAI} atau ${TIDAK_TERCAPAI}.`,
    en: `${TERCAPAI} (met) or ${TIDAK_TERCAPAI} (missed).`,
  },
  penjelasan: {
    id: [
      `${TERCAPAI} bila capaian (dengan polaritas yang sama seperti CAPAIAN, dibulatkan ke dua desimal persen) paling sedikit 100%; selain itu ${TIDAK_TERCAPAI}.`,
    ],
    en: [`${TERCAPAI} (met) when the achievement is at least 100%, otherwise ${TIDAK_TERCAPAI} (missed).`],
  },
  contoh: [
    { argumen: [{ persen: 0.4 }, { persen: 0.41 }], hasil: { teks: "Tidak Tercapai" } },
    { argumen: [{ persen: 0.41 }, { persen: 0.41 }], hasil: { teks: "Tercapai" } },
  ],
};

export const TREN: EntriFungsi = {
  id: "TREN",
  parameter: [
    {
      nama: "nilai_lalu",
      uraian: {
        id: "Nilai tahun lalu: satu sel atau rentang.",
        en: "Last year's value: one cell or a range.",
      },
    },
    { nama: "nilai_kini", uraian: { id: "Nilai tahun ini.", en: "This year's value." } },
    {
      nama: "polaritas",
      opsional: true,
      uraian: {
        id: '"positif" (bawaan: naik berarti membaik), "negatif" atau "negatif_rasio" (turun berarti membaik).',
        en: '"positif" (default: up is better), "negatif" or "negatif_rasio" (down is better).',
      },
    },
  ],
  uraian: {
    id: `Membaca arah perubahan dari tahun lalu ke tahun ini menurut polaritas: ${MEMBAIK}, ${MEMBURUK} atau ${TETAP}.`,
    en: `Direction of change from last year to this year, read by polarity: ${MEMBAIK} (better), ${MEMBURUK} (worse) or ${TETAP} (unchanged).`,
  },
  kembalian: `${MEMBAIK}, ${MEMBURUK} atau ${TETAP}.`,
  ringkas: {
    id: `Arah perubahan menurut polaritas: ${MEMBAIK}, ${MEMBURUK} atau ${TETAP}.`,
    en: `Direction of change read by polarity: ${MEMBAIK} (better), ${MEMBURUK} (worse) or ${TETAP} (unchanged).`,
  },
  penjelasan: {
    id: [
      `Arah perubahan dari tahun lalu ke tahun ini: \`${MEMBAIK}\`, \`${MEMBURUK}\` atau \`${TETAP}\`. Untuk polaritas \`positif\` naik berarti membaik; untuk \`negatif\` dan \`negatif_rasio\` turun berarti membaik.`,
    ],
    en: [
      "Direction of change read by polarity: up is better for positif, down for negatif and negatif_rasio.",
    ],
  },
  contoh: [
    { argumen: [37, 41], hasil: { teks: "Membaik" } },
    { argumen: [37, 41, "negatif"], hasil: { teks: "Memburuk" } },
  ],
};
