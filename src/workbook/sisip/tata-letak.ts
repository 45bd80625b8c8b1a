/**
 * Where everything sits on the sheets others refer to (IKU, Anggaran): the one place a sheet
 * learns another sheet's rows and columns, so no sheet imports a sibling sheet.
 */
import { Katalog, barisKatalog } from "../../domain/types";

/** Where everything sits on the IKU sheet; the other sheets refer to it through this. */
export interface TataLetakIku {
  tahun: number[];
  barisKepala: number;
  barisAwal: number;
  barisAkhir: number;
  /** The sheet row of the i-th indicator (0-based, document order). */
  baris: (i: number) => number;
  kolom: {
    no: 1;
    tujuan: 2;
    sasaran: 3;
    kode: 4;
    indikator: 5;
    satuan: 6;
    polaritas: 7;
    kondisiAwal: 8;
  };
  /** The column of year index `t` (0-based, catalog order) in each group. */
  target: (t: number) => number;
  realisasi: (t: number) => number;
  capaian: (t: number) => number;
  predikat: (t: number) => number;
  kolomAkhir: number;
}

/** Title rows 1–3, a blank row, the header on row 5, one row per indicator from row 6. */
export const BARIS_KEPALA_IKU = 5;

export function tataLetakIku(katalog: Katalog): TataLetakIku {
  const n = katalog.tahun.length;
  const awal = BARIS_KEPALA_IKU + 1;
  const banyak = barisKatalog(katalog).length;
  const grup = (k: number) => (t: number) => 9 + k * n + t;
  return {
    tahun: katalog.tahun,
    barisKepala: BARIS_KEPALA_IKU,
    barisAwal: awal,
    barisAkhir: awal + banyak - 1,
    baris: (i) => awal + i,
    kolom: { no: 1, tujuan: 2, sasaran: 3, kode: 4, indikator: 5, satuan: 6, polaritas: 7, kondisiAwal: 8 },
    target: grup(0),
    realisasi: grup(1),
    capaian: grup(2),
    predikat: grup(3),
    kolomAkhir: 8 + 4 * n,
  };
}

/** Per year on the Triwulan sheet: four targets, four realisations, the year's value, capaian, target to date, fit. */
const LEBAR_TAHUN_TRIWULAN = 12;

/** Where everything sits on the Triwulan sheet; the IKU and Rencana Aksi sheets refer to it through this. */
export interface TataLetakTriwulan {
  barisKepala: number;
  barisAwal: number;
  baris: (i: number) => number;
  /** The Agregasi column: a code 1, 2, 3 (KODE_AGREGASI). */
  kolomAgregasi: number;
  /** Where year index `t`'s group starts, and each of its columns (quarter `q` 0–3). */
  awalTahun: (t: number) => number;
  targetTw: (t: number, q: number) => number;
  realisasiTw: (t: number, q: number) => number;
  realisasi: (t: number) => number;
  targetSd: (t: number) => number;
  capaian: (t: number) => number;
  cekTarget: (t: number) => number;
  lebarTahun: number;
  kolomAkhir: number;
}

export function tataLetakTriwulan(katalog: Katalog): TataLetakTriwulan {
  const awalTahun = (t: number) => 5 + t * LEBAR_TAHUN_TRIWULAN;
  return {
    barisKepala: 4,
    barisAwal: 6,
    baris: (i) => 6 + i,
    kolomAgregasi: 4,
    awalTahun,
    targetTw: (t, q) => awalTahun(t) + q,
    realisasiTw: (t, q) => awalTahun(t) + 4 + q,
    realisasi: (t) => awalTahun(t) + 8,
    targetSd: (t) => awalTahun(t) + 9,
    capaian: (t) => awalTahun(t) + 10,
    cekTarget: (t) => awalTahun(t) + 11,
    lebarTahun: LEBAR_TAHUN_TRIWULAN,
    kolomAkhir: awalTahun(katalog.tahun.length) - 1,
  };
}

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
