import { agregatSatuJenis } from "../domain/agregat";
import { hitungEfisiensi, hitungSerapan } from "../domain/anggaran";
import { hitungCapaian, hitungCapaianRentang, statusCapaian } from "../domain/capaian";
import { capaianTw } from "../domain/capaian-tw";
import { hitungIkm } from "../domain/ikm";
import { tabelKatalog, targetIndikator } from "../domain/katalog";
import { KATALOG_BAWAAN } from "../domain/katalog-bawaan";
import { hitungPertumbuhan, hitungPertumbuhanUttp } from "../domain/pertumbuhan";
import { mutuPelayanan, predikatMasukan } from "../domain/predikat";
import { sampelIkm } from "../domain/sampel";
import { hitungTren } from "../domain/tren";
import { nilaiSalah } from "../domain/galat";
import { NAMA, PESAN } from "../domain/pesan";
import { indukKode, tingkatKode } from "../domain/renstra";
import * as arg from "./argumen";
import { matriks, sebar, tunggal } from "./sebar";

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges as any[][] */

/**
 * Menghitung capaian kinerja sebagai pecahan (1 = 100%): realisasi/target untuk polaritas positif, (2×target − realisasi)/target untuk negatif, target/realisasi untuk negatif_rasio. Tidak pernah di bawah 0.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/bantuan.html#CAPAIAN
 * @param {any[][]} realisasi Realisasi: satu sel atau rentang. Sel kosong menghasilkan kosong.
 * @param {any[][]} target Target: satu sel atau rentang yang sama ukurannya.
 * @param {any[][]} [polaritas] "positif" (bawaan, juga "+" atau "naik"), "negatif" ("-", "turun") atau "negatif_rasio".
 * @param {any[][]} [batas] Batas atas capaian, misalnya 1 atau 120%. Kosongkan bila tanpa batas.
 * @returns {any[][]} Capaian, berukuran sama dengan rentang masukan.
 */
export function capaian(realisasi: any[][], target: any[][], polaritas?: any[][], batas?: any[][]): any[][] {
  return sebar(
    [arg.angka("realisasi"), arg.angka("target"), arg.polaritas, arg.angkaOpsional("batas")],
    hitungCapaian,
    realisasi,
    target,
    polaritas,
    batas,
  );
}

/**
 * Menghitung capaian terhadap target rentang: di dalam rentang 100%, di atasnya dibandingkan dengan target atas, di bawahnya dengan target bawah.
 * @customfunction CAPAIAN_RENTANG
 * @helpurl https://localhost:3000/bantuan.html#CAPAIAN_RENTANG
 * @param {any[][]} realisasi Realisasi: satu sel atau rentang.
 * @param {any[][]} target_bawah Batas bawah target.
 * @param {any[][]} target_atas Batas atas target.
 * @param {any[][]} [polaritas] "positif" (bawaan), "negatif" atau "negatif_rasio".
 * @returns {any[][]} Capaian sebagai pecahan (1 = 100%).
 */
export function capaianRentang(
  realisasi: any[][],
  target_bawah: any[][],
  target_atas: any[][],
  polaritas?: any[][],
): any[][] {
  return sebar(
    [arg.angka("realisasi"), arg.angka(NAMA.targetBawah), arg.angka(NAMA.targetAtas), arg.polaritas],
    hitungCapaianRentang,
    realisasi,
    target_bawah,
    target_atas,
    polaritas,
  );
}

/**
 * Menghitung pertumbuhan jumlah alat UTTP yang ditera/ditera ulang dari tahun lalu ke tahun ini. Jumlah harus bilangan bulat 0 atau lebih.
 * @customfunction UTTP_GROWTH
 * @helpurl https://localhost:3000/bantuan.html#UTTP_GROWTH
 * @param {any[][]} tahun_lalu Jumlah UTTP tahun lalu.
 * @param {any[][]} tahun_ini Jumlah UTTP tahun ini.
 * @param {any[][]} [mode] "persen" (bawaan, pecahan dari tahun lalu) atau "jumlah" (selisih).
 * @returns {any[][]} Pertumbuhan.
 */
export function uttpGrowth(tahun_lalu: any[][], tahun_ini: any[][], mode?: any[][]): any[][] {
  return sebar(
    [arg.angka(NAMA.uttpLalu), arg.angka(NAMA.uttpKini), arg.mode],
    hitungPertumbuhanUttp,
    tahun_lalu,
    tahun_ini,
    mode,
  );
}

/**
 * Menghitung pertumbuhan sebarang nilai: (nilai kini − nilai lalu) / nilai lalu, atau selisihnya.
 * @customfunction PERTUMBUHAN
 * @helpurl https://localhost:3000/bantuan.html#PERTUMBUHAN
 * @param {any[][]} nilai_lalu Nilai periode lalu.
 * @param {any[][]} nilai_kini Nilai periode kini.
 * @param {any[][]} [mode] "persen" (bawaan) atau "jumlah" (selisih).
 * @returns {any[][]} Pertumbuhan.
 */
export function pertumbuhan(nilai_lalu: any[][], nilai_kini: any[][], mode?: any[][]): any[][] {
  return sebar(
    [arg.angka(NAMA.nilaiLalu), arg.angka(NAMA.nilaiKini), arg.mode],
    hitungPertumbuhan,
    nilai_lalu,
    nilai_kini,
    mode,
  );
}

/**
 * Memberi predikat capaian: Sangat Tinggi (≥ 91%), Tinggi (≥ 76%), Sedang (≥ 66%), Rendah (≥ 51%) atau Sangat Rendah, setelah dibulatkan ke dua desimal persen.
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/bantuan.html#PREDIKAT
 * @param {any[][]} capaian Capaian sebagai pecahan atau persen, misalnya 0,91 atau 91% (di atas 1.000% ditolak: 50 berarti 5000%).
 * @returns {any[][]} Predikat.
 */
export function predikatCapaian(capaian: any[][]): any[][] {
  return sebar([arg.angka("capaian")], predikatMasukan, capaian);
}

/**
 * Menyatakan apakah realisasi mencapai target: Tercapai bila capaian paling sedikit 100% (dibulatkan ke dua desimal persen), selain itu Tidak Tercapai.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/bantuan.html#STATUS
 * @param {any[][]} realisasi Realisasi: satu sel atau rentang.
 * @param {any[][]} target Target: satu sel atau rentang.
 * @param {any[][]} [polaritas] "positif" (bawaan), "negatif" atau "negatif_rasio".
 * @returns {any[][]} Tercapai atau Tidak Tercapai.
 */
export function status(realisasi: any[][], target: any[][], polaritas?: any[][]): any[][] {
  return sebar(
    [arg.angka("realisasi"), arg.angka("target"), arg.polaritas],
    statusCapaian,
    realisasi,
    target,
    polaritas,
  );
}

/**
 * Mengambil target indikator dari katalog IKU untuk suatu tahun.
 * @customfunction TARGET
 * @helpurl https://localhost:3000/bantuan.html#TARGET
 * @param {any[][]} indikator Kode indikator (misalnya IKU-01) atau namanya seperti di dokumen; huruf besar/kecil dan spasi tidak berpengaruh.
 * @param {any[][]} tahun Tahun target, misalnya 2025.
 * @returns {any[][]} Target; persen sebagai pecahan (0,41 = 41%).
 */
export function target(indikator: any[][], tahun: any[][]): any[][] {
  return sebar(
    [arg.teks("indikator"), arg.angka("tahun")],
    (i: string, t: number) => targetIndikator(KATALOG_BAWAAN, i, t),
    indikator,
    tahun,
  );
}

/**
 * Menampilkan seluruh katalog IKU dengan baris judul: kode, tujuan, sasaran, indikator, satuan, polaritas dan target per tahun.
 * @customfunction INDIKATOR
 * @helpurl https://localhost:3000/bantuan.html#INDIKATOR
 * @returns {any[][]} Tabel katalog IKU.
 */
export function indikator(): any[][] {
  return tabelKatalog(KATALOG_BAWAAN);
}

/**
 * Menghitung Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017) dari jawaban survei: rata-rata per unsur × 1/9 × 25. Sel kosong diabaikan.
 * @customfunction IKM
 * @helpurl https://localhost:3000/bantuan.html#IKM
 * @param {any[][]} jawaban Rentang n × 9 berisi jawaban 1 sampai 4 (satu baris per responden, satu kolom per unsur), tanpa judul.
 * @returns {any} Nilai IKM antara 25 dan 100.
 */
export function ikm(jawaban: any[][]): any {
  return tunggal(hitungIkm(matriks(jawaban)));
}

/**
 * Menentukan mutu pelayanan dari nilai IKM yang dibulatkan ke dua desimal: A (88,31–100), B (76,61–88,30), C (65,00–76,60), D (25,00–64,99).
 * @customfunction MUTU_PELAYANAN
 * @helpurl https://localhost:3000/bantuan.html#MUTU_PELAYANAN
 * @param {any[][]} ikm Nilai IKM antara 25 dan 100.
 * @param {any[][]} [lengkap] TRUE untuk menampilkan keterangannya, misalnya "A (Sangat Baik)".
 * @returns {any[][]} Mutu pelayanan.
 */
export function mutuPelayananIkm(ikm: any[][], lengkap?: any[][]): any[][] {
  return sebar([arg.angka("IKM"), arg.logika("lengkap")], mutuPelayanan, ikm, lengkap);
}

/**
 * Menghitung jumlah responden minimum survei kepuasan masyarakat menurut tabel Krejcie dan Morgan, dibulatkan ke atas.
 * @customfunction SAMPEL_IKM
 * @helpurl https://localhost:3000/bantuan.html#SAMPEL_IKM
 * @param {any[][]} populasi Jumlah populasi penerima layanan, bilangan bulat 1 atau lebih.
 * @returns {any[][]} Jumlah sampel minimum.
 */
export function sampel(populasi: any[][]): any[][] {
  return sebar([arg.angka("populasi")], sampelIkm, populasi);
}

/**
 * Menghitung nilai tahunan dari nilai triwulan: jumlah, akhir (triwulan terakhir yang terisi) atau rata-rata. Sel kosong dilewati.
 * @customfunction AGREGAT
 * @helpurl https://localhost:3000/bantuan.html#AGREGAT
 * @param {any[][]} nilai_triwulan Nilai triwulan I sampai IV.
 * @param {any[][]} jenis "jumlah", "akhir" atau "rata-rata".
 * @returns {any} Nilai tahunan, atau kosong bila belum ada triwulan yang terisi.
 */
export function agregatTriwulan(nilai_triwulan: any[][], jenis: any[][]): any {
  return tunggal(agregatSatuJenis(matriks(nilai_triwulan), matriks(jenis)));
}

/**
 * Menghitung serapan anggaran: realisasi anggaran dibagi pagu (1 = 100%).
 * @customfunction SERAPAN
 * @helpurl https://localhost:3000/bantuan.html#SERAPAN
 * @param {any[][]} realisasi_anggaran Belanja yang terealisasi (rupiah): satu sel atau rentang.
 * @param {any[][]} pagu Pagu anggaran (rupiah), lebih dari 0.
 * @returns {any[][]} Serapan sebagai pecahan, berukuran sama dengan rentang masukan.
 */
export function serapan(realisasi_anggaran: any[][], pagu: any[][]): any[][] {
  return sebar(
    [arg.angka(NAMA.realisasiAnggaran), arg.angka("pagu")],
    hitungSerapan,
    realisasi_anggaran,
    pagu,
  );
}

/**
 * Menghitung tingkat efisiensi: capaian kinerja dikurangi serapan anggaran (0 atau lebih berarti Efisien).
 * @customfunction EFISIENSI
 * @helpurl https://localhost:3000/bantuan.html#EFISIENSI
 * @param {any[][]} capaian_kinerja Capaian kinerja program, misalnya 105%.
 * @param {any[][]} serapan Serapan anggaran program, misalnya 90%.
 * @returns {any[][]} Tingkat efisiensi sebagai pecahan (0,15 = 15 poin).
 */
export function efisiensi(capaian_kinerja: any[][], serapan: any[][]): any[][] {
  return sebar(
    [arg.angka(NAMA.capaianKinerja), arg.angka("serapan")],
    hitungEfisiensi,
    capaian_kinerja,
    serapan,
  );
}

/**
 * Membaca arah perubahan dari tahun lalu ke tahun ini menurut polaritas: Membaik, Memburuk atau Tetap.
 * @customfunction TREN
 * @helpurl https://localhost:3000/bantuan.html#TREN
 * @param {any[][]} nilai_lalu Nilai tahun lalu: satu sel atau rentang.
 * @param {any[][]} nilai_kini Nilai tahun ini.
 * @param {any[][]} [polaritas] "positif" (bawaan: naik berarti membaik), "negatif" atau "negatif_rasio" (turun berarti membaik).
 * @returns {any[][]} Membaik, Memburuk atau Tetap.
 */
export function tren(nilai_lalu: any[][], nilai_kini: any[][], polaritas?: any[][]): any[][] {
  return sebar(
    [arg.angka(NAMA.nilaiLalu), arg.angka(NAMA.nilaiKini), arg.polaritas],
    hitungTren,
    nilai_lalu,
    nilai_kini,
    polaritas,
  );
}

/**
 * Menentukan tingkat kode Renstra dari bentuknya: Program (X.XX.XX), Kegiatan (X.XX.XX.X.XX) atau Sub Kegiatan (X.XX.XX.X.XX.XXXX).
 * @customfunction TINGKAT
 * @helpurl https://localhost:3000/bantuan.html#TINGKAT
 * @param {any[][]} kode Kode program, kegiatan atau sub kegiatan, misalnya 2.17.02.2.01: satu sel atau rentang.
 * @returns {any[][]} Program, Kegiatan atau Sub Kegiatan.
 */
export function tingkat(kode: any[][]): any[][] {
  return sebar(
    [arg.teks("kode")],
    (k: string) => tingkatKode(k) ?? nilaiSalah(PESAN.kodeRenstraTakDikenal(k)),
    kode,
  );
}

/**
 * Menentukan kode induk dalam Renstra: program untuk kegiatan, kegiatan untuk sub kegiatan, teks kosong untuk program.
 * @customfunction INDUK
 * @helpurl https://localhost:3000/bantuan.html#INDUK
 * @param {any[][]} kode Kode program, kegiatan atau sub kegiatan, misalnya 2.17.02.2.01: satu sel atau rentang.
 * @returns {any[][]} Kode induknya, atau teks kosong untuk program.
 */
export function induk(kode: any[][]): any[][] {
  return sebar(
    [arg.teks("kode")],
    (k: string) => indukKode(k) ?? nilaiSalah(PESAN.kodeRenstraTakDikenal(k)),
    kode,
  );
}

/**
 * Menghitung capaian s.d. triwulan: realisasi triwulan yang sudah terisi dibandingkan dengan target triwulan yang sama, menurut jenis agregasi dan polaritas.
 * @customfunction CAPAIAN_TW
 * @helpurl https://localhost:3000/bantuan.html#CAPAIAN_TW
 * @param {any[][]} realisasi_tw Realisasi triwulan I sampai IV: empat sel sebaris atau sekolom. Sel kosong berarti belum diisi; 0 berarti terisi.
 * @param {any[][]} target_tw Target triwulan I sampai IV: empat sel, semuanya angka begitu satu triwulan terisi.
 * @param {any[][]} jenis "jumlah", "akhir" atau "rata-rata".
 * @param {any[][]} [polaritas] "positif" (bawaan), "negatif" atau "negatif_rasio".
 * @returns {any} Capaian s.d. triwulan sebagai pecahan, atau kosong bila belum ada triwulan terisi.
 */
export function capaianTriwulan(
  realisasi_tw: any[][],
  target_tw: any[][],
  jenis: any[][],
  polaritas?: any[][],
): any {
  return tunggal(capaianTw(matriks(realisasi_tw), matriks(target_tw), matriks(jenis), matriks(polaritas)));
}
