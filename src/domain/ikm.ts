import { bacaAngka, KOSONG, Kosong } from "./baca-angka";
import { Galat, adalahGalat, nilaiSalah } from "./galat";
import { NAMA, PESAN } from "./pesan";

export const JUMLAH_UNSUR = 9;

/**
 * The IKM (PermenPAN-RB 14/2017) from an n × 9 table of answers 1–4: NRR per unsur is the mean of
 * the answers given for it (blanks skipped), IKM = (Σ NRR / 9) × 25 with the exact weight 1/9.
 * All blank is KOSONG.
 *
 * @example hitungIkm([[4, 4, 3, 3, 4, 4, 3, 3, 4]]) // 88.888...
 */
export function hitungIkm(jawaban: unknown[][]): number | Kosong | Galat {
  const kolom = jawaban.reduce((c, b) => Math.max(c, b.length), 0);
  if (kolom !== JUMLAH_UNSUR) return nilaiSalah(PESAN.kolomIkm(kolom, JUMLAH_UNSUR));
  const jumlah = new Array<number>(JUMLAH_UNSUR).fill(0);
  const banyak = new Array<number>(JUMLAH_UNSUR).fill(0);
  for (let i = 0; i < jawaban.length; i++) {
    for (let j = 0; j < JUMLAH_UNSUR; j++) {
      const v = bacaJawaban(jawaban[i][j], i, j);
      if (adalahGalat(v)) return v;
      if (v === KOSONG) continue;
      jumlah[j] += v;
      banyak[j]++;
    }
  }
  if (banyak.every((b) => b === 0)) return KOSONG;
  const kosong = banyak.findIndex((b) => b === 0);
  if (kosong >= 0) return nilaiSalah(PESAN.unsurTanpaJawaban(kosong + 1));
  const totalNrr = jumlah.reduce((s, x, j) => s + x / banyak[j], 0);
  return (totalNrr * 25) / JUMLAH_UNSUR;
}

function bacaJawaban(v: unknown, i: number, j: number): number | Kosong | Galat {
  const nama = NAMA.jawaban(i + 1, j + 1);
  const n = bacaAngka(v, nama);
  if (n === KOSONG || adalahGalat(n)) return n;
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  return nilaiSalah(PESAN.jawabanDiLuar(nama, n));
}
