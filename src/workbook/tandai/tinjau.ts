import type { Teks } from "../../bahasa";
import { bacaAngka } from "../../domain/baca-angka";
import { hitungCapaian, tercapai } from "../../domain/capaian";
import { adalahGalat, kodeGalatSel, masihDihitung } from "../../domain/galat";
import { bacaPolaritas } from "../../domain/polaritas";
import { predikat } from "../../domain/predikat";
import { Polaritas } from "../../domain/types";
import { Kerangka, Kisi, NilaiSel, PasanganKolom, TabelTerdeteksi } from "./tipe";

/** Why a pair of cells was or was not judged; only "Tidak Tercapai" is flagged. */
export type StatusButir = "Tercapai" | "Tidak Tercapai" | "Belum diisi" | "Angka teks" | "Galat";

/** One realisation cell compared with its target; rows and columns are 0-based in the grid. */
export interface ButirTinjauan {
  baris: number;
  pasangan: PasanganKolom;
  label: string;
  target: NilaiSel;
  realisasi: NilaiSel;
  polaritas?: Polaritas;
  capaian?: number;
  predikat?: string;
  status: StatusButir;
  /** The domain's message for a Galat (zero target, unknown polarity), in both languages. */
  pesan?: Teks;
}

/** A number typed as text: not flagged until converted, so the pane names it. */
export interface SelTeks {
  baris: number;
  kolom: number;
  teks: string;
  angka: number;
}

export interface RingkasanPeriode {
  periode: string;
  tercapai: number;
  dinilai: number;
}

export interface Tinjauan {
  butir: ButirTinjauan[];
  teks: SelTeks[];
  ringkasan: RingkasanPeriode[];
}

const selKosong = (v: NilaiSel): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The row's label as one line of text. */
export function labelBaris(kisi: Kisi, tabel: TabelTerdeteksi, r: number): string {
  return labelDari(kisi[r] ?? [], tabel, r);
}

/** The label of row `r` from its own cells; "Baris n" when it has none. */
function labelDari(baris: readonly NilaiSel[], tabel: Kerangka, r: number): string {
  const v = tabel.kolomLabel === undefined ? undefined : baris[tabel.kolomLabel];
  const t = selKosong(v) ? "" : String(v).replace(/\s+/g, " ").trim();
  return t || `Baris ${r + 1}`;
}

/** A cell whose value Excel has not computed yet (#BUSY!, #GETTING_DATA). */
export interface SelDihitung {
  baris: number;
  kolom: number;
  kode: string;
}

/**
 * The first cell of `kolom` (every column when absent) still being computed: judging it now would
 * call a cell whose custom function has not answered an error of the planner's.
 *
 * @example selDihitung([["Target", "Realisasi"], [10, "#BUSY!"]]) //=> { baris: 1, kolom: 1, kode: "#BUSY!" }
 */
export function selDihitung(kisi: Kisi, kolom?: readonly number[]): SelDihitung | undefined {
  for (let r = 0; r < kisi.length; r++) {
    const baris = kisi[r] ?? [];
    for (const c of kolom ?? baris.keys()) {
      const kode = kodeGalatSel(baris[c]);
      if (masihDihitung(kode)) return { baris: r, kolom: c, kode: kode as string };
    }
  }
  return undefined;
}

/**
 * One data row judged with the domain rules (the same ones the flag formulas follow: numbers
 * only, polarity per row): a butir per pair, and the numbers stored as text in its pair columns.
 */
export function nilaiBaris(
  baris: readonly NilaiSel[],
  r: number,
  tabel: Kerangka,
): { butir: ButirTinjauan[]; teks: SelTeks[] } {
  const teks: SelTeks[] = [];
  for (const c of new Set(tabel.pasangan.flatMap((p) => [p.kolomTarget, p.kolomRealisasi]))) {
    const v = baris[c];
    const n = bacaAngka(v);
    if (typeof v === "string" && typeof n === "number")
      // 15 significant digits, as Excel keeps them: "41%" is 0.41, not 0.41000000000000003.
      teks.push({ baris: r, kolom: c, teks: v, angka: Number(n.toPrecision(15)) });
  }
  const label = labelDari(baris, tabel, r);
  return { butir: tabel.pasangan.map((p) => nilaiButir(baris, tabel, r, p, label)), teks };
}

/** Counts per pair of judged butir: what the pane's summary line shows. */
export function ringkasPeriode(
  pasangan: readonly PasanganKolom[],
  butir: readonly ButirTinjauan[],
): RingkasanPeriode[] {
  return pasangan.map((p) => {
    const milik = butir.filter((b) => b.pasangan === p);
    const dinilai = milik.filter((b) => b.status === "Tercapai" || b.status === "Tidak Tercapai").length;
    return { periode: p.periode, tercapai: milik.filter((b) => b.status === "Tercapai").length, dinilai };
  });
}

/** Judges every data row of a detected table in a whole grid. */
export function tinjau(kisi: Kisi, tabel: TabelTerdeteksi): Tinjauan {
  const butir: ButirTinjauan[] = [];
  const teks: SelTeks[] = [];
  for (const r of tabel.barisData) {
    const satu = nilaiBaris(kisi[r] ?? [], r, tabel);
    butir.push(...satu.butir);
    teks.push(...satu.teks);
  }
  return { butir, teks, ringkasan: ringkasPeriode(tabel.pasangan, butir) };
}

function nilaiButir(
  baris: readonly NilaiSel[],
  tabel: Kerangka,
  r: number,
  p: PasanganKolom,
  label: string,
): ButirTinjauan {
  const target = baris[p.kolomTarget];
  const realisasi = baris[p.kolomRealisasi];
  const dasar = { baris: r, pasangan: p, label, target, realisasi };
  if (selKosong(target) || selKosong(realisasi)) {
    // TRUE/FALSE next to a blank is still not a number: say so rather than "Belum diisi".
    const logika =
      typeof target === "boolean"
        ? bacaAngka(target, "target")
        : typeof realisasi === "boolean"
          ? bacaAngka(realisasi, "realisasi")
          : undefined;
    if (adalahGalat(logika)) return { ...dasar, status: "Galat", pesan: logika.pesan };
    return { ...dasar, status: "Belum diisi" };
  }
  for (const [v, nama] of [
    [target, "target"],
    [realisasi, "realisasi"],
  ] as const) {
    const n = bacaAngka(v, nama);
    if (adalahGalat(n)) return { ...dasar, status: "Galat", pesan: n.pesan };
  }
  if (typeof target !== "number" || typeof realisasi !== "number") return { ...dasar, status: "Angka teks" };
  const pol = tabel.kolomPolaritas === undefined ? "positif" : bacaPolaritas(baris[tabel.kolomPolaritas]);
  if (adalahGalat(pol)) return { ...dasar, status: "Galat", pesan: pol.pesan };
  const capaian = hitungCapaian(realisasi, target, pol);
  if (adalahGalat(capaian)) return { ...dasar, polaritas: pol, status: "Galat", pesan: capaian.pesan };
  const status = tercapai(capaian) ? "Tercapai" : "Tidak Tercapai";
  return { ...dasar, polaritas: pol, capaian, predikat: predikat(capaian), status };
}
