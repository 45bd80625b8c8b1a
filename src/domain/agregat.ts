import { bacaAngka, KOSONG, Kosong } from "./baca-angka";
import { Galat, adalahGalat, nilaiSalah } from "./galat";
import { NAMA, PESAN } from "./pesan";
import { Agregasi } from "./types";

const JENIS = new Map<string, Agregasi>([
  ["jumlah", "jumlah"],
  ["total", "jumlah"],
  ["akhir", "akhir"],
  ["terakhir", "akhir"],
  ["rata-rata", "rata-rata"],
  ["rata rata", "rata-rata"],
  ["ratarata", "rata-rata"],
  ["rerata", "rata-rata"],
]);

/** Reads an aggregation name: `jumlah`, `akhir` or `rata-rata` (case and spaces do not matter). */
export function bacaJenisAgregasi(v: unknown): Agregasi | Galat {
  const kunci = typeof v === "string" ? v.toLowerCase().replace(/\s+/g, " ").trim() : undefined;
  const j = kunci === undefined ? undefined : JENIS.get(kunci);
  if (j) return j;
  return nilaiSalah(PESAN.jenisTakDikenal(v));
}

/**
 * The year's value from quarterly values, read in order (row by row): `jumlah` adds them,
 * `akhir` takes the last quarter filled, `rata-rata` averages the filled ones. Blanks are not yet
 * reported, so they are skipped; all blank is KOSONG.
 *
 * @example agregat([[10, 12, null, null]], "akhir") // 12
 */
export function agregat(nilaiTriwulan: unknown[][], jenis: Agregasi): number | Kosong | Galat {
  let jumlah = 0;
  let banyak = 0;
  let akhir = 0;
  for (let i = 0; i < nilaiTriwulan.length; i++) {
    for (let j = 0; j < nilaiTriwulan[i].length; j++) {
      const n = bacaAngka(nilaiTriwulan[i][j], NAMA.nilaiTriwulanKe(banyak + 1));
      if (adalahGalat(n)) return n;
      if (n === KOSONG) continue;
      jumlah += n;
      banyak++;
      akhir = n;
    }
  }
  if (banyak === 0) return KOSONG;
  const hasil = jenis === "jumlah" ? jumlah : jenis === "akhir" ? akhir : jumlah / banyak;
  if (!Number.isFinite(hasil)) return nilaiSalah(PESAN.agregatTerlaluBesar(jenis));
  return hasil === 0 ? 0 : hasil; // Prevent negative zero
}

/** AGREGAT's whole rule: one jenis cell, read, then the quarters aggregated. */
export function agregatSatuJenis(nilaiTriwulan: unknown[][], jenis: unknown[][]): number | Kosong | Galat {
  if (jenis.length !== 1 || jenis[0].length !== 1) {
    return nilaiSalah(PESAN.jenisBukanSatuSel(jenis.length, jenis[0]?.length ?? 0));
  }
  const j = bacaJenisAgregasi(jenis[0][0]);
  return adalahGalat(j) ? j : agregat(nilaiTriwulan, j);
}
