import { BATAS_TEKS_SEL } from "../../domain/teks-sel";
import { kotak } from "../alamat";
import { FormatRentang, Gaya, RencanaLembar } from "../rencana";

/** A sheet with nothing on it yet. */
export function lembarKosong(nama: string): RencanaLembar {
  return {
    nama,
    blok: [],
    format: [],
    gabung: [],
    lebarKolom: {},
    tinggiBaris: {},
    tingkatBaris: {},
    validasi: [],
    formatBersyarat: [],
    grafik: [],
  };
}

/**
 * One format per run of consecutive rows that share a number format, over columns
 * [kolom, kolom + lebar), so 500 percent rows cost one range, not 500.
 */
export function formatPerBaris(
  kolom: number,
  lebar: number,
  barisAwal: number,
  format: string[],
): FormatRentang[] {
  const hasil: FormatRentang[] = [];
  let awal = 0;
  for (let i = 1; i <= format.length; i++) {
    if (i < format.length && format[i] === format[awal]) continue;
    hasil.push({
      alamat: kotak(kolom, barisAwal + awal, lebar, i - awal),
      gaya: { formatAngka: format[awal] },
    });
    awal = i;
  }
  return hasil;
}

/**
 * A text cut to what one cell holds, ending in "…". A catalog text fits (the catalog reader
 * checks), but a title adds words to it; a surrogate pair is never split.
 */
export function muatSatuSel(teks: string): string {
  if (teks.length <= BATAS_TEKS_SEL) return teks;
  const potong = teks.slice(0, BATAS_TEKS_SEL - 1);
  return potong.replace(/[\uD800-\uDBFF]$/, "") + "…";
}

/** A title row: one text merged across the table's width. */
export function barisJudul(
  lembar: RencanaLembar,
  baris: number,
  lebar: number,
  teks: string,
  gaya: Gaya,
): void {
  lembar.blok.push({ alamat: kotak(1, baris), nilai: [[muatSatuSel(teks)]] });
  lembar.gabung.push(kotak(1, baris, lebar, 1));
  lembar.format.push({ alamat: kotak(1, baris, lebar, 1), gaya });
}

/** Runs of equal, consecutive keys as [first index, length], for merging tujuan and sasaran. */
export function rentangSama<T>(daftar: T[]): Array<[number, number]> {
  const hasil: Array<[number, number]> = [];
  for (let i = 0; i < daftar.length;) {
    let j = i + 1;
    while (j < daftar.length && daftar[j] === daftar[i]) j++;
    hasil.push([i, j - i]);
    i = j;
  }
  return hasil;
}
