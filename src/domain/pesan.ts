import { Bahasa, Teks } from "../bahasa";
import { tampilkan } from "./galat";

/** What a message calls a value: a parameter name (the same in both languages) or a phrase. */
export type Nama = string | Teks;

const n = (nama: Nama, b: Bahasa): string => (typeof nama === "string" ? nama : nama[b]);
const t = tampilkan;

/** Names of values: a phrase in Indonesian, the parameter name as Excel shows it in English. */
export const NAMA = {
  nilai: { id: "nilai", en: "value" },
  targetBawah: { id: "target bawah", en: "target_bawah" },
  targetAtas: { id: "target atas", en: "target_atas" },
  nilaiLalu: { id: "nilai lalu", en: "nilai_lalu" },
  nilaiKini: { id: "nilai kini", en: "nilai_kini" },
  uttpLalu: { id: "jumlah UTTP tahun lalu", en: "tahun_lalu" },
  uttpKini: { id: "jumlah UTTP tahun ini", en: "tahun_ini" },
  realisasiAnggaran: { id: "realisasi anggaran", en: "realisasi_anggaran" },
  capaianKinerja: { id: "capaian kinerja", en: "capaian_kinerja" },
  nilaiTriwulanKe: (k: number): Teks => ({ id: `nilai triwulan ke-${k}`, en: `nilai_triwulan value ${k}` }),
  realisasiTwKe: (k: number): Teks => ({ id: `realisasi triwulan ke-${k}`, en: `realisasi_tw value ${k}` }),
  targetTwKe: (k: number): Teks => ({ id: `target triwulan ke-${k}`, en: `target_tw value ${k}` }),
  jawaban: (baris: number, unsur: number): Teks => ({
    id: `jawaban baris ${baris} unsur ${unsur}`,
    en: `jawaban in row ${baris}, element ${unsur}`,
  }),
} as const;

/**
 * Every message a custom function can show, one entry per kind, in Indonesian and English; each
 * names the value and says how to fix it.
 */
export const PESAN = {
  angkaTakHingga: (nama: Nama, v: unknown): Teks => ({
    id: `${n(nama, "id")} ${t(v)} bukan angka yang terhingga. Isi dengan angka biasa.`,
    en: `${n(nama, "en")} ${t(v, "en")} is not a finite number. Enter an ordinary number.`,
  }),
  logikaBukanAngka: (nama: Nama, v: boolean): Teks => ({
    id: `${n(nama, "id")} ${t(v)} adalah nilai logika, bukan angka. Isi dengan angka, misalnya 75 atau 75%.`,
    en: `${n(nama, "en")} ${t(v, "en")} is a logical value, not a number. Enter a number, for example 75 or 75%.`,
  }),
  bukanAngka: (nama: Nama, v: unknown): Teks => ({
    id: `${n(nama, "id")} ${t(v)} tidak dapat dibaca sebagai angka. Isi dengan angka.`,
    en: `${n(nama, "en")} ${t(v, "en")} cannot be read as a number. Enter a number.`,
  }),
  teksBukanAngka: (nama: Nama, v: string): Teks => ({
    id: `${n(nama, "id")} ${t(v)} tidak dapat dibaca sebagai angka. Tulis angka seperti 37%, 82,97 atau 1.234,5.`,
    en: `${n(nama, "en")} ${t(v, "en")} cannot be read as a number. Write a number such as 37%, 82.97 or 1,234.5.`,
  }),
  bukanTeks: (nama: Nama, v: unknown): Teks => ({
    id: `${n(nama, "id")} ${t(v)} bukan teks. Tulis kode atau nama indikator, misalnya IKU-01.`,
    en: `${n(nama, "en")} ${t(v, "en")} is not text. Write an indicator code or name, for example IKU-01.`,
  }),
  bukanLogika: (nama: Nama, v: unknown): Teks => ({
    id: `${n(nama, "id")} ${t(v)} bukan nilai logika. Isi TRUE atau FALSE, atau kosongkan.`,
    en: `${n(nama, "en")} ${t(v, "en")} is not a logical value. Enter TRUE or FALSE, or leave it blank.`,
  }),
  polaritasTakDikenal: (v: unknown): Teks => ({
    id:
      `polaritas ${t(v)} tidak dikenal. Isi dengan "positif" (atau "+", "naik"), ` +
      `"negatif" (atau "-", "turun") atau "negatif_rasio" tanpa spasi tambahan, atau kosongkan untuk positif.`,
    en:
      `polaritas ${t(v, "en")} is not recognised. Enter "positif" (or "+", "naik"), ` +
      `"negatif" (or "-", "turun") or "negatif_rasio" without extra spaces, or leave it blank for positif.`,
  }),
  targetNegatif: (target: number): Teks => ({
    id: `target ${t(target)} negatif; rumus capaian hanya berlaku untuk target 0 atau lebih. Isi target dengan angka positif.`,
    en: `target ${t(target)} is negative; the capaian formula only works for a target of 0 or more. Enter a positive target.`,
  }),
  targetNol: (realisasi: number, polaritas: string): Teks => ({
    id:
      `target 0 tidak dapat dipakai untuk menghitung capaian ` +
      `${polaritas === "positif" ? "(realisasi/target)" : `dengan realisasi ${t(realisasi)}`}. ` +
      `Isi target yang lebih dari 0, atau tulis capaian secara manual.`,
    en:
      `target 0 cannot be used to compute capaian ` +
      `${polaritas === "positif" ? "(realisasi/target)" : `with realisasi ${t(realisasi)}`}. ` +
      `Enter a target above 0, or write the capaian by hand.`,
  }),
  realisasiNegatifRasio: (realisasi: number): Teks => ({
    id: `realisasi ${t(realisasi)} negatif tidak dapat dipakai dengan negatif_rasio (target/realisasi). Gunakan polaritas "negatif".`,
    en: `a negative realisasi ${t(realisasi)} cannot be used with negatif_rasio (target/realisasi). Use polaritas "negatif".`,
  }),
  realisasiNolRasio: (): Teks => ({
    id: `realisasi 0 dengan negatif_rasio membuat target/realisasi tak terhingga. Gunakan polaritas "negatif" atau isi batas, misalnya 1.`,
    en: `realisasi 0 with negatif_rasio makes target/realisasi infinite. Use polaritas "negatif" or enter a batas, for example 1.`,
  }),
  bukanAngkaKeduanya: (realisasi: number, target: number): Teks => ({
    id: `realisasi ${t(realisasi)} atau target ${t(target)} bukan angka. Isi keduanya dengan angka.`,
    en: `realisasi ${t(realisasi, "en")} or target ${t(target, "en")} is not a number. Enter numbers in both.`,
  }),
  batasTidakSah: (batas: number): Teks => ({
    id: `batas ${t(batas)} tidak sah. Isi batas dengan angka lebih dari 0, misalnya 1 atau 120%, atau kosongkan.`,
    en: `batas ${t(batas)} is not valid. Enter a batas above 0, for example 1 or 120%, or leave it blank.`,
  }),
  capaianTerlaluBesar: (realisasi: number, target: number): Teks => ({
    id: `capaian dari realisasi ${t(realisasi)} dan target ${t(target)} terlalu besar untuk dihitung. Periksa satuan realisasi dan target.`,
    en: `the capaian of realisasi ${t(realisasi)} and target ${t(target)} is too large to compute. Check the units of realisasi and target.`,
  }),
  targetTerbalik: (bawah: number, atas: number): Teks => ({
    id: `target bawah ${t(bawah)} lebih besar dari target atas ${t(atas)}. Tukar kedua target.`,
    en: `target_bawah ${t(bawah)} is greater than target_atas ${t(atas)}. Swap the two targets.`,
  }),
  modeTakDikenal: (v: unknown): Teks => ({
    id: `mode ${t(v)} tidak dikenal. Isi "persen" untuk pertumbuhan dalam persen atau "jumlah" untuk selisihnya.`,
    en: `mode ${t(v, "en")} is not recognised. Enter "persen" for growth in percent or "jumlah" for the difference.`,
  }),
  lalunyaNol: (): Teks => ({
    id: `nilai tahun lalu 0: pertumbuhan dalam persen tidak dapat dihitung (pembagian dengan 0). Pakai mode "jumlah" untuk melihat selisihnya.`,
    en: `last year's value is 0: growth in percent cannot be computed (division by 0). Use mode "jumlah" to see the difference.`,
  }),
  pertumbuhanTerlaluBesar: (lalu: number, kini: number): Teks => ({
    id: `pertumbuhan dari ${t(lalu)} ke ${t(kini)} terlalu besar untuk dihitung. Periksa kedua nilai.`,
    en: `the growth from ${t(lalu)} to ${t(kini)} is too large to compute. Check both values.`,
  }),
  bukanJumlahUttp: (nama: Nama, v: number): Teks => ({
    id: `${n(nama, "id")} ${t(v)} bukan jumlah alat UTTP. Isi dengan bilangan bulat 0 atau lebih, misalnya 250.`,
    en: `${n(nama, "en")} ${t(v)} is not a count of UTTP instruments. Enter a whole number of 0 or more, for example 250.`,
  }),
  jenisTakDikenal: (v: unknown): Teks => ({
    id: `jenis ${t(v)} tidak dikenal. Isi "jumlah" (dijumlahkan), "akhir" (triwulan terakhir yang terisi) atau "rata-rata".`,
    en: `jenis ${t(v, "en")} is not recognised. Enter "jumlah" (the sum), "akhir" (the last quarter filled in) or "rata-rata" (the mean).`,
  }),
  jenisBukanSatuSel: (baris: number, kolom: number): Teks => ({
    id: `jenis harus satu sel, bukan rentang ${baris}×${kolom}. Isi "jumlah", "akhir" atau "rata-rata".`,
    en: `jenis must be one cell, not a ${baris}×${kolom} range. Enter "jumlah", "akhir" or "rata-rata".`,
  }),
  agregatTerlaluBesar: (jenis: string): Teks => ({
    id: `hasil ${jenis} nilai triwulan terlalu besar untuk dihitung. Periksa satuan nilainya.`,
    en: `the ${jenis} of the quarterly values is too large to compute. Check the unit of the values.`,
  }),
  kolomIkm: (kolom: number, unsur: number): Teks => ({
    id: `rentang jawaban punya ${kolom} kolom, padahal IKM punya ${unsur} unsur. Pilih tepat ${unsur} kolom jawaban (U1 sampai U${unsur}), tanpa judul.`,
    en: `the jawaban range has ${kolom} columns, but the IKM has ${unsur} elements. Select exactly ${unsur} answer columns (U1 to U${unsur}), without headers.`,
  }),
  unsurTanpaJawaban: (unsur: number): Teks => ({
    id: `unsur ke-${unsur} belum punya jawaban. Isi paling sedikit satu jawaban 1 sampai 4 untuk setiap unsur.`,
    en: `element ${unsur} has no answer yet. Enter at least one answer from 1 to 4 for every element.`,
  }),
  jawabanDiLuar: (nama: Nama, v: number): Teks => ({
    id: `${n(nama, "id")} bernilai ${t(v)}. Jawaban survei harus 1, 2, 3 atau 4 (atau kosong).`,
    en: `${n(nama, "en")} is ${t(v)}. A survey answer must be 1, 2, 3 or 4 (or blank).`,
  }),
  ikmDiLuarRentang: (ikm: number): Teks => ({
    id: `IKM ${t(ikm)} di luar rentang 25 sampai 100. Isi dengan nilai IKM, misalnya 82,97.`,
    en: `IKM ${t(ikm)} is outside the range 25 to 100. Enter an IKM value, for example 82.97.`,
  }),
  ikmTakTergolong: (ikm: number): Teks => ({
    id: `IKM ${t(ikm)} tidak dapat digolongkan. Isi dengan nilai IKM antara 25 dan 100.`,
    en: `IKM ${t(ikm)} cannot be classified. Enter an IKM value between 25 and 100.`,
  }),
  populasiTidakSah: (v: number): Teks => ({
    id: `populasi ${t(v)} tidak sah. Isi dengan jumlah orang, bilangan bulat 1 atau lebih, misalnya 1.500.`,
    en: `populasi ${t(v)} is not valid. Enter a number of people, a whole number of 1 or more, for example 1,500.`,
  }),
  kodeRenstraTakDikenal: (v: string): Teks => ({
    id:
      `kode ${t(v)} tidak berbentuk kode program (X.XX.XX, misalnya 2.17.02), kegiatan (X.XX.XX.X.XX) ` +
      `atau sub kegiatan (X.XX.XX.X.XX.XXXX). Tulis setiap bagian dengan jumlah angka yang tepat, misalnya 02 bukan 2, tanpa spasi.`,
    en:
      `kode ${t(v, "en")} is not shaped as a program code (X.XX.XX, for example 2.17.02), a kegiatan code (X.XX.XX.X.XX) ` +
      `or a sub kegiatan code (X.XX.XX.X.XX.XXXX). Write each part with the right number of digits, for example 02 not 2, without spaces.`,
  }),
  indikatorTakDikenal: (v: string): Teks => ({
    id: `indikator ${t(v)} tidak ada di katalog. Tulis kodenya (misalnya IKU-01) atau namanya persis seperti di dokumen IKU; =IKU.INDIKATOR() menampilkan semuanya.`,
    en: `indikator ${t(v, "en")} is not in the catalog. Write its code (for example IKU-01) or its name exactly as in the IKU document; =IKU.INDIKATOR() lists them all.`,
  }),
  tahunTanpaTarget: (kode: string, tahun: number, ada: string): Teks => ({
    id: `${kode} tidak punya target untuk tahun ${t(tahun)}. Isi salah satu tahun yang tersedia: ${ada}.`,
    en: `${kode} has no target for the year ${t(tahun)}. Enter one of the years available: ${ada}.`,
  }),
  ukuranTakCocok: (
    nama: Nama,
    baris: number,
    kolom: number,
    hasilBaris: number,
    hasilKolom: number,
  ): Teks => ({
    id: `${n(nama, "id")} berukuran ${baris}×${kolom}, tidak cocok dengan ukuran hasil ${hasilBaris}×${hasilKolom}. Pakai satu sel atau rentang yang sama ukurannya.`,
    en: `${n(nama, "en")} is ${baris}×${kolom}, which does not match the result size ${hasilBaris}×${hasilKolom}. Use one cell or a range of the same size.`,
  }),
  capaianSepertiPersen: (c: number): Teks => ({
    id: `capaian ${t(c)} berarti ${t(c * 100)}%, di atas 1.000%. Capaian ditulis sebagai pecahan: maksud Anda ${t(c / 100)} untuk ${t(c)}%? Tulis ${t(c / 100)} atau ${t(c)}%.`,
    en: `capaian ${t(c)} means ${t(c * 100)}%, above 1,000%. Capaian is a fraction: did you mean ${t(c / 100)} for ${t(c)}%? Enter ${t(c / 100)} or ${t(c)}%.`,
  }),
  galatMasuk: (nama: Nama, kode: string): Teks => ({
    id: `${n(nama, "id")} berisi galat ${kode} dari sel sumbernya. Perbaiki sel itu dulu, atau kosongkan bila belum ada datanya.`,
    en: `${n(nama, "en")} holds the error ${kode} from its source cell. Fix that cell first, or leave it blank while there is no data.`,
  }),
  masihDihitung: (nama: Nama, kode: string): Teks => ({
    id: `${n(nama, "id")} masih dihitung oleh Excel (${kode}). Tunggu sampai perhitungannya selesai; tidak perlu mengubah apa pun.`,
    en: `${n(nama, "en")} is still being calculated by Excel (${kode}). Wait until the calculation finishes; nothing needs changing.`,
  }),
  paguTidakSah: (pagu: number): Teks => ({
    id: `pagu ${t(pagu)} tidak sah: serapan hanya dapat dihitung dari pagu lebih dari 0. Isi pagu anggaran tahun itu, misalnya 1.250.000.000.`,
    en: `pagu ${t(pagu)} is not valid: absorption needs a budget above 0. Enter the year's budget, for example 1,250,000,000.`,
  }),
  realisasiAnggaranNegatif: (realisasi: number): Teks => ({
    id: `realisasi anggaran ${t(realisasi)} negatif. Isi belanja yang terealisasi, 0 atau lebih.`,
    en: `realisasi_anggaran ${t(realisasi)} is negative. Enter the spending realised, 0 or more.`,
  }),
  serapanTerlaluBesar: (realisasi: number, pagu: number): Teks => ({
    id: `serapan dari realisasi anggaran ${t(realisasi)} dan pagu ${t(pagu)} terlalu besar untuk dihitung. Periksa satuan keduanya (rupiah).`,
    en: `the absorption of realisasi_anggaran ${t(realisasi)} and pagu ${t(pagu)} is too large to compute. Check both are in rupiah.`,
  }),
  bukanEmpatSel: (nama: Nama, baris: number, kolom: number): Teks => ({
    id: `${n(nama, "id")} berukuran ${baris}×${kolom}; isi rentang empat sel dalam satu baris atau kolom, triwulan I sampai IV berurutan.`,
    en: `${n(nama, "en")} is ${baris}×${kolom}; give a range of four cells in one row or column, quarters I to IV in order.`,
  }),
  targetTwKosong: (tw: string): Teks => ({
    id: `target ${tw} kosong. Begitu satu triwulan terisi, isi target keempat triwulan (TW I sampai TW IV), boleh 0 untuk triwulan tanpa rencana.`,
    en: `the ${tw} target is blank. Once a quarter is filled, enter the targets of all four quarters (TW I to TW IV); 0 is allowed for a quarter with nothing planned.`,
  }),
  realisasiTwTerlaluBesar: (realisasi: number, target: number): Teks => ({
    id: `realisasi s.d. triwulan ${t(realisasi)} lebih dari 1.000% target s.d. triwulan ${t(target)}. Periksa satuannya: persen ditulis sebagai pecahan (41% = 0,41).`,
    en: `the realisation to date ${t(realisasi)} is above 1,000% of the target to date ${t(target)}. Check the unit: a percentage is a fraction (41% = 0.41).`,
  }),
  hasilTerlaluBesar: (baris: number, kolom: number): Teks => ({
    id: `Hasil ${baris}×${kolom} sel terlalu besar. Pilih rentang yang lebih kecil.`,
    en: `A result of ${baris}×${kolom} cells is too large. Select a smaller range.`,
  }),
};
