import { KOLOM_ANGGARAN } from "../../domain/judul-lkjip";
import { Katalog } from "../../domain/types";
import { barisPenuh, hurufKolom, kotak, sel } from "../alamat";
import { barisJudul, lembarKosong } from "./bantu-lembar";
import { FORMAT_CAPAIAN } from "./format-angka";
import { GAYA, WARNA } from "./gaya-dokumen";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { rumusSerapan } from "./rumus-lkjip";
import { TeksLembar } from "./teks-lembar";

/** Rupiah without decimals: budgets are whole rupiah. */
export const FORMAT_RUPIAH = '"Rp "#,##0';
/** Rows for programs: the catalog's, then room to type more. */
export const BARIS_ANGGARAN_MIN = 15;
const RUANG_TAMBAHAN = 5;

/** Where everything sits on the Anggaran sheet; LKjIP and PK refer to it through this. */
export interface TataLetakAnggaran {
  tahun: number[];
  barisKepala: number;
  barisAwal: number;
  banyak: number;
  kolom: { no: 1; kode: 2; program: 3; indikator: 4 };
  pagu: (t: number) => number;
  realisasi: (t: number) => number;
  serapan: (t: number) => number;
  kolomAkhir: number;
}

export function tataLetakAnggaran(katalog: Katalog): TataLetakAnggaran {
  const n = katalog.tahun.length;
  const grup = (k: number) => (t: number) => 5 + 3 * t + k;
  return {
    tahun: katalog.tahun,
    barisKepala: 5,
    barisAwal: 6,
    banyak: Math.max(BARIS_ANGGARAN_MIN, (katalog.program?.length ?? 0) + RUANG_TAMBAHAN),
    kolom: { no: 1, kode: 2, program: 3, indikator: 4 },
    pagu: grup(0),
    realisasi: grup(1),
    serapan: grup(2),
    kolomAkhir: 4 + 3 * n,
  };
}

/** Programs with their linked indicators, pagu and realisation per year, and the serapan. */
export function lembarAnggaran(
  katalog: Katalog,
  nama: string,
  tata: TataLetakAnggaran,
  teks: TeksLembar,
): RencanaLembar {
  const lembar = lembarKosong(nama);
  const { barisKepala: kepala, barisAwal: awal, banyak, tahun } = tata;
  const lebar = tata.kolomAkhir;
  const program = katalog.program ?? [];

  barisJudul(lembar, 1, lebar, teks.judulAnggaran, GAYA.judul);
  barisJudul(lembar, 2, lebar, katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, lebar, teks.catatanAnggaran, GAYA.catatan);
  const isi: Sel[][] = Array.from({ length: banyak }, (_, i) => {
    const p = program[i];
    const r = awal + i;
    return [
      i + 1,
      p?.kode ?? null,
      p?.nama ?? null,
      p ? p.indikator.join(", ") : null,
      ...tahun.flatMap((y, t) => [
        p?.pagu[String(y)] ?? null,
        null,
        selRumus(rumusSerapan(sel(tata.realisasi(t), r), sel(tata.pagu(t), r))),
      ]),
    ];
  });
  lembar.blok.push({ alamat: sel(1, kepala), nilai: [KOLOM_ANGGARAN(tahun), ...isi] });

  lembar.format.push(
    { alamat: kotak(1, kepala, lebar, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, awal, lebar, banyak), gaya: GAYA.isi },
    { alamat: kotak(1, awal, 1, banyak), gaya: { ...GAYA.tengah, formatAngka: '0"."' } },
    { alamat: kotak(2, awal, 3, banyak), gaya: GAYA.masukan },
  );
  tahun.forEach((_, t) => {
    const uang = kotak(tata.pagu(t), awal, 2, banyak);
    lembar.format.push(
      { alamat: uang, gaya: { ...GAYA.kanan, ...GAYA.masukan, formatAngka: FORMAT_RUPIAH } },
      {
        alamat: kotak(tata.serapan(t), awal, 1, banyak),
        gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN },
      },
    );
    lembar.validasi.push({ alamat: uang, judul: teks.validasiJudul, pesan: teks.validasiAnggaranPesan });
  });

  lembar.lebarKolom = { A: 4, B: 10, C: 36, D: 18 };
  tahun.forEach((_, t) => {
    lembar.lebarKolom[hurufKolom(tata.pagu(t))] = 17;
    lembar.lebarKolom[hurufKolom(tata.realisasi(t))] = 17;
    lembar.lebarKolom[hurufKolom(tata.serapan(t))] = 10;
  });
  lembar.tinggiBaris = { 1: 22, 2: 20, 3: 30, [kepala]: 30 };
  lembar.bekukan = { baris: kepala, kolom: 3 };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: barisPenuh(kepala) };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
