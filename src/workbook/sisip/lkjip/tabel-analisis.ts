import { CATATAN_METODE, JUDUL_TABEL, KOLOM_35 } from "../../../domain/judul-lkjip";
import { kotak } from "../../alamat";
import { GAYA } from "../gaya-dokumen";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/**
 * Tabel 3.5: the planner's analysis (pendukung, penghambat, upaya) beside each capaian. Its rows
 * are marked as typed rows, so they get room for a sentence: neither Excel nor LibreOffice grows
 * a row to wrapped text on opening a file (a row left without a height printed one line).
 */
export function tabelAnalisis(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { baris, tataIku: iku, n, t } = k;
  const m = baris.length;
  const a = tulis.awalBerikut;
  tulis.tulis({
    judul: JUDUL_TABEL.t35,
    kepala: KOLOM_35(n),
    isi: baris.map((b, i) => [
      b.no,
      k.dariIku("indikator", i),
      k.salinIku(iku.capaian(t), i),
      null,
      null,
      null,
    ]),
    catatan: CATATAN_METODE.t35,
    format: (r) => [k.persen(3, 1, r, m), { alamat: kotak(4, r, 3, m), gaya: GAYA.masukan }],
  });
  tulis.teksSel.push(
    ...baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.B })),
  );
  tulis.barisIsian.push(...baris.map((_, i) => a + i));
}
