/**
 * Where the Renstra sheet puts things and which rows it has: shared by the sheets that refer to it
 * (Evaluasi Renja, Anggaran's sources, LKjIP tables 3.9 and 3.10), so no sheet imports another.
 */
import { PROGRAM_PENUNJANG } from "../../domain/lkjip-pendukung";
import { Tingkat } from "../../domain/renstra";
import { barisKatalog, KinerjaRenstra, Program } from "../../domain/types";
import { KonteksLembar } from "./konteks-lembar";

/** Rows left empty, with the same formulas, for the programs, kegiatan and sub kegiatan a planner types. */
export const BARIS_ISIAN_RENSTRA = 20;
/** The header row; the cascade starts on the next one. */
export const KEPALA_RENSTRA = 5;
/** The cascade's headings: under each sasaran, then the programs supporting none. */
export const TEKS_CASCADE = {
  penunjang: PROGRAM_PENUNJANG,
  sasaran: (nama: string) => `Sasaran: ${nama}`,
} as const;

/** Where everything sits on the Renstra sheet. */
export function tataLetakRenstra(tahun: readonly number[]) {
  const p = tahun.length;
  return {
    kode: 1,
    tingkat: 2,
    nama: 3,
    indikator: 4,
    satuan: 5,
    kondisiAwal: 6,
    target: (t: number) => 7 + 2 * t,
    pagu: (t: number) => 8 + 2 * t,
    targetAkhir: 7 + 2 * p,
    paguAkhir: 8 + 2 * p,
    unit: 9 + 2 * p,
    lokasi: 10 + 2 * p,
    cek: 11 + 2 * p,
    selisih: (t: number) => 12 + 2 * p + t,
    kolomAkhir: 11 + 3 * p,
  };
}

/** One row of the cascade: a heading (sasaran) or a row of a program, kegiatan or sub kegiatan. */
export type BarisCascade =
  | { jenis: "judul"; teks: string; /** The sasaran's name, or Program Penunjang. */ sasaran: string }
  | {
      jenis: "isi";
      tingkat: Tingkat;
      /** On the first row of its program, kegiatan or sub kegiatan only. */
      pokok?: { kode: string; nama: string; pagu: Record<string, number>; unit?: string; lokasi?: string };
      kinerja?: KinerjaRenstra;
    };

const menurutKode = <T extends { kode: string }>(a: T[]): T[] =>
  [...a].sort((x, y) => x.kode.localeCompare(y.kode));

function barisUnsur(
  tingkat: Tingkat,
  u: {
    kode: string;
    nama: string;
    pagu: Record<string, number>;
    kinerja?: KinerjaRenstra[];
    unit?: string;
    lokasi?: string;
  },
): BarisCascade[] {
  const kinerja = u.kinerja && u.kinerja.length > 0 ? u.kinerja : [undefined];
  return kinerja.map((k, i) => ({
    jenis: "isi",
    tingkat,
    ...(i === 0
      ? { pokok: { kode: u.kode, nama: u.nama, pagu: u.pagu, unit: u.unit, lokasi: u.lokasi } }
      : {}),
    ...(k ? { kinerja: k } : {}),
  }));
}

/**
 * The catalog's cascade as rows: under each sasaran (in document order) the programs that support
 * its indicators, then `Program Penunjang` for those that support none; each program followed by
 * its kegiatan and their sub kegiatan, in code order, one row per indicator.
 */
export function barisRenstra(k: Pick<KonteksLembar, "katalog">): BarisCascade[] {
  const program = k.katalog.program ?? [];
  const sasaranIndikator = new Map(barisKatalog(k.katalog).map((b) => [b.indikator.kode, b.sasaran]));
  const kelompok = new Map<string, Program[]>();
  for (const s of barisKatalog(k.katalog).map((b) => b.sasaran)) if (!kelompok.has(s)) kelompok.set(s, []);
  const penunjang: Program[] = [];
  for (const p of program) {
    const s = p.indikator.map((i) => sasaranIndikator.get(i)).find((x) => x !== undefined);
    if (s === undefined) penunjang.push(p);
    else kelompok.get(s)!.push(p);
  }
  const hasil: BarisCascade[] = [];
  const tulis = (judul: string, daftar: Program[], sasaran: string) => {
    if (daftar.length === 0) return;
    hasil.push({ jenis: "judul", teks: judul, sasaran });
    for (const p of menurutKode(daftar)) {
      hasil.push(...barisUnsur("Program", p));
      for (const g of menurutKode(p.kegiatan ?? [])) {
        hasil.push(...barisUnsur("Kegiatan", g));
        for (const s of menurutKode(g.subKegiatan)) hasil.push(...barisUnsur("Sub Kegiatan", s));
      }
    }
  };
  for (const [s, daftar] of kelompok) tulis(TEKS_CASCADE.sasaran(s), daftar, s);
  tulis(TEKS_CASCADE.penunjang, penunjang, TEKS_CASCADE.penunjang);
  return hasil;
}
