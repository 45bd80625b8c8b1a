/**
 * Finds an IKU table in a grid of cell values: the header row, the Target/Realisasi pairs, the
 * label and polarity columns and the data rows. Pure: the same code serves the add-in (over the
 * values Office.js reads) and the offline `periksa` command (over ExcelJS values).
 */
import { cariBarisData, kolomTeksTerlebar } from "./baris-data";
import { cariJudul } from "./baris-judul";
import { HasilDeteksi, Kerangka, Kisi, TabelTerdeteksi, tolakDeteksi } from "./tipe";

export { cariJudul, JENDELA_JUDUL } from "./baris-judul";
export { cariBarisData } from "./baris-data";
export * from "./tipe";

/**
 * Completes a header with its data rows and, when no header names it, the label column.
 * `kisi` must hold at least the pair, label and polarity columns of every row.
 */
export function lengkapiTabel(kisi: Kisi, kerangka: Kerangka): HasilDeteksi<TabelTerdeteksi> {
  const barisData = cariBarisData(kisi, kerangka);
  if (barisData.length === 0) {
    return tolakDeteksi(
      "Judul Target dan Realisasi ditemukan, tetapi tidak ada baris berisi angka di bawahnya.",
      "Target and Realisasi headers were found, but no row below them holds a number.",
    );
  }
  const kolomLabel = kerangka.kolomLabel ?? kolomTeksTerlebar(kisi, kerangka, barisData);
  return { ok: true, tabel: { ...kerangka, kolomLabel, barisData } };
}

/** Detects the table in a whole grid. */
export function deteksiTabel(kisi: Kisi): HasilDeteksi<TabelTerdeteksi> {
  const judul = cariJudul(kisi);
  return judul.ok ? lengkapiTabel(kisi, judul.tabel) : judul;
}
export { tinjau, labelBaris, selDihitung } from "./tinjau";
export type { ButirTinjauan, SelDihitung, SelTeks, Tinjauan, RingkasanPeriode, StatusButir } from "./tinjau";
export { AlurTandai, BARIS_CONTOH, rencanaAlur, tabelPertama, tinjauTabel } from "./alur";
export type { HasilAlur, OpsiAlur, TabelDilewati, TabelDinilai } from "./alur";
export { nilaiBaris } from "./tinjau";
