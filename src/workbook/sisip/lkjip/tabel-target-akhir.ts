import { CATATAN_METODE, JUDUL_TABEL, KOLOM_33, TEKS_JENIS_TARGET } from "../../../domain/judul-lkjip";
import { jenisTargetIndikator } from "../../../domain/types";
import { kotak, rujukan, sel } from "../../alamat";
import { selRumus } from "../../rencana";
import { rumusCapaian } from "../../rumus";
import { GAYA } from "../gaya-dokumen";
import { rumusMenurutJenis } from "../rumus-lkjip";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/** Tabel 3.3: the end-of-period target and the realisation so far, by the row's Jenis Target. */
export function tabelTargetAkhir(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { katalog, baris, tataIku: iku, n, t, awal, akhir } = k;
  const m = baris.length;
  const a = tulis.awalBerikut;
  const rentangIku = (kolom: (t: number) => number, dari: number, sampai: number, i: number) =>
    rujukan(k.nama.iku, kotak(kolom(dari), iku.baris(i), sampai - dari + 1, 1));
  const tAwal = katalog.tahun.indexOf(awal);
  const tAkhir = katalog.tahun.indexOf(akhir);
  tulis.tulis({
    judul: JUDUL_TABEL.t33,
    kepala: KOLOM_33(n),
    isi: baris.map((b, i) => [
      b.no,
      k.dariIku("indikator", i),
      TEKS_JENIS_TARGET[jenisTargetIndikator(b.indikator)],
      selRumus(
        rumusMenurutJenis(
          sel(3, a + i),
          k.ikuSel(iku.target(tAkhir), i),
          rentangIku(iku.target, tAwal, tAkhir, i),
          akhir - awal + 1,
        ),
      ),
      selRumus(
        rumusMenurutJenis(
          sel(3, a + i),
          k.ikuSel(iku.realisasi(t), i),
          rentangIku(iku.realisasi, tAwal, t, i),
          n - awal + 1,
        ),
      ),
      selRumus(
        rumusCapaian(sel(5, a + i), sel(4, a + i), k.ikuSel(iku.kolom.polaritas, i), b.indikator.polaritas),
      ),
    ]),
    catatan: CATATAN_METODE.t33,
    format: (r) => [
      { alamat: kotak(3, r, 1, m), gaya: { ...GAYA.tengah, ...GAYA.masukan } },
      ...k.perBaris(4, 2, r),
      k.persen(6, 1, r, m),
    ],
  });
  tulis.teksSel.push(
    ...baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.B })),
  );
}
