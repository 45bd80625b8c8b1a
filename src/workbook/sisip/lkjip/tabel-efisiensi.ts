import { CATATAN_METODE, JUDUL_TABEL, KOLOM_34 } from "../../../domain/judul-lkjip";
import { kotak, rujukan, sel } from "../../alamat";
import { selRumus } from "../../rencana";
import { rumusSalin } from "../../rumus";
import { FORMAT_RUPIAH } from "../format-angka";
import { GAYA } from "../gaya-dokumen";
import {
  rumusCapaianProgram,
  rumusDaftarKode,
  rumusEfisiensi,
  rumusKeteranganEfisiensi,
} from "../rumus-lkjip";
import { KonteksLkjip } from "./konteks-lkjip";
import { PenulisTabel } from "./penulis-tabel";

/**
 * Tabel 3.4: per Anggaran row, serapan, the mean capaian of the linked indicators (read from
 * `capaian31`, Tabel 3.1's capaian column) and the efficiency.
 */
export function tabelEfisiensi(k: KonteksLkjip, tulis: PenulisTabel, capaian31: string): void {
  const { baris, tataIku: iku, tataAnggaran: ang, n } = k;
  const a = tulis.awalBerikut;
  const kodeIku = rujukan(k.nama.iku, kotak(iku.kolom.kode, iku.barisAwal, 1, baris.length));
  const angSel = (kolom: number, j: number) => rujukan(k.nama.anggaran, sel(kolom, ang.barisAwal + j));
  const ta = ang.tahun.indexOf(n);
  tulis.tulis({
    judul: JUDUL_TABEL.t34,
    kepala: KOLOM_34(n),
    isi: Array.from({ length: ang.banyak }, (_, j) => {
      const r = a + j;
      return [
        j + 1,
        selRumus(rumusSalin(angSel(ang.kolom.program, j))),
        selRumus(rumusDaftarKode(angSel(ang.kolom.indikator, j))),
        selRumus(rumusSalin(angSel(ang.pagu(ta), j))),
        selRumus(rumusSalin(angSel(ang.realisasi(ta), j))),
        selRumus(rumusSalin(angSel(ang.serapan(ta), j))),
        selRumus(rumusCapaianProgram(sel(3, r), kodeIku, capaian31)),
        selRumus(rumusEfisiensi(sel(7, r), sel(6, r))),
        selRumus(rumusKeteranganEfisiensi(sel(8, r))),
      ];
    }),
    catatan: CATATAN_METODE.t34,
    format: (r) => [
      { alamat: kotak(4, r, 2, ang.banyak), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
      k.persen(6, 3, r, ang.banyak),
      { alamat: kotak(9, r, 1, ang.banyak), gaya: GAYA.tengah },
    ],
  });
}
