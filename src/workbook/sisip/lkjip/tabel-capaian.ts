import { JUDUL_TABEL, CATATAN_METODE, KOLOM_31 } from "../../../domain/judul-lkjip";
import { kotak, sel } from "../../alamat";
import { selRumus } from "../../rencana";
import { rumusPredikat } from "../../rumus";
import { rentangSama } from "../bantu-lembar";
import { GAYA } from "../gaya-dokumen";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/**
 * Tabel 3.1: capaian and predikat N as the IKU sheet computes them, sasaran merged over its
 * indicators. Returns the capaian column, which Tabel 3.4 averages per program.
 */
export function tabelCapaian(k: KonteksLkjip, tulis: PenulisTabel): string {
  const { baris, tataIku: iku, n, t } = k;
  const m = baris.length;
  const sasaran = rentangSama(baris.map((b) => b.sasaran));
  const mulaiSasaran = new Set(sasaran.map(([i]) => i));
  const a = tulis.awalBerikut;
  tulis.tulis({
    judul: JUDUL_TABEL.t31(n),
    kepala: KOLOM_31(n),
    isi: baris.map((b, i) => [
      b.no,
      mulaiSasaran.has(i) ? k.dariIku("sasaran", i) : null,
      k.dariIku("indikator", i),
      k.dariIku("satuan", i),
      k.salinIku(iku.target(t), i),
      k.salinIku(iku.realisasi(t), i),
      k.salinIku(iku.capaian(t), i),
      selRumus(rumusPredikat(sel(7, a + i))),
    ]),
    catatan: CATATAN_METODE.t31,
    format: (r) => [
      ...k.perBaris(5, 2, r),
      k.persen(7, 1, r, m),
      { alamat: kotak(8, r, 1, m), gaya: GAYA.tengah },
    ],
  });
  for (const [i, panjang] of sasaran) if (panjang > 1) tulis.lembar.gabung.push(kotak(2, a + i, 1, panjang));
  tulis.teksSel.push(
    ...baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.C })),
    ...sasaran.map(([i, banyak]) => ({
      baris: a + i,
      banyak,
      teks: baris[i].sasaran,
      lebar: LEBAR_KOLOM_LKJIP.B,
    })),
  );
  return kotak(7, a, 1, m);
}
