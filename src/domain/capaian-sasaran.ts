/**
 * Tabel 3.6: capaian per sasaran strategis and for the agency. LKjIPs report a sasaran's capaian
 * as the mean of its indicators' capaian, and the agency's as the mean over its sasaran.
 */
import { tercapai } from "./capaian";
import type { IndikatorLaporan, NilaiLaporan } from "./lkjip";
import { predikat } from "./predikat";

/** The counts and the mean of a group of indicators (a sasaran, or the whole agency). */
export interface RingkasanCapaian {
  jumlahIndikator: number;
  tercapai: number;
  tidakTercapai: number;
  /** Indicators without a capaian N: a blank input, or a case no rule defines. */
  belumDapatDiukur: number;
  /** The mean of the capaian that exist; blank when none does. */
  rataRata: NilaiLaporan;
  predikat: string;
}

export interface Baris36 extends RingkasanCapaian {
  no: number;
  sasaran: string;
}

export interface Tabel36 {
  sasaran: Baris36[];
  /** `Rata-rata Perangkat Daerah`: the counts summed, the mean of the sasaran means. */
  perangkatDaerah: RingkasanCapaian;
}

const rerata = (nilai: readonly number[]): NilaiLaporan =>
  nilai.length === 0 ? "" : nilai.reduce((a, b) => a + b, 0) / nilai.length;

const predikatAtauKosong = (c: NilaiLaporan): string => (typeof c === "number" ? predikat(c) : "");

/**
 * Runs of consecutive indicators with the same sasaran text, as Tabel 3.1 merges them: [first, count].
 *
 * @example kelompokSasaran([{ sasaran: "A" }, { sasaran: "A " }, { sasaran: "B" }]) // [[0, 2], [2, 1]]
 */
export function kelompokSasaran(
  indikator: ReadonlyArray<Pick<IndikatorLaporan, "sasaran">>,
): Array<[number, number]> {
  const hasil: Array<[number, number]> = [];
  indikator.forEach((ind, i) => {
    const akhir = hasil[hasil.length - 1];
    if (akhir && indikator[akhir[0]].sasaran.trim() === ind.sasaran.trim()) akhir[1]++;
    else hasil.push([i, 1]);
  });
  return hasil;
}

function ringkas(capaian: readonly NilaiLaporan[]): RingkasanCapaian {
  const ada = capaian.filter((c): c is number => typeof c === "number");
  const capai = ada.filter(tercapai).length;
  const rataRata = rerata(ada);
  return {
    jumlahIndikator: capaian.length,
    tercapai: capai,
    tidakTercapai: ada.length - capai,
    belumDapatDiukur: capaian.length - ada.length,
    rataRata,
    predikat: predikatAtauKosong(rataRata),
  };
}

/**
 * Tabel 3.6 from the indicators in report order and their capaian N (a Galat counts as not measurable).
 *
 * @example hitungCapaianSasaran([{ sasaran: "A" }, { sasaran: "A" }], [1.1, 0.9]).perangkatDaerah.rataRata // 1
 */
export function hitungCapaianSasaran(
  indikator: ReadonlyArray<Pick<IndikatorLaporan, "sasaran">>,
  capaianN: readonly NilaiLaporan[],
): Tabel36 {
  const sasaran = kelompokSasaran(indikator).map(([awal, banyak], i): Baris36 => ({
    no: i + 1,
    sasaran: indikator[awal].sasaran,
    ...ringkas(capaianN.slice(awal, awal + banyak)),
  }));
  const jumlah = (k: "jumlahIndikator" | "tercapai" | "tidakTercapai" | "belumDapatDiukur"): number =>
    sasaran.reduce((a, b) => a + b[k], 0);
  const rataRata = rerata(sasaran.map((s) => s.rataRata).filter((c): c is number => typeof c === "number"));
  return {
    sasaran,
    perangkatDaerah: {
      jumlahIndikator: jumlah("jumlahIndikator"),
      tercapai: jumlah("tercapai"),
      tidakTercapai: jumlah("tidakTercapai"),
      belumDapatDiukur: jumlah("belumDapatDiukur"),
      rataRata,
      predikat: predikatAtauKosong(rataRata),
    },
  };
}
