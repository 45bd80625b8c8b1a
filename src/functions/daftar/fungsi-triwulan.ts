import { AMBANG_STATUS_BAWAAN } from "../../domain/triwulan";
import type { ArgumenContoh, EntriFungsi } from "./jenis";

const REALISASI: ArgumenContoh = { rentang: "B2:E2", nilai: [[2, 3, null, null]] };
const TARGET: ArgumenContoh = { rentang: "B3:E3", nilai: [[2, 4, 4, 4]] };
const PERSEN_TW: ArgumenContoh = { rentang: "B4:E4", nilai: [[0.3, 0.36, null, null]] };
const TARGET_PERSEN: ArgumenContoh = { rentang: "B5:E5", nilai: [[0.3, 0.35, 0.38, 0.41]] };
const BELUM: ArgumenContoh = { rentang: "B6:E6", nilai: [[null, null, null, null]] };

const persen = (x: number): string => `${Math.round(x * 100)}%`;

export const CAPAIAN_TW: EntriFungsi = {
  id: "CAPAIAN_TW",
  parameter: [
    {
      nama: "realisasi_tw",
      uraian: {
        id: "Realisasi triwulan I sampai IV: empat sel sebaris atau sekolom. Sel kosong berarti belum diisi; 0 berarti terisi.",
        en: "Actuals of quarters I to IV: four cells in a row or column. A blank cell is not yet filled; 0 is filled.",
      },
    },
    {
      nama: "target_tw",
      uraian: {
        id: "Target triwulan I sampai IV: empat sel, semuanya angka begitu satu triwulan terisi.",
        en: "Targets of quarters I to IV: four cells, all numbers once a quarter is filled.",
      },
    },
    {
      nama: "jenis",
      uraian: { id: '"jumlah", "akhir" atau "rata-rata".', en: '"jumlah", "akhir" or "rata-rata".' },
    },
    {
      nama: "polaritas",
      opsional: true,
      uraian: {
        id: '"positif" (bawaan), "negatif" atau "negatif_rasio".',
        en: '"positif" (default), "negatif" or "negatif_rasio".',
      },
    },
  ],
  uraian: {
    id: "Menghitung capaian s.d. triwulan: realisasi triwulan yang sudah terisi dibandingkan dengan target triwulan yang sama, menurut jenis agregasi dan polaritas.",
    en: "Achievement to date: the quarters filled so far against the targets of the same quarters, by aggregation and polarity.",
  },
  kembalian: "Capaian s.d. triwulan sebagai pecahan, atau kosong bila belum ada triwulan terisi.",
  ringkas: {
    id: "Capaian s.d. triwulan (Rencana Aksi): realisasi triwulan terisi terhadap targetnya.",
    en: "Achievement to date (Rencana Aksi): the quarters filled against their targets.",
  },
  penjelasan: {
    id: [
      "Realisasi s.d. triwulan mengikuti `jenis` atas triwulan yang sudah terisi (sel kosong dilewati, 0 tetap terisi): `jumlah` menjumlahkannya, `akhir` mengambil triwulan terakhir yang terisi, `rata-rata` merata-ratakannya. Targetnya dihitung dengan cara yang sama dari target triwulan yang sama, lalu capaian memakai aturan `CAPAIAN` dengan polaritasnya.",
      `Bila target s.d. triwulan 0 (belum ada yang direncanakan, umum untuk arus yang jatuh di TW IV), hasilnya kosong: untuk polaritas positif statusnya *Sesuai Rencana*. Lembar Rencana Aksi memberi status *Sesuai Rencana* mulai ${persen(AMBANG_STATUS_BAWAAN.sesuai)}, *Perlu Perhatian* mulai ${persen(AMBANG_STATUS_BAWAAN.perhatian)} (batas predikat Tinggi), selain itu *Terlambat*; ambang ini dapat diubah di katalog.`,
      "Triwulan berisi teks, target triwulan yang kosong padahal sudah ada triwulan terisi, dan realisasi di atas 1.000% target (biasanya persen ditulis 41, bukan 41%) menghasilkan `#VALUE!` dengan pesan yang menjelaskannya, tidak pernah angka yang salah.",
    ],
    en: [
      "The actual to date follows `jenis` over the quarters filled so far (blanks skipped, 0 counts): `jumlah` sums them, `akhir` takes the last filled, `rata-rata` averages them. The target to date is computed the same way from the same quarters' targets, then the `CAPAIAN` rule of the polarity applies.",
      "With a target to date of 0 (nothing planned yet) the result is blank. A quarter holding text, a missing quarterly target once a quarter is filled, and an actual above 1,000% of its target give `#VALUE!` with a message, never a wrong number.",
    ],
  },
  isiRentang:
    "B2:E2 berisi 2, 3, kosong, kosong; B3:E3 berisi 2, 4, 4, 4; B4:E4 berisi 30%, 36%; B5:E5 berisi 30%, 35%, 38%, 41%; B6:E6 kosong",
  contoh: [
    {
      argumen: [REALISASI, TARGET, "jumlah"],
      hasil: { angka: 0.8333, persen: true },
      catatan: {
        id: "TW I–II terisi 2 dan 3; targetnya 2 dan 4: 5 dari 6.",
        en: "Quarters I–II filled with 2 and 3 against targets 2 and 4: 5 of 6.",
      },
    },
    { argumen: [PERSEN_TW, TARGET_PERSEN, "akhir"], hasil: { angka: 1.0286, persen: true } },
    { argumen: [BELUM, TARGET, "jumlah"], hasil: { teks: "" } },
    { argumen: [REALISASI, { rentang: "B3:D3", nilai: [[2, 4, 4]] }, "jumlah"], hasil: { galat: "#VALUE!" } },
  ],
};
