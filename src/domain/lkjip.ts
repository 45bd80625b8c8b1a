/**
 * LKjIP Bab III (PermenPANRB 53/2014): the values of tables 3.1–3.5 for year N, computed from what
 * the planner typed, by the same rules as the custom functions. Pure: the workbook's formulas
 * compute the same tables live, the Word draft (`npm run laporan`) from these values.
 */
import { keteranganEfisiensi, hitungEfisiensi, hitungSerapan } from "./anggaran";
import { hitungCapaianSasaran, Tabel36 } from "./capaian-sasaran";
import { Baris37, capaianAtauKosong, hitungCapaianTahunan } from "./capaian-tahunan";
import { adalahGalat, Galat } from "./galat";
import { predikat } from "./predikat";
import { Baris38, hitungStandar } from "./standar";
import { hitungTabelPendukung, TabelPendukung, BarisRenjaLaporan } from "./lkjip-pendukung";
import { hitungTren, Tren } from "./tren";
import { JenisTarget, Polaritas, Standar } from "./types";

export type { JenisTarget };
export type { Baris36, RingkasanCapaian, Tabel36 } from "./capaian-sasaran";
export type { Baris37, NilaiTahun } from "./capaian-tahunan";
export type { Baris38, KeteranganStandar } from "./standar";

/** A typed number, or null while the cell is blank. */
export type Isian = number | null;

/** The unit whose change is told in points. */
export const SATUAN_POIN = "%";

/**
 * Whether Perubahan is in points: the change of a percent indicator (shares held as fractions)
 * is a difference of percentages, 0,42 − 0,35 = 7 points, not "7%" of anything.
 *
 * @example perubahanDalamPoin("%") // true
 */
export const perubahanDalamPoin = (satuan: string): boolean => satuan.trim() === SATUAN_POIN;

export interface IndikatorLaporan {
  kode: string;
  sasaran: string;
  nama: string;
  satuan: string;
  polaritas: Polaritas;
  jenisTarget: JenisTarget;
  kondisiAwal: Isian;
  /** By year of the Renstra period. */
  target: Record<number, Isian>;
  realisasi: Record<number, Isian>;
  faktorPendukung?: string;
  faktorPenghambat?: string;
  upayaPerbaikan?: string;
  /** The catalog's standard, where one exists (Tabel 3.8). */
  standar?: Standar;
}

export interface ProgramLaporan {
  kode: string;
  nama: string;
  /** Codes of the indicators the program serves. */
  indikator: string[];
  /** As read: a number, blank (null), or the error a saved workbook holds in the cell. */
  pagu: Record<number, Isian | Galat>;
  realisasiAnggaran: Record<number, Isian | Galat>;
}

export interface DataLaporan {
  instansi: string;
  /** The Renstra period, first and last year inclusive. */
  periode: { awal: number; akhir: number };
  indikator: IndikatorLaporan[];
  program: ProgramLaporan[];
  /** The Renstra cascade's rows with the Renja evaluation typed for N (tables 3.9 and 3.10). */
  renja?: BarisRenjaLaporan[];
}

/** A computed cell: a number, blank ("") while an input is blank, or a Galat that says why not. */
export type NilaiLaporan = number | "" | Galat;

export interface Baris31 {
  no: number;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: Isian;
  realisasi: Isian;
  capaian: NilaiLaporan;
  predikat: string;
}

export interface Baris32 {
  no: number;
  indikator: string;
  realisasiLalu: Isian;
  realisasi: Isian;
  capaianLalu: NilaiLaporan;
  capaian: NilaiLaporan;
  /** Realisasi N − realisasi N−1, in the indicator's unit. */
  perubahan: NilaiLaporan;
  keterangan: Tren | "";
}

export interface Baris33 {
  no: number;
  indikator: string;
  jenisTarget: JenisTarget;
  targetAkhir: Isian;
  realisasiSampai: Isian;
  capaian: NilaiLaporan;
}

export interface Baris34 {
  no: number;
  program: string;
  indikatorTerkait: string;
  pagu: Isian | Galat;
  realisasiAnggaran: Isian | Galat;
  serapan: NilaiLaporan;
  capaianKinerja: NilaiLaporan;
  efisiensi: NilaiLaporan;
  keterangan: string;
}

export interface Baris35 {
  no: number;
  indikator: string;
  capaian: NilaiLaporan;
  faktorPendukung: string;
  faktorPenghambat: string;
  upayaPerbaikan: string;
}

export interface TabelLkjip extends TabelPendukung {
  tahun: number;
  /** The year before N, or undefined when N is the period's first year (Tabel 3.2 then uses kondisi awal). */
  tahunLalu?: number;
  t31: Baris31[];
  t32: Baris32[];
  t33: Baris33[];
  t34: Baris34[];
  t35: Baris35[];
  t36: Tabel36;
  /** The period's first year to N. */
  t37: Baris37[];
  /** Only the indicators with a standard; empty when none has. */
  t38: Baris38[];
}

/** The years of the Renstra period, in order. */
export function tahunPeriode(data: DataLaporan): number[] {
  const { awal, akhir } = data.periode;
  return Array.from({ length: akhir - awal + 1 }, (_, i) => awal + i);
}

/** Target akhir Renstra: the final year's target, or the sum of the period's targets (blank while any is blank). */
export function targetAkhir(ind: IndikatorLaporan, tahun: readonly number[]): Isian {
  if (ind.jenisTarget === "absolut") return ind.target[tahun[tahun.length - 1]] ?? null;
  return jumlahLengkap(tahun.map((t) => ind.target[t] ?? null));
}

/** Realisasi s.d. N: absolut is realisasi N; kumulatif the sum from the first year to N, blank while any is blank. */
export function realisasiSampai(ind: IndikatorLaporan, tahun: readonly number[], n: number): Isian {
  if (ind.jenisTarget === "absolut") return ind.realisasi[n] ?? null;
  return jumlahLengkap(tahun.filter((t) => t <= n).map((t) => ind.realisasi[t] ?? null));
}

function jumlahLengkap(nilai: readonly Isian[]): Isian {
  if (nilai.length === 0 || nilai.some((v) => v === null)) return null;
  return (nilai as number[]).reduce((a, b) => a + b, 0);
}

/** The mean capaian N of the linked indicators that have one; blank when none has. */
export function capaianProgram(
  program: ProgramLaporan,
  capaianMenurutKode: ReadonlyMap<string, NilaiLaporan>,
): NilaiLaporan {
  const ada = program.indikator
    .map((k) => capaianMenurutKode.get(k.trim().toUpperCase()))
    .filter((c): c is number => typeof c === "number");
  return ada.length === 0 ? "" : ada.reduce((a, b) => a + b, 0) / ada.length;
}

/** Every table of Bab III for year `n`, which must lie in the period. */
export function hitungLkjip(data: DataLaporan, n: number): TabelLkjip {
  const tahun = tahunPeriode(data);
  const tahunLalu = n > data.periode.awal ? n - 1 : undefined;
  const no = (i: number): number => i + 1;
  const capaianN = data.indikator.map((ind) =>
    capaianAtauKosong(ind.realisasi[n] ?? null, ind.target[n] ?? null, ind.polaritas),
  );

  const t31 = data.indikator.map((ind, i): Baris31 => {
    const c = capaianN[i];
    return {
      no: no(i),
      sasaran: ind.sasaran,
      indikator: ind.nama,
      satuan: ind.satuan,
      target: ind.target[n] ?? null,
      realisasi: ind.realisasi[n] ?? null,
      capaian: c,
      predikat: typeof c === "number" ? predikat(c) : "",
    };
  });

  const t32 = data.indikator.map((ind, i): Baris32 => {
    const lalu = tahunLalu === undefined ? ind.kondisiAwal : (ind.realisasi[tahunLalu] ?? null);
    const kini = ind.realisasi[n] ?? null;
    const lengkap = lalu !== null && kini !== null;
    return {
      no: no(i),
      indikator: ind.nama,
      realisasiLalu: lalu,
      realisasi: kini,
      capaianLalu:
        tahunLalu === undefined ? "" : capaianAtauKosong(lalu, ind.target[tahunLalu] ?? null, ind.polaritas),
      capaian: capaianN[i],
      perubahan: lengkap ? (kini - lalu) * (perubahanDalamPoin(ind.satuan) ? 100 : 1) : "",
      keterangan: lengkap ? hitungTren(lalu, kini, ind.polaritas) : "",
    };
  });

  const t33 = data.indikator.map((ind, i): Baris33 => {
    const akhir = targetAkhir(ind, tahun);
    const sampai = realisasiSampai(ind, tahun, n);
    return {
      no: no(i),
      indikator: ind.nama,
      jenisTarget: ind.jenisTarget,
      targetAkhir: akhir,
      realisasiSampai: sampai,
      capaian: capaianAtauKosong(sampai, akhir, ind.polaritas),
    };
  });

  const menurutKode = new Map(data.indikator.map((ind, i) => [ind.kode.trim().toUpperCase(), capaianN[i]]));
  const t34 = data.program.map((p, i): Baris34 => {
    const pagu = p.pagu[n] ?? null;
    const realisasi = p.realisasiAnggaran[n] ?? null;
    // An error read from the workbook stays one: the table says it cannot be computed, never blank
    const serapan: NilaiLaporan = adalahGalat(realisasi)
      ? realisasi
      : adalahGalat(pagu)
        ? pagu
        : pagu === null || realisasi === null
          ? ""
          : hitungSerapan(realisasi, pagu);
    const capaian = capaianProgram(p, menurutKode);
    const efisiensi =
      typeof capaian === "number" && typeof serapan === "number" ? hitungEfisiensi(capaian, serapan) : "";
    return {
      no: no(i),
      program: p.nama,
      indikatorTerkait: p.indikator.join(", "),
      pagu,
      realisasiAnggaran: realisasi,
      serapan,
      capaianKinerja: capaian,
      efisiensi,
      keterangan: typeof efisiensi === "number" ? keteranganEfisiensi(efisiensi) : "",
    };
  });

  const t35 = data.indikator.map((ind, i): Baris35 => ({
    no: no(i),
    indikator: ind.nama,
    capaian: capaianN[i],
    faktorPendukung: ind.faktorPendukung ?? "",
    faktorPenghambat: ind.faktorPenghambat ?? "",
    upayaPerbaikan: ind.upayaPerbaikan ?? "",
  }));

  const t36 = hitungCapaianSasaran(data.indikator, capaianN);
  const t37 = hitungCapaianTahunan(
    data.indikator,
    tahun.filter((y) => y <= n),
  );
  const t38 = hitungStandar(data.indikator, n);

  return { tahun: n, tahunLalu, t31, t32, t33, t34, t35, t36, t37, t38, ...hitungTabelPendukung(data, n) };
}
