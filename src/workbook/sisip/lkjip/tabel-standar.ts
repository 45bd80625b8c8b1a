import { CATATAN_METODE, JUDUL_TABEL, KOLOM_38 } from "../../../domain/judul-lkjip";
import { TEKS_TANPA_STANDAR } from "../../../domain/standar";
import { kotak, sel } from "../../alamat";
import { selRumus } from "../../rencana";
import { formatPerBaris } from "../bantu-lembar";
import { formatAngka } from "../format-angka";
import { GAYA } from "../gaya-dokumen";
import { rumusKeteranganStandar } from "../rumus-bab3";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/**
 * Tabel 3.8: realisasi N of the indicators with a catalog standar against it. The standar, its
 * level and source are the catalog's, typed in the table for the planner to correct; without any
 * standar the table holds one row saying so.
 */
export function tabelStandar(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { baris, tataIku: iku, n, t } = k;
  const dengan = baris.flatMap((b, i) =>
    b.indikator.standar ? [{ b, i, standar: b.indikator.standar }] : [],
  );
  const m = dengan.length;
  const a = tulis.awalBerikut;
  const kepala = KOLOM_38(n);
  if (m === 0) {
    tulis.tulis({
      judul: JUDUL_TABEL.t38,
      kepala,
      isi: [[null, TEKS_TANPA_STANDAR, null, null, null, null, null]],
      catatan: CATATAN_METODE.t38,
      format: () => [],
    });
    tulis.lembar.gabung.push(kotak(2, a, kepala.length - 1, 1));
    return;
  }
  tulis.tulis({
    judul: JUDUL_TABEL.t38,
    kepala,
    isi: dengan.map(({ b, i, standar }, j) => [
      j + 1,
      k.dariIku("indikator", i),
      k.salinIku(iku.realisasi(t), i),
      standar.nilai,
      standar.tingkat,
      standar.sumber,
      selRumus(
        rumusKeteranganStandar(
          sel(3, a + j),
          sel(4, a + j),
          k.ikuSel(iku.kolom.polaritas, i),
          b.indikator.polaritas,
        ),
      ),
    ]),
    catatan: CATATAN_METODE.t38,
    format: (r) => [
      ...formatPerBaris(
        3,
        2,
        r,
        dengan.map(({ b }) => formatAngka(b.indikator)),
      ),
      { alamat: kotak(4, r, 3, m), gaya: GAYA.masukan },
      { alamat: kotak(5, r, 1, m), gaya: GAYA.tengah },
      { alamat: kotak(7, r, 1, m), gaya: GAYA.tengah },
    ],
  });
  tulis.teksSel.push(
    ...dengan.flatMap(({ b, standar }, j) => [
      { baris: a + j, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.B },
      { baris: a + j, teks: standar.sumber, lebar: LEBAR_KOLOM_LKJIP.F },
    ]),
  );
}
