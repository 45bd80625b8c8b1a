import { JUMLAH_UNSUR } from "../../domain/ikm";
import { SKALA_MUTU } from "../../domain/predikat";
import { mutuDenganRentang, mutuLengkapTeratas, rentangIkm, rentangMutuLengkap } from "./aturan";
import type { EntriFungsi } from "./jenis";

const HURUF_MUTU = `${SKALA_MUTU[0][1]}–${SKALA_MUTU[SKALA_MUTU.length - 1][1]}`;
const NILAI_IKM = {
  id: `Nilai IKM antara ${rentangIkm("id")}.`,
  en: `IKM value between ${rentangIkm("en")}.`,
};

export const IKM: EntriFungsi = {
  id: "IKM",
  parameter: [
    {
      nama: "jawaban",
      uraian: {
        id: `Rentang n × ${JUMLAH_UNSUR} berisi jawaban 1 sampai 4 (satu baris per responden, satu kolom per unsur), tanpa judul.`,
        en: `An n × ${JUMLAH_UNSUR} range of answers from 1 to 4 (one row per respondent, one column per element), without headers.`,
      },
    },
  ],
  uraian: {
    id: `Menghitung Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017) dari jawaban survei: rata-rata per unsur × 1/${JUMLAH_UNSUR} × 25. Sel kosong diabaikan.`,
    en: `Community Satisfaction Index (IKM, PermenPAN-RB 14/2017) from survey answers: mean per element × 1/${JUMLAH_UNSUR} × 25. Blank cells are ignored.`,
  },
  kembalian: NILAI_IKM.id,
  ringkas: {
    id: `Indeks Kepuasan Masyarakat dari rentang n × ${JUMLAH_UNSUR} jawaban (1–4), PermenPAN-RB 14/2017.`,
    en: `Community satisfaction index from an n × ${JUMLAH_UNSUR} range of answers (1–4), PermenPAN-RB 14/2017.`,
  },
  penjelasan: {
    id: [
      `Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017) dari rentang n × ${JUMLAH_UNSUR}: satu baris per responden, satu kolom per unsur, jawaban 1–4, tanpa judul. Nilai rata-rata per unsur (NRR) = rata-rata jawaban yang diisi untuk unsur itu; IKM = (Σ NRR ÷ ${JUMLAH_UNSUR}) × 25. Bobot dipakai tepat 1/${JUMLAH_UNSUR} (angka 0,111 di peraturan adalah pembulatan). Sel kosong diabaikan.`,
    ],
    en: [
      `The community satisfaction index from an n × ${JUMLAH_UNSUR} range of answers 1–4: (sum of the per-element means ÷ ${JUMLAH_UNSUR}) × 25, between ${rentangIkm("en")}.`,
    ],
  },
  isiRentang: "B2:J2 berisi 3 semua, B3:J3 berisi 4 semua",
  contoh: [
    {
      argumen: [
        {
          rentang: "B2:J3",
          nilai: [
            [3, 3, 3, 3, 3, 3, 3, 3, 3],
            [4, 4, 4, 4, 4, 4, 4, 4, 4],
          ],
        },
      ],
      hasil: { angka: 87.5 },
      catatan: {
        id: "Satu responden menjawab 3 untuk semua unsur, satu lagi 4.",
        en: "One respondent answers 3 to every element, another 4.",
      },
    },
  ],
};

export const MUTU_PELAYANAN: EntriFungsi = {
  id: "MUTU_PELAYANAN",
  parameter: [
    { nama: "ikm", uraian: NILAI_IKM },
    {
      nama: "lengkap",
      opsional: true,
      uraian: {
        id: `TRUE untuk menampilkan keterangannya, misalnya "${mutuLengkapTeratas()}".`,
        en: `TRUE to add the description, for example "${mutuLengkapTeratas()}".`,
      },
    },
  ],
  uraian: {
    id: `Menentukan mutu pelayanan dari nilai IKM yang dibulatkan ke dua desimal: ${mutuDenganRentang("id")}.`,
    en: `Service quality from the IKM rounded to two decimals: ${mutuDenganRentang("en")}.`,
  },
  kembalian: "Mutu pelayanan.",
  ringkas: {
    id: `Mutu pelayanan ${HURUF_MUTU} dari nilai IKM; lengkap BENAR memberi keterangannya juga.`,
    en: `Service quality ${HURUF_MUTU} from the IKM; lengkap TRUE adds its description.`,
  },
  penjelasan: {
    id: [
      `Mutu pelayanan (PermenPAN-RB 14/2017) pada IKM yang dibulatkan ke dua desimal: ${rentangMutuLengkap("id")}. Dengan \`lengkap\` BENAR, keterangannya ikut ditampilkan.`,
    ],
    en: [`Service quality ${HURUF_MUTU} from the IKM; with \`lengkap\` TRUE, the description too.`],
  },
  contoh: [
    { argumen: [88.31], hasil: { teks: "A" } },
    { argumen: [88.3, true], hasil: { teks: "B (Baik)" } },
  ],
};

export const SAMPEL_IKM: EntriFungsi = {
  id: "SAMPEL_IKM",
  parameter: [
    {
      nama: "populasi",
      uraian: {
        id: "Jumlah populasi penerima layanan, bilangan bulat 1 atau lebih.",
        en: "Number of people served (the population), a whole number, 1 or more.",
      },
    },
  ],
  uraian: {
    id: "Menghitung jumlah responden minimum survei kepuasan masyarakat menurut tabel Krejcie dan Morgan, dibulatkan ke atas.",
    en: "Minimum number of respondents for a public satisfaction survey by the Krejcie and Morgan table, rounded up.",
  },
  kembalian: "Jumlah sampel minimum.",
  ringkas: {
    id: "Jumlah responden minimal survei IKM (Krejcie dan Morgan).",
    en: "Minimum number of respondents for the IKM survey (Krejcie and Morgan).",
  },
  penjelasan: {
    id: [
      "Jumlah responden minimal survei kepuasan menurut Krejcie dan Morgan (tabel yang dirujuk PermenPAN-RB 14/2017): s = 3,841 · N · 0,25 ÷ (0,0025 · (N − 1) + 3,841 · 0,25), dibulatkan ke atas.",
    ],
    en: ["The minimum number of survey respondents for a population N (Krejcie and Morgan), rounded up."],
  },
  contoh: [
    { argumen: [1000], hasil: { angka: 278 } },
    { argumen: [100], hasil: { angka: 80 } },
  ],
};
