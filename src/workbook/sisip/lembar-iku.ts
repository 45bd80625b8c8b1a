import { Katalog } from "../../domain/types";
import { barisPenuh, hurufKolom, kotak, rujukan, sel } from "../alamat";
import { barisJudul, formatPerBaris, lembarKosong, rentangSama } from "./bantu-lembar";
import { FORMAT_CAPAIAN_TANDA, formatAngka } from "./format-angka";
import { GAYA, WARNA, tandaCapaian } from "./gaya-dokumen";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { rumusCapaian, rumusPredikat, rumusSalin } from "../rumus";
import { KonteksLembar } from "./konteks-lembar";
import { TataLetakIku } from "./tata-letak";
import { TeksSel, tinggiUntukTeks } from "./tinggi-baris";

/** The document's rows: each indicator with the keys of its tujuan and sasaran, for merging. */
function barisDokumen(katalog: Katalog) {
  return katalog.tujuan.flatMap((t, ti) =>
    t.sasaran.flatMap((s, si) =>
      s.indikator.map((indikator) => ({ ti, kunciSasaran: `${ti}.${si}`, tujuan: t, sasaran: s, indikator })),
    ),
  );
}

/**
 * The IKU table is some 240 characters wide: fitted to one A4 width it printed at 5 pt. At 90% it
 * prints in 9 pt on pages side by side, each page after the first with Kode and Indikator Kinerja
 * repeated at its left, and the header row on top of every page.
 */
const SKALA_CETAK_IKU = 90;

/** The header texts, exactly as PRODUCT.md lists them. */
export function kepalaIku(tahun: number[]): string[] {
  const perTahun = (kata: string) => tahun.map((y) => `${kata} ${y}`);
  return [
    "No",
    "Tujuan",
    "Sasaran",
    "Kode",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Kondisi Awal",
    ...perTahun("Target"),
    ...perTahun("Realisasi"),
    ...perTahun("Capaian"),
    ...perTahun("Predikat"),
  ];
}

type BarisDokumen = ReturnType<typeof barisDokumen>[number];

/**
 * Titles and notes span the document's own columns (No to Kondisi Awal), the first printed page:
 * merged over the whole width they were cut between the pages the table prints on.
 */
const lebarTeks = (tata: TataLetakIku): number => tata.kolom.kondisiAwal;

/** The agency, the document's title and its source. */
function judulIku(lembar: RencanaLembar, { katalog, tataIku: tata }: KonteksLembar): void {
  const lebar = lebarTeks(tata);
  barisJudul(lembar, 1, lebar, katalog.judul.toUpperCase(), GAYA.judul);
  barisJudul(lembar, 2, lebar, katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, lebar, katalog.sumber ? `Sumber: ${katalog.sumber}` : "", GAYA.sumber);
}

/** One row per indicator: the document's columns, then targets, realisation, capaian and predikat. */
function isiIku(baris: BarisDokumen[], tata: TataLetakIku, k: KonteksLembar): Sel[][] {
  const tahun = tata.tahun;
  const mulaiTujuan = new Set(rentangSama(baris.map((b) => b.ti)).map(([i]) => i));
  const mulaiSasaran = new Set(rentangSama(baris.map((b) => b.kunciSasaran)).map(([i]) => i));
  return baris.map((b, i) => {
    const r = tata.baris(i);
    const P = sel(tata.kolom.polaritas, r);
    return [
      mulaiTujuan.has(i) ? b.ti + 1 : null,
      mulaiTujuan.has(i) ? b.tujuan.nama : null,
      mulaiSasaran.has(i) ? b.sasaran.nama : null,
      b.indikator.kode,
      b.indikator.nama,
      b.indikator.satuan,
      b.indikator.polaritas,
      b.indikator.kondisiAwal ?? null,
      ...tahun.map((y) => b.indikator.target[String(y)]),
      // The year's value of the quarters typed on Triwulan; typing a number here overrides it.
      ...tahun.map((_, t) =>
        selRumus(
          rumusSalin(rujukan(k.nama.triwulan, sel(k.tataTriwulan.realisasi(t), k.tataTriwulan.baris(i)))),
        ),
      ),
      ...tahun.map((_, t) =>
        selRumus(rumusCapaian(sel(tata.realisasi(t), r), sel(tata.target(t), r), P, b.indikator.polaritas)),
      ),
      ...tahun.map((_, t) => selRumus(rumusPredikat(sel(tata.capaian(t), r)))),
    ];
  });
}

/** The table: header, rows, number formats, merged tujuan and sasaran, input checks and flags. */
function tabelIku(lembar: RencanaLembar, k: KonteksLembar, baris: BarisDokumen[]): void {
  const { tataIku: tata, teks } = k;
  const tahun = tata.tahun;
  const lebar = tata.kolomAkhir;
  const { barisAwal: awal, barisKepala: kepala } = tata;
  const n = baris.length;
  lembar.blok.push({ alamat: sel(1, kepala), nilai: [kepalaIku(tahun)] });
  lembar.format.push({ alamat: kotak(1, kepala, lebar, 1), gaya: GAYA.kepala });
  lembar.blok.push({ alamat: sel(1, awal), nilai: isiIku(baris, tata, k) });

  const format = baris.map((b) => formatAngka(b.indikator));
  lembar.format.push(
    { alamat: kotak(1, awal, lebar, n), gaya: GAYA.isi },
    { alamat: kotak(1, awal, 1, n), gaya: { ...GAYA.tengah, formatAngka: '0"."' } },
    { alamat: kotak(tata.kolom.kode, awal, 1, n), gaya: GAYA.tengah },
    { alamat: kotak(tata.kolom.satuan, awal, 2, n), gaya: GAYA.tengah },
    { alamat: kotak(tata.kolom.kondisiAwal, awal, 1 + 2 * tahun.length, n), gaya: GAYA.kanan },
    ...formatPerBaris(tata.kolom.kondisiAwal, 1 + 2 * tahun.length, awal, format),
    { alamat: kotak(tata.kolom.kondisiAwal, awal, 1, n), gaya: GAYA.masukan },
    { alamat: kotak(tata.realisasi(0), awal, tahun.length, n), gaya: GAYA.masukan },
    {
      alamat: kotak(tata.capaian(0), awal, tahun.length, n),
      // The verdict beside the number: the red or green flag alone vanishes in black and white.
      gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN_TANDA },
    },
    { alamat: kotak(tata.predikat(0), awal, tahun.length, n), gaya: GAYA.tengah },
  );

  for (const [i, panjang] of rentangSama(baris.map((b) => b.ti))) {
    if (panjang > 1)
      lembar.gabung.push(kotak(1, tata.baris(i), 1, panjang), kotak(2, tata.baris(i), 1, panjang));
  }
  for (const [i, panjang] of rentangSama(baris.map((b) => b.kunciSasaran))) {
    if (panjang > 1) lembar.gabung.push(kotak(3, tata.baris(i), 1, panjang));
  }

  const realisasi = kotak(tata.realisasi(0), awal, tahun.length, n);
  lembar.validasi.push(
    { alamat: realisasi, judul: teks.validasiJudul, pesan: teks.validasiPesan },
    {
      alamat: kotak(tata.kolom.kondisiAwal, awal, 1, n),
      judul: teks.validasiJudul,
      pesan: teks.validasiPesan,
    },
  );
  lembar.formatBersyarat.push(
    ...tandaCapaian(realisasi, sel(tata.capaian(0), awal)),
    ...tandaCapaian(kotak(tata.capaian(0), awal, tahun.length, n), sel(tata.capaian(0), awal)),
  );
}

/**
 * The notes' width: the columns left of the Kode and Indikator columns that every printed page
 * repeats, so no page shows a slice of a note.
 */
const lebarCatatan = (tata: TataLetakIku): number => tata.kolom.kode - 1;

/** The notes under the table; returns their first row. */
function keteranganIku(lembar: RencanaLembar, { tataIku: tata, teks }: KonteksLembar): number {
  const barisKet = tata.barisAkhir + 2;
  teks.keteranganIku.forEach((k, i) => barisJudul(lembar, barisKet + i, lebarCatatan(tata), k, GAYA.catatan));
  return barisKet;
}

/** Heights that show the indicator, tujuan, sasaran and note texts whole. */
function tinggiIku(
  { tataIku: tata, teks }: KonteksLembar,
  baris: BarisDokumen[],
  w: Record<string, number>,
  barisKet: number,
): Record<number, number> {
  const teksSel: TeksSel[] = baris.map((b, i) => ({
    baris: tata.baris(i),
    teks: b.indikator.nama,
    lebar: w.E,
  }));
  for (const [i, banyak] of rentangSama(baris.map((b) => b.ti))) {
    teksSel.push({ baris: tata.baris(i), banyak, teks: baris[i].tujuan.nama, lebar: w.B });
  }
  for (const [i, banyak] of rentangSama(baris.map((b) => b.kunciSasaran))) {
    teksSel.push({ baris: tata.baris(i), banyak, teks: baris[i].sasaran.nama, lebar: w.C });
  }
  const lebarTotal = Array.from({ length: lebarCatatan(tata) }, (_, i) => w[hurufKolom(i + 1)]).reduce(
    (a, b) => a + b,
    0,
  );
  const ket = teks.keteranganIku.map((k, i): TeksSel => ({
    baris: barisKet + i,
    teks: k,
    lebar: lebarTotal,
  }));
  return {
    1: 22,
    2: 20,
    [tata.barisKepala]: 30,
    ...tinggiUntukTeks(teksSel),
    ...tinggiUntukTeks(ket, 9),
  };
}

/** The IKU sheet: the document's table, ready for realisation, with capaian and predikat. */
export function lembarIku(k: KonteksLembar): RencanaLembar {
  const lembar = lembarKosong(k.nama.iku);
  const tata = k.tataIku;
  const baris = barisDokumen(k.katalog);
  judulIku(lembar, k);
  tabelIku(lembar, k, baris);
  const barisKet = keteranganIku(lembar, k);
  lembar.lebarKolom = lebarKolomIku(tata);
  lembar.tinggiBaris = tinggiIku(k, baris, lembar.lebarKolom, barisKet);
  lembar.bekukan = { baris: tata.barisKepala, kolom: tata.kolom.indikator };
  lembar.cetak = {
    orientasi: "lanskap",
    pasLebarHalaman: false,
    skala: SKALA_CETAK_IKU,
    barisJudul: barisPenuh(tata.barisKepala),
    kolomJudul: `$${hurufKolom(tata.kolom.kode)}:$${hurufKolom(tata.kolom.indikator)}`,
    // The titles go in the page header, so the rows above the table stay off paper.
    areaCetak: kotak(
      1,
      tata.barisKepala,
      tata.kolomAkhir,
      barisKet + k.teks.keteranganIku.length - tata.barisKepala,
    ),
    kepalaHalaman: [
      k.katalog.judul.toUpperCase(),
      k.katalog.instansi.toUpperCase(),
      ...(k.katalog.sumber ? [`Sumber: ${k.katalog.sumber}`] : []),
    ],
  };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}

function lebarKolomIku(tata: TataLetakIku): Record<string, number> {
  const lebar: Record<string, number> = { A: 4, B: 20, C: 22, D: 9, E: 34, F: 8, G: 11, H: 10 };
  tata.tahun.forEach((_, t) => {
    lebar[hurufKolom(tata.target(t))] = 9;
    lebar[hurufKolom(tata.realisasi(t))] = 9;
    lebar[hurufKolom(tata.capaian(t))] = 11;
    lebar[hurufKolom(tata.predikat(t))] = 13;
  });
  return lebar;
}
