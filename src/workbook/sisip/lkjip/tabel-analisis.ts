import { CATATAN_METODE, JUDUL_TABEL, KOLOM_35 } from "../../../domain/judul-lkjip";
import { kotak } from "../../alamat";
import { GAYA } from "../gaya-dokumen";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/** The typed columns (pendukung, penghambat, upaya) each span two of the sheet's columns. */
const KOLOM_TEKS_AWAL = 4;
const LEBAR_TEKS = 2;

/**
 * Tabel 3.5: the planner's analysis (pendukung, penghambat, upaya) beside each capaian. Each typed
 * column spans two sheet columns (about 28 characters) and its rows are marked as typed rows, so
 * they get room for a few sentences: neither Excel nor LibreOffice grows a row to wrapped text on
 * opening a file (a row left without a height printed one line).
 */
export function tabelAnalisis(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { baris, tataIku: iku, n, t } = k;
  const m = baris.length;
  const a = tulis.awalBerikut;
  const [no, indikator, capaian, ...teks] = KOLOM_35(n);
  const lebar = (x: string | null): Array<string | null> => [x, ...Array<null>(LEBAR_TEKS - 1).fill(null)];
  tulis.tulis({
    judul: JUDUL_TABEL.t35,
    kepala: [no, indikator, capaian, ...teks.flatMap(lebar)],
    isi: baris.map((b, i) => [
      b.no,
      k.dariIku("indikator", i),
      k.salinIku(iku.capaian(t), i),
      ...Array<null>(teks.length * LEBAR_TEKS).fill(null),
    ]),
    catatan: CATATAN_METODE.t35,
    format: (r) => [
      k.persen(3, 1, r, m),
      { alamat: kotak(KOLOM_TEKS_AWAL, r, teks.length * LEBAR_TEKS, m), gaya: GAYA.masukan },
    ],
  });
  // Header and rows merged per typed column: one call per column in Excel (merged across).
  teks.forEach((_, j) =>
    tulis.lembar.gabung.push(kotak(KOLOM_TEKS_AWAL + j * LEBAR_TEKS, a - 1, LEBAR_TEKS, 1)),
  );
  for (let i = 0; i < m; i++)
    teks.forEach((_, j) =>
      tulis.lembar.gabung.push(kotak(KOLOM_TEKS_AWAL + j * LEBAR_TEKS, a + i, LEBAR_TEKS, 1)),
    );
  tulis.teksSel.push(
    ...baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.B })),
  );
  tulis.barisIsian.push(...baris.map((_, i) => a + i));
}
