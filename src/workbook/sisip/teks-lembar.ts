import { Bahasa } from "../../bahasa";
import { PREDIKAT_TERENDAH, SKALA_PREDIKAT } from "../../domain/predikat";
import { Agregasi } from "../../domain/types";
import { angkaDokumen } from "../../domain/tulis-angka";

/** The predikat scale as the notes spell it, from SKALA_PREDIKAT: "≥ 91% Sangat Tinggi; …; < 51% Sangat Rendah". */
const skala = (): string =>
  [
    ...SKALA_PREDIKAT.map(([b, nama]) => `≥ ${b / 100}% ${nama}`),
    `< ${SKALA_PREDIKAT[SKALA_PREDIKAT.length - 1][0] / 100}% ${PREDIKAT_TERENDAH}`,
  ].join("; ");

/**
 * What the inserted sheets say besides the document's own words. The IKU table itself (headers,
 * wording) is the agency's Indonesian document in every language; notes and input messages follow
 * Office's language.
 */
export interface TeksLembar {
  validasiJudul: string;
  validasiPesan: string;
  keteranganIku: string[];
  catatanFormulasi: string;
  agregasi: Record<Agregasi, string>;
  judulTriwulan: string;
  /** The page number line of every printed sheet (&P page, &N pages). */
  kakiHalaman: string;
  judulFormulasi: string;
  judulDasbor: (tahun: number) => string;
  ringkasan: { tercapai: string; tidakTercapai: string; belum: string };
  namaSeri: (tahun: number) => string;
  /** Under the Dashboard's chart when it draws only the first indicators. */
  catatanGrafikTerbatas: (tampil: number, semua: number) => string;
  judulAnggaran: string;
  catatanAnggaran: string;
  /** Added when the catalog has a Renstra cascade. */
  catatanAnggaranRenstra: string;
  validasiAnggaranPesan: string;
  /** The Agregasi cell takes a code; its message names each. */
  validasiAgregasiPesan: string;
  judulLkjip: (tahun: number) => string;
}

const ID: TeksLembar = {
  validasiJudul: "Hanya angka",
  validasiPesan: "Isi realisasi dengan angka, misalnya 41% atau 12. Kosongkan bila belum dilaporkan.",
  keteranganIku: [
    "Keterangan: Capaian dihitung otomatis. Polaritas positif: Realisasi / Target; negatif: (2 × Target − Realisasi) / Target; negatif_rasio: Target / Realisasi. Capaian tidak pernah di bawah 0%. Realisasi diambil dari triwulan yang diisi di lembar Triwulan; angka yang diketik langsung di sini menggantikannya.",
    `Predikat (skala lima tingkat, Permendagri 86/2017): ${skala()}. Merah: target belum tercapai; hijau: target tercapai. #N/A: target 0 atau negatif, atau polaritas tidak dikenal atau diganti ke golongan lain (sisipkan ulang lembar IKU).`,
  ],
  catatanFormulasi:
    "Catatan: dokumen IKU tidak memuat formulasi indikator. Formulasi di bawah ini adalah USULAN yang perlu dikonfirmasi dengan Renstra sebelum dipakai.",
  agregasi: { jumlah: "Jumlah TW I–IV", akhir: "Triwulan terakhir", "rata-rata": "Rata-rata TW" },
  judulTriwulan: "REALISASI TRIWULAN",
  kakiHalaman: "Halaman &P dari &N",
  judulFormulasi: "FORMULASI INDIKATOR KINERJA UTAMA (USULAN)",
  judulDasbor: (tahun) => `CAPAIAN INDIKATOR KINERJA UTAMA TAHUN ${tahun}`,
  ringkasan: {
    tercapai: "Tercapai",
    tidakTercapai: "Tidak Tercapai",
    belum: "Belum dilaporkan / tidak dapat dihitung",
  },
  namaSeri: (tahun) => `Capaian ${tahun}`,
  catatanGrafikTerbatas: (tampil, semua) =>
    `Grafik memuat ${tampil} indikator pertama dari ${angkaDokumen(semua, 0)}; tabel di sebelah kiri memuat semuanya.`,
  judulAnggaran: "ANGGARAN PROGRAM",
  catatanAnggaran:
    "Isi kode, nama program, kode indikator terkait (mis. IKU-01, IKU-02), pagu dan realisasi anggaran dalam rupiah. Serapan dihitung otomatis.",
  catatanAnggaranRenstra:
    "Pagu program dibaca dari sheet Renstra dan realisasi tahun laporan dari sheet Evaluasi Renja (sel putih); ubah di sana.",
  validasiAnggaranPesan: "Isi pagu dan realisasi anggaran dengan angka rupiah, misalnya 1500000000.",
  validasiAgregasiPesan:
    "Ketik 1 (jumlah TW I–IV), 2 (triwulan terakhir yang terisi) atau 3 (rata-rata TW); kolom ini lalu menampilkan namanya.",
  judulLkjip: (tahun) => `LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN ${tahun} — BAB III AKUNTABILITAS KINERJA`,
};

const EN: TeksLembar = {
  ...ID,
  validasiJudul: "Numbers only",
  kakiHalaman: "Page &P of &N",
  validasiPesan: "Type the realisation as a number, e.g. 41% or 12. Leave it blank until it is reported.",
  keteranganIku: [
    "Note: capaian (achievement) is computed. Polarity positif: Realisation / Target; negatif: (2 × Target − Realisation) / Target; negatif_rasio: Target / Realisation. Never below 0%. Realisation comes from the quarters typed on the Triwulan sheet; a number typed here replaces it.",
    `Predikat (five levels, Permendagri 86/2017): ${skala()}. Red: target missed; green: target met. #N/A: zero or negative target, or a polarity unknown or changed to another kind (insert the IKU sheet again).`,
  ],
  catatanFormulasi:
    "Note: the IKU document gives no formulation. The formulations below are PROPOSALS (usulan) to be confirmed against the Renstra before use.",
  agregasi: { jumlah: "Sum of Q1–Q4", akhir: "Last quarter filled", "rata-rata": "Average of quarters" },
  ringkasan: {
    tercapai: "Tercapai",
    tidakTercapai: "Tidak Tercapai",
    belum: "Not reported / cannot be computed",
  },
  catatanAnggaran:
    "Type the code, the program name, the linked indicator codes (e.g. IKU-01, IKU-02), pagu and budget realisation in rupiah. Serapan is computed.",
  catatanAnggaranRenstra:
    "Program pagu is read from the Renstra sheet and the report year's realisation from the Evaluasi Renja sheet (white cells); change them there.",
  catatanGrafikTerbatas: (tampil, semua) =>
    `The chart shows the first ${tampil} of ${semua.toLocaleString("en-US")} indicators; the table on the left lists them all.`,
  validasiAnggaranPesan: "Type pagu and budget realisation as rupiah numbers, e.g. 1500000000.",
  validasiAgregasiPesan:
    "Type 1 (sum of Q1–Q4), 2 (last quarter filled) or 3 (average); the cell then shows its name.",
};

export const TEKS_LEMBAR: Record<Bahasa, TeksLembar> = { id: ID, en: EN };
