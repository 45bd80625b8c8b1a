import { kotak, rujukan, sel } from "../alamat";
import { barisJudul, formatPerBaris, lembarKosong } from "./bantu-lembar";
import { batangTampil } from "../../domain/batas-grafik";
import { FORMAT_CAPAIAN, formatAngka } from "./format-angka";
import { GAYA, WARNA, tandaCapaian } from "./gaya-dokumen";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { rumusBanyakSelain, rumusBanyakTeks, rumusSalin, rumusStatusDariCapaian } from "../rumus";
import { KonteksLembar } from "./konteks-lembar";
import { tinggiUntukTeks } from "./tinggi-baris";

const KEPALA = 4;
const AWAL = KEPALA + 1;
const LEBAR = 8;

/** Capaian per indicator for one year at a glance: a table read from the IKU sheet, and a chart. */
export function lembarDasbor(k: KonteksLembar): RencanaLembar {
  const { katalog, baris, tataIku: iku, tahunAktif, teks } = k;
  const nama = k.nama.dashboard;
  const namaIku = k.nama.iku;
  const lembar = lembarKosong(nama);
  const n = baris.length;
  const t = Math.max(0, katalog.tahun.indexOf(tahunAktif));
  const y = katalog.tahun[t];
  const akhir = AWAL + n - 1;

  barisJudul(lembar, 1, LEBAR, teks.judulDasbor(y), GAYA.judul);
  barisJudul(lembar, 2, LEBAR, katalog.instansi.toUpperCase(), GAYA.subjudul);
  const kepala = [
    "No",
    "Kode",
    "Indikator Kinerja",
    `Target ${y}`,
    `Realisasi ${y}`,
    `Capaian ${y}`,
    `Predikat ${y}`,
    "Status",
  ];
  const ambil = (kolom: number, r: number) => selRumus(rumusSalin(rujukan(namaIku, sel(kolom, r))));
  const isi: Sel[][] = baris.map((b, i) => {
    const r = iku.baris(i);
    return [
      b.no,
      k.dariIku("kode", i),
      k.dariIku("indikator", i),
      ambil(iku.target(t), r),
      ambil(iku.realisasi(t), r),
      ambil(iku.capaian(t), r),
      ambil(iku.predikat(t), r),
      selRumus(rumusStatusDariCapaian(sel(6, AWAL + i))),
    ];
  });
  lembar.blok.push({ alamat: sel(1, KEPALA), nilai: [kepala, ...isi] });

  const status = kotak(8, AWAL, 1, n);
  const r = teks.ringkasan;
  const ringkas = akhir + 2;
  lembar.blok.push({
    alamat: sel(3, ringkas),
    nilai: [
      [r.tercapai, selRumus(rumusBanyakTeks(status, "Tercapai"))],
      [r.tidakTercapai, selRumus(rumusBanyakTeks(status, "Tidak Tercapai"))],
      [r.belum, selRumus(rumusBanyakSelain(status, ["Tercapai", "Tidak Tercapai"]))],
    ],
  });

  lembar.format.push(
    { alamat: kotak(1, KEPALA, LEBAR, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, AWAL, LEBAR, n), gaya: GAYA.isi },
    { alamat: kotak(1, AWAL, 2, n), gaya: GAYA.tengah },
    ...formatPerBaris(
      4,
      2,
      AWAL,
      baris.map((b) => formatAngka(b.indikator)),
    ),
    { alamat: kotak(4, AWAL, 3, n), gaya: GAYA.kanan },
    { alamat: kotak(6, AWAL, 1, n), gaya: { formatAngka: FORMAT_CAPAIAN } },
    { alamat: kotak(7, AWAL, 2, n), gaya: GAYA.tengah },
    { alamat: kotak(3, ringkas, 2, 3), gaya: { ...GAYA.isi, tebal: true } },
  );
  lembar.formatBersyarat.push(...tandaCapaian(kotak(6, AWAL, 1, n), sel(6, AWAL)));

  // A bar and a half of row per indicator drawn, up to BATAS_BATANG_GRAFIK; the note under it names the rest.
  const m = batangTampil(n);
  const bawah = KEPALA + Math.max(20, Math.ceil(m * 1.5));
  lembar.grafik.push({
    jenis: "batang",
    judul: teks.judulDasbor(y),
    kategori: rujukan(nama, kotak(2, AWAL, 1, m)),
    nilai: rujukan(nama, kotak(6, AWAL, 1, m)),
    namaSeri: teks.namaSeri(y),
    // Capaian are fractions: the axis reads 100%, not 1.
    formatSumbu: "0%",
    dari: sel(LEBAR + 2, KEPALA),
    sampai: sel(LEBAR + 10, bawah),
  });
  if (m < n) {
    lembar.blok.push({ alamat: sel(LEBAR + 2, bawah + 1), nilai: [[teks.catatanGrafikTerbatas(m, n)]] });
    // Not wrapped: the row may be a table row's height; the text runs on over the empty cells right of it.
    lembar.format.push({ alamat: sel(LEBAR + 2, bawah + 1), gaya: { miring: true, ukuranFont: 9 } });
  }

  lembar.lebarKolom = { A: 4, B: 9, C: 40, D: 11, E: 11, F: 11, G: 13, H: 14 };
  lembar.tinggiBaris = {
    1: 22,
    2: 20,
    [KEPALA]: 30,
    ...tinggiUntukTeks(
      baris.map((b, i) => ({ baris: AWAL + i, teks: b.indikator.nama, lebar: lembar.lebarKolom.C })),
    ),
  };
  lembar.bekukan = { baris: KEPALA, kolom: 0 };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
