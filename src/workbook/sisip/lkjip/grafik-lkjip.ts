import {
  CATATAN_GRAFIK_TERBATAS,
  CATATAN_METODE,
  JUDUL_GRAFIK,
  KOLOM_DATA_GRAFIK,
} from "../../../domain/judul-lkjip";
import { kotak, kotakDariAlamat, rujukan, sel } from "../../alamat";
import { Grafik, Sel, selRumus } from "../../rencana";
import { rumusSalin } from "../../rumus";
import { batangTampil } from "../../../domain/batas-grafik";
import { GAYA } from "../gaya-dokumen";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, LEBAR_LKJIP, PenulisTabel } from "./penulis-tabel";
import { HasilTabel36 } from "./tabel-capaian-sasaran";

/** Whole percents on the value axis: the bars' labels are the table's. */
const FORMAT_SUMBU = "0%";

/** Rows a chart covers (about 540 points): most of a landscape page, its data table on the next. */
const TINGGI_GRAFIK = 36;

/** One chart's bars: a short label, the full name and the capaian cell, per bar. */
interface Batang {
  label: Sel;
  nama: Sel;
  teks: string;
  capaian: string;
}

/** A chart's words: its title, its data table's header and note, the note when it draws only the first bars. */
interface TeksGrafik {
  judul: string;
  kepala: string[];
  catatan: string;
  terbatas: (tampil: number, semua: number) => string;
}

/**
 * A column chart with its 100% line on a page of its own, then its data table from a new page
 * (label, name, capaian copied from the report table, the target 1), which the chart's series read.
 * Past BATAS_BATANG_GRAFIK bars the chart and its table hold the first ones, a note under the chart
 * saying so.
 */
function grafikDenganData(k: KonteksLkjip, tulis: PenulisTabel, teks: TeksGrafik, semua: Batang[]): void {
  const { judul, kepala, catatan } = teks;
  const batang = semua.slice(0, batangTampil(semua.length));
  const m = batang.length;
  const r0 = tulis.baris;
  // The chart starts a printed page; its data table, of one row per bar, starts the next.
  tulis.barisJudul.push(r0);
  // The row under the chart's frame, still on the chart's page.
  if (m < semua.length) tulis.catatanDi(r0 + TINGGI_GRAFIK, teks.terbatas(m, semua.length));
  tulis.baris = r0 + TINGGI_GRAFIK + 1;
  const a = tulis.tulis({
    judul: KOLOM_DATA_GRAFIK.judul(judul),
    kepala,
    isi: batang.map((b, i) => [i + 1, b.label, b.nama, selRumus(rumusSalin(b.capaian)), 1]),
    catatan,
    format: (r) => [{ alamat: kotak(2, r, 1, m), gaya: GAYA.tengah }, k.persen(4, 2, r, m)],
  });
  tulis.teksSel.push(...batang.map((b, i) => ({ baris: a + i, teks: b.teks, lebar: LEBAR_KOLOM_LKJIP.C })));
  const lkjip = k.nama.lkjip;
  const grafik: Grafik = {
    jenis: "kolom",
    judul,
    kategori: rujukan(lkjip, kotak(2, a, 1, m)),
    nilai: rujukan(lkjip, kotak(4, a, 1, m)),
    namaSeri: kepala[3],
    garis: { nilai: rujukan(lkjip, kotak(5, a, 1, m)), namaSeri: KOLOM_DATA_GRAFIK.garis },
    formatSumbu: FORMAT_SUMBU,
    // A row below the page break: a frame on the break's line would print on the page before.
    dari: sel(2, r0 + 1),
    sampai: sel(LEBAR_LKJIP, r0 + TINGGI_GRAFIK - 1),
  };
  tulis.lembar.grafik.push(grafik);
}

/**
 * Grafik 3.1 (capaian N per indicator, from Tabel 3.1's column `capaian31`) and Grafik 3.2 (the
 * sasaran means of Tabel 3.6), each with the 100% line.
 */
export function grafikLkjip(
  k: KonteksLkjip,
  tulis: PenulisTabel,
  capaian31: string,
  t36: HasilTabel36,
): void {
  const { baris, n } = k;
  const [{ kolom: kc, baris: b31 }] = kotakDariAlamat(capaian31);
  grafikDenganData(
    k,
    tulis,
    {
      judul: JUDUL_GRAFIK.g31(n),
      kepala: KOLOM_DATA_GRAFIK.g31(n),
      catatan: CATATAN_METODE.g31,
      terbatas: CATATAN_GRAFIK_TERBATAS.g31,
    },
    baris.map((b, i) => ({
      label: k.dariIku("kode", i),
      nama: k.dariIku("indikator", i),
      teks: b.indikator.nama,
      capaian: sel(kc, b31 + i),
    })),
  );
  const [{ kolom: k36 }] = kotakDariAlamat(t36.rataRata);
  grafikDenganData(
    k,
    tulis,
    {
      judul: JUDUL_GRAFIK.g32(n),
      kepala: KOLOM_DATA_GRAFIK.g32(n),
      catatan: CATATAN_METODE.g32,
      terbatas: CATATAN_GRAFIK_TERBATAS.g32,
    },
    Array.from({ length: t36.banyak }, (_, j) => ({
      label: KOLOM_DATA_GRAFIK.labelSasaran(j + 1),
      nama: selRumus(rumusSalin(sel(2, t36.awal + j))),
      teks: t36.sasaran[j],
      capaian: sel(k36, t36.awal + j),
    })),
  );
}
