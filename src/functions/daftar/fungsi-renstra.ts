import type { EntriFungsi } from "./jenis";

const KODE = {
  id: "Kode program, kegiatan atau sub kegiatan, misalnya 2.17.02.2.01: satu sel atau rentang.",
  en: "A program, kegiatan or sub kegiatan code, for example 2.17.02.2.01: one cell or a range.",
};

export const TINGKAT: EntriFungsi = {
  id: "TINGKAT",
  parameter: [{ nama: "kode", uraian: KODE }],
  uraian: {
    id: "Menentukan tingkat kode Renstra dari bentuknya: Program (X.XX.XX), Kegiatan (X.XX.XX.X.XX) atau Sub Kegiatan (X.XX.XX.X.XX.XXXX).",
    en: "The level of a Renstra code from its shape: Program (X.XX.XX), Kegiatan (X.XX.XX.X.XX) or Sub Kegiatan (X.XX.XX.X.XX.XXXX).",
  },
  kembalian: "Program, Kegiatan atau Sub Kegiatan.",
  ringkas: {
    id: "Tingkat kode Renstra: Program, Kegiatan atau Sub Kegiatan, dari bentuk kodenya.",
    en: "A Renstra code's level: Program, Kegiatan or Sub Kegiatan, from its shape.",
  },
  penjelasan: {
    id: [
      "Kode menurut Kepmendagri 900.1.15.5-1317/2023: program `X.XX.XX` (misalnya `2.17.02`), kegiatan `X.XX.XX.X.XX` (`2.17.02.2.01`), sub kegiatan `X.XX.XX.X.XX.XXXX` (`2.17.02.2.01.0001`). Kode berbentuk lain, misalnya `2.17.2` atau kode dengan spasi, menghasilkan #VALUE! dengan pesan; tingkatnya tidak pernah ditebak.",
    ],
    en: [
      "Codes per Kepmendagri 900.1.15.5-1317/2023: program `X.XX.XX`, kegiatan `X.XX.XX.X.XX`, sub kegiatan `X.XX.XX.X.XX.XXXX`. Any other shape, such as `2.17.2`, gives #VALUE! with a message; the level is never guessed.",
    ],
  },
  contoh: [
    { argumen: ["2.17.02.2.01"], hasil: { teks: "Kegiatan" } },
    { argumen: ["2.17.02"], hasil: { teks: "Program" } },
    { argumen: ["2.17.2"], hasil: { galat: "#VALUE!" } },
  ],
};

export const INDUK: EntriFungsi = {
  id: "INDUK",
  parameter: [{ nama: "kode", uraian: KODE }],
  uraian: {
    id: "Menentukan kode induk dalam Renstra: program untuk kegiatan, kegiatan untuk sub kegiatan, teks kosong untuk program.",
    en: "The parent code in the Renstra: the program of a kegiatan, the kegiatan of a sub kegiatan, empty text for a program.",
  },
  kembalian: "Kode induknya, atau teks kosong untuk program.",
  ringkas: {
    id: "Kode induk dalam Renstra: awalan kode satu tingkat di atasnya.",
    en: "The parent code in the Renstra: the code's prefix one level up.",
  },
  penjelasan: {
    id: [
      "Induk sebuah kode adalah awalannya satu tingkat di atas: `2.17.02.2.01.0001` → `2.17.02.2.01` → `2.17.02`; program tidak berinduk (teks kosong). Kode berbentuk lain menghasilkan #VALUE! dengan pesan.",
    ],
    en: [
      "A code's parent is its prefix one level up: `2.17.02.2.01.0001` → `2.17.02.2.01` → `2.17.02`; a program has none (empty text). Any other shape gives #VALUE! with a message.",
    ],
  },
  contoh: [
    { argumen: ["2.17.02.2.01.0001"], hasil: { teks: "2.17.02.2.01" } },
    { argumen: ["2.17.02.2.01"], hasil: { teks: "2.17.02" } },
  ],
};
