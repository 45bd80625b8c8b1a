import {
  CATATAN_PENDUKUNG,
  JUDUL_TABEL_PENDUKUNG,
  KOLOM_310,
  TEKS_JUMLAH,
} from "../../../domain/judul-renja";
import { PROGRAM_PENUNJANG } from "../../../domain/lkjip-pendukung";
import { kotak, rujukan, sel } from "../../alamat";
import { Sel, selRumus } from "../../rencana";
import { rumusSalin } from "../../rumus";
import { FORMAT_RUPIAH } from "../format-angka";
import { GAYA } from "../gaya-dokumen";
import { rumusJumlahIsi } from "../rumus-renstra";
import { rumusSerapan, rumusSisa } from "../rumus-lkjip";
import { KonteksLkjip } from "./konteks-lkjip";
import { PenulisTabel } from "./penulis-tabel";

/**
 * Tabel 3.10: per Anggaran row its pagu, realisation, what is left and the serapan N (with a
 * cascade the Anggaran sheet reads them from the Renstra and Evaluasi Renja sheets), the sasaran
 * of its first linked indicator, and a Jumlah row.
 */
export function tabelRealisasiAnggaran(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { tataAnggaran: ang, n } = k;
  const a = tulis.awalBerikut;
  const ta = ang.tahun.indexOf(n);
  const angSel = (kolom: number, j: number) => rujukan(k.nama.anggaran, sel(kolom, ang.barisAwal + j));
  const program = k.katalog.program ?? [];
  // The IKU sheet holds a sasaran's name on its first indicator's row only (merged below).
  const pertama = new Map<string, number>();
  k.baris.forEach((b, i) => pertama.set(b.sasaran, pertama.get(b.sasaran) ?? i));
  const indeks = new Map(k.baris.map((b) => [b.indikator.kode, pertama.get(b.sasaran)!]));
  const sasaran = (j: number): Sel => {
    const p = program[j];
    if (!p) return null;
    const i = p.indikator.map((kode) => indeks.get(kode)).find((x) => x !== undefined);
    return i === undefined ? PROGRAM_PENUNJANG : k.dariIku("sasaran", i);
  };
  const isi: Sel[][] = Array.from({ length: ang.banyak }, (_, j) => {
    const r = a + j;
    return [
      j + 1,
      sasaran(j),
      selRumus(rumusSalin(angSel(ang.kolom.program, j))),
      selRumus(rumusSalin(angSel(ang.pagu(ta), j))),
      selRumus(rumusSalin(angSel(ang.realisasi(ta), j))),
      selRumus(rumusSisa(sel(4, r), sel(5, r))),
      selRumus(rumusSalin(angSel(ang.serapan(ta), j))),
    ];
  });
  const jumlah = a + ang.banyak;
  const kolom = (c: number) => kotak(c, a, 1, ang.banyak);
  isi.push([
    null,
    null,
    TEKS_JUMLAH,
    selRumus(rumusJumlahIsi([kolom(4)])),
    selRumus(rumusJumlahIsi([kolom(5)])),
    selRumus(rumusJumlahIsi([kolom(6)])),
    selRumus(rumusSerapan(sel(5, jumlah), sel(4, jumlah))),
  ]);
  tulis.tulis({
    judul: JUDUL_TABEL_PENDUKUNG.t310,
    kepala: KOLOM_310(n),
    isi,
    catatan: CATATAN_PENDUKUNG.t310,
    format: (r) => [
      { alamat: kotak(4, r, 3, isi.length), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
      k.persen(7, 1, r, isi.length),
      { alamat: kotak(1, jumlah, 7, 1), gaya: { tebal: true } },
    ],
  });
}
