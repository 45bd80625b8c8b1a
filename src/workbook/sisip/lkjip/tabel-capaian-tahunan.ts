import { CATATAN_METODE, JUDUL_TABEL, KOLOM_37 } from "../../../domain/judul-lkjip";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/** Tabel 3.7's width: No, Indikator, Kondisi Awal, then two columns per year from the first to N. */
export const lebarTabel37 = (k: Pick<KonteksLkjip, "awal" | "n">): number => 3 + 2 * (k.n - k.awal + 1);

/** Tabel 3.7: kondisi awal, then realisasi and capaian of every year of the period up to N, from the IKU sheet. */
export function tabelCapaianTahunan(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { katalog, baris, tataIku: iku, awal, n } = k;
  const m = baris.length;
  const tahun = katalog.tahun.filter((y) => y >= awal && y <= n);
  const indeks = tahun.map((y) => katalog.tahun.indexOf(y));
  const a = tulis.awalBerikut;
  tulis.tulis({
    judul: JUDUL_TABEL.t37(awal, n),
    kepala: KOLOM_37(tahun),
    isi: baris.map((b, i) => [
      b.no,
      k.dariIku("indikator", i),
      k.salinIku(iku.kolom.kondisiAwal, i),
      ...indeks.flatMap((t) => [k.salinIku(iku.realisasi(t), i), k.salinIku(iku.capaian(t), i)]),
    ]),
    catatan: CATATAN_METODE.t37,
    format: (r) => [
      ...k.perBaris(3, 1, r),
      ...indeks.flatMap((_, j) => [...k.perBaris(4 + 2 * j, 1, r), k.persen(5 + 2 * j, 1, r, m)]),
    ],
  });
  tulis.teksSel.push(
    ...baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.B })),
  );
}
