/**
 * LKjIP tables 3.9 (programs and kegiatan behind the results) and 3.10 (budget realisation) for
 * year N: the values the LKjIP sheet's formulas show, from the Renja evaluation and the programs'
 * pagu and realisation. Pure; `hitungLkjip` adds them to the other tables.
 */
import { hitungSerapan } from "./anggaran";
import { adalahGalat } from "./galat";
import type { DataLaporan, Isian, NilaiLaporan } from "./lkjip";
import { BarisRenja, hitungEvaluasiRenja, NilaiRenja } from "./renja";

/** The sasaran a program supports none of the IKU's indicators sits under (as on the Renstra sheet). */
export const PROGRAM_PENUNJANG = "Program Penunjang";

/** One row of the Renstra cascade as the report knows it: its sasaran, names and the Renja inputs. */
export interface BarisRenjaLaporan extends BarisRenja {
  sasaran: string;
  nama: string;
  indikator: string;
  /** False for a row typed after insertion: evaluated (its parent sums it) but not listed in Tabel 3.9. */
  diTabel?: boolean;
}

export interface Baris39 {
  no: number;
  /** On the first row of each sasaran only. */
  sasaran: string;
  kode: string;
  nama: string;
  indikator: string;
  target: unknown;
  realisasi: NilaiRenja;
  capaian: NilaiRenja;
  pagu: unknown;
  realisasiAnggaran: NilaiRenja;
  serapan: NilaiRenja;
}

export interface Baris310 {
  no: number;
  sasaran: string;
  program: string;
  pagu: Isian | NilaiLaporan;
  realisasiAnggaran: Isian | NilaiLaporan;
  sisa: NilaiLaporan;
  serapan: NilaiLaporan;
}

export interface TabelPendukung {
  /** Empty without a Renstra cascade: the sheet then says so in one row. */
  t39: Baris39[];
  t310: Baris310[];
  jumlah310: {
    pagu: NilaiLaporan;
    realisasiAnggaran: NilaiLaporan;
    sisa: NilaiLaporan;
    serapan: NilaiLaporan;
  };
}

/** The sum of the numbers of a column, blank when it has none; an error among them stays one. */
function jumlah(nilai: ReadonlyArray<NilaiLaporan | null>): NilaiLaporan {
  const salah = nilai.find(adalahGalat);
  if (salah) return salah;
  const ada = nilai.filter((v): v is number => typeof v === "number");
  return ada.length === 0 ? "" : ada.reduce((a, b) => a + b, 0);
}

/** A value of two cells, blank while either is blank; an error in either stays one (as the sheet's formula). */
function dariDua(
  a: NilaiLaporan | null,
  b: NilaiLaporan | null,
  f: (a: number, b: number) => NilaiLaporan,
): NilaiLaporan {
  if (adalahGalat(a)) return a;
  if (adalahGalat(b)) return b;
  return typeof a === "number" && typeof b === "number" ? f(a, b) : "";
}

/** Tables 3.9 and 3.10 for year `n`. */
export function hitungTabelPendukung(data: DataLaporan, n: number): TabelPendukung {
  const renja = data.renja ?? [];
  const evaluasi = hitungEvaluasiRenja(renja);
  const t39: Baris39[] = [];
  let sasaranLalu: string | undefined;
  renja.forEach((b, i) => {
    if (b.diTabel === false) return;
    const h = evaluasi.baris[i];
    t39.push({
      no: t39.length + 1,
      sasaran: b.sasaran === sasaranLalu ? "" : b.sasaran,
      kode: b.kode ?? "",
      nama: b.nama,
      indikator: b.indikator,
      target: b.target,
      realisasi: h.realisasiK,
      capaian: h.capaianK,
      pagu: b.kode === null ? null : b.pagu,
      realisasiAnggaran: h.realisasiRp,
      serapan: h.capaianRp,
    });
    sasaranLalu = b.sasaran;
  });

  const sasaranKode = new Map(data.indikator.map((ind) => [ind.kode.trim().toUpperCase(), ind.sasaran]));
  const t310 = data.program.map((p, i): Baris310 => {
    // A realisation read from the Evaluasi Renja sheet may be an error there.
    const pagu: NilaiLaporan | null = p.pagu[n] ?? null;
    const realisasi: NilaiLaporan | null = p.realisasiAnggaran[n] ?? null;
    const sasaran = p.indikator
      .map((k) => sasaranKode.get(k.trim().toUpperCase()))
      .find((s) => s !== undefined);
    return {
      no: i + 1,
      sasaran: sasaran ?? PROGRAM_PENUNJANG,
      program: p.nama,
      pagu,
      realisasiAnggaran: realisasi,
      sisa: dariDua(pagu, realisasi, (p, r) => p - r),
      serapan: dariDua(realisasi, pagu, hitungSerapan),
    };
  });
  const jPagu = jumlah(t310.map((b) => b.pagu));
  const jRealisasi = jumlah(t310.map((b) => b.realisasiAnggaran));
  return {
    t39,
    t310,
    jumlah310: {
      pagu: jPagu,
      realisasiAnggaran: jRealisasi,
      sisa: jumlah(t310.map((b) => b.sisa)),
      serapan: dariDua(jRealisasi, jPagu, hitungSerapan),
    },
  };
}
