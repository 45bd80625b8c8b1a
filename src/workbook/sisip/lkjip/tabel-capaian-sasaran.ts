import { BARIS_RATA_RATA_PD, CATATAN_METODE, JUDUL_TABEL, KOLOM_36 } from "../../../domain/judul-lkjip";
import { kotak, kotakDariAlamat, sel } from "../../alamat";
import { Sel, selRumus } from "../../rencana";
import { rumusPredikat } from "../../rumus";
import { rentangSama } from "../bantu-lembar";
import { GAYA } from "../gaya-dokumen";
import { rumusBanyakTercapai, rumusRataRataAda } from "../rumus-bab3";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/** Where Tabel 3.6 put its sasaran: their labels and means, one row each, for Grafik 3.2. */
export interface HasilTabel36 {
  /** The first data row and the number of sasaran. */
  awal: number;
  banyak: number;
  /** The sasaran means column, e.g. "G40:G42". */
  rataRata: string;
  /** The sasaran texts, for row heights. */
  sasaran: string[];
}

/**
 * Tabel 3.6: per sasaran (the runs Tabel 3.1 merges), the counts and the mean of its indicators'
 * capaian in Tabel 3.1's column `capaian31`; a last row for the agency: counts summed, the mean
 * of the sasaran means (src/domain/capaian-sasaran.ts).
 */
export function tabelCapaianSasaran(k: KonteksLkjip, tulis: PenulisTabel, capaian31: string): HasilTabel36 {
  const { baris, n } = k;
  const [{ kolom: kc, baris: b31 }] = kotakDariAlamat(capaian31);
  const sasaran = rentangSama(baris.map((b) => b.sasaran));
  const s = sasaran.length;
  const a = tulis.awalBerikut;
  const isi: Sel[][] = sasaran.map(([i, banyak], j) => {
    const r = a + j;
    const c = kotak(kc, b31 + i, 1, banyak);
    return [
      j + 1,
      k.dariIku("sasaran", i),
      banyak,
      selRumus(rumusBanyakTercapai(c)),
      selRumus(`COUNT(${c})-${sel(4, r)}`),
      selRumus(`${sel(3, r)}-COUNT(${c})`),
      selRumus(rumusRataRataAda(c)),
      selRumus(rumusPredikat(sel(7, r))),
    ];
  });
  const jumlah = (kolom: number) => selRumus(`SUM(${kotak(kolom, a, 1, s)})`);
  isi.push([
    null,
    BARIS_RATA_RATA_PD,
    jumlah(3),
    jumlah(4),
    jumlah(5),
    jumlah(6),
    selRumus(rumusRataRataAda(kotak(7, a, 1, s))),
    selRumus(rumusPredikat(sel(7, a + s))),
  ]);
  tulis.tulis({
    judul: JUDUL_TABEL.t36(n),
    kepala: KOLOM_36(n),
    isi,
    catatan: CATATAN_METODE.t36,
    format: (r) => [
      { alamat: kotak(3, r, 4, s + 1), gaya: GAYA.tengah },
      k.persen(7, 1, r, s + 1),
      { alamat: kotak(8, r, 1, s + 1), gaya: GAYA.tengah },
      { alamat: kotak(1, r + s, 8, 1), gaya: { tebal: true } },
    ],
  });
  tulis.teksSel.push(
    ...sasaran.map(([i], j) => ({ baris: a + j, teks: baris[i].sasaran, lebar: LEBAR_KOLOM_LKJIP.B })),
  );
  return { awal: a, banyak: s, rataRata: kotak(7, a, 1, s), sasaran: sasaran.map(([i]) => baris[i].sasaran) };
}
