/**
 * The quarter's two tables on any sheet, found by their exact header texts (PRODUCT.md, "The
 * quarter"): the `Rencana Aksi` table (its Status per indicator) and the `Triwulan` sheet's
 * `Cek Target TW` columns. Pure: the Office.js reader (src/excel/triwulan) gives it cell values
 * and turns row indexes into addresses. The sheets compute the verdicts; this only reads them.
 */
import {
  KATA_CEK_TARGET,
  KATA_STATUS_TW,
  KOLOM_CEK_TARGET_TW,
  KOLOM_RENCANA_AKSI,
  TRIWULAN,
} from "../../domain/triwulan";

/** The quarters, as the sheets head them. */
export const TW = TRIWULAN;

/** The Rencana Aksi header for year N, cell for cell (PRODUCT.md), as the sheet writes it. */
export { KOLOM_RENCANA_AKSI };

/** The Rencana Aksi Status words the pane lists, and the fit check's misfit word. */
export const STATUS_TW = {
  terlambat: KATA_STATUS_TW.terlambat,
  belumDiisi: KATA_STATUS_TW.belumDiisi,
} as const;
export const CEK_TARGET_TW = KOLOM_CEK_TARGET_TW;
export const TIDAK_SESUAI = KATA_CEK_TARGET.tidakSesuai;

const teksSel = (v: unknown): string => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "");

/** Where the Rencana Aksi header stands in a grid (0-based) and the columns the pane reads. */
export interface KepalaRencanaAksi {
  baris: number;
  /** First and last header column: the row a click selects. */
  kolom: number;
  lebar: number;
  tahun: number;
  kolomNo: number;
  kolomIndikator: number;
  kolomRealisasi: number[];
  kolomCapaian: number;
  kolomStatus: number;
}

/**
 * The first row holding every Rencana Aksi header cell in order (other columns may stand between
 * them, a planner's own), from any column; undefined when no row does.
 *
 * @example cariKepalaRencanaAksi([["x"], KOLOM_RENCANA_AKSI(2026)])
 * //=> { baris: 1, kolom: 0, lebar: 19, tahun: 2026, kolomNo: 0, kolomIndikator: 2, … kolomStatus: 18 }
 */
export function cariKepalaRencanaAksi(kisi: readonly (readonly unknown[])[]): KepalaRencanaAksi | undefined {
  for (let r = 0; r < kisi.length; r++) {
    const baris = (kisi[r] ?? []).map(teksSel);
    const target = baris.map((t) => /^Target (\d{4})$/.exec(t)).find((m) => m !== null);
    if (!target || !baris.includes("Status")) continue;
    const tahun = Number(target[1]);
    const posisi: number[] = [];
    let j = baris.indexOf("No");
    for (const kepala of KOLOM_RENCANA_AKSI(tahun)) {
      j = j < 0 ? -1 : baris.indexOf(kepala, posisi.length === 0 ? j : j + 1);
      if (j < 0) break;
      posisi.push(j);
    }
    if (posisi.length < KOLOM_RENCANA_AKSI(tahun).length) continue;
    const di = (kepala: string) => posisi[KOLOM_RENCANA_AKSI(tahun).indexOf(kepala)];
    return {
      baris: r,
      kolom: posisi[0],
      lebar: posisi[posisi.length - 1] - posisi[0] + 1,
      tahun,
      kolomNo: di("No"),
      kolomIndikator: di("Indikator Kinerja"),
      kolomRealisasi: TW.map((t) => di(`Realisasi ${t}`)),
      kolomCapaian: di("Capaian s.d. TW"),
      kolomStatus: di("Status"),
    };
  }
  return undefined;
}

/** One `Cek Target TW` column and the year it checks (undefined when the header does not say). */
export interface KolomCek {
  kolom: number;
  tahun?: number;
}

/** Where the Triwulan header stands (0-based; `baris` is the row of the Cek Target TW cells). */
export interface KepalaTriwulan {
  baris: number;
  kolom: number;
  lebar: number;
  kolomNo?: number;
  kolomIndikator: number;
  cek: KolomCek[];
}

/** How far above the Cek Target TW row the rest of a multi-row header may stand. */
const TINGGI_KEPALA = 2;

const tahunDi = (t: string): number | undefined => {
  const m = /\b(\d{4})$/.exec(t);
  return m ? Number(m[1]) : undefined;
};

/**
 * The year a Cek Target TW column checks: in its own header ("Cek Target TW 2026"), else the
 * nearest header with a year to its left in the same group (after the previous Cek column:
 * "Realisasi 2026"), else the group title above it ("Tahun 2026", merged from the group's start).
 */
function tahunCek(
  kisi: readonly (readonly unknown[])[],
  r: number,
  c: number,
  awalGrup: number,
): number | undefined {
  const sendiri = tahunDi(teksSel(kisi[r]?.[c]));
  if (sendiri !== undefined) return sendiri;
  for (let j = c - 1; j > awalGrup; j--) {
    const y = tahunDi(teksSel(kisi[r]?.[j]));
    if (y !== undefined) return y;
  }
  for (let b = r - 1; b >= Math.max(0, r - TINGGI_KEPALA); b--)
    for (let j = c; j > awalGrup; j--) {
      const t = teksSel(kisi[b]?.[j]);
      if (t) {
        const y = tahunDi(t);
        if (y !== undefined) return y;
        break;
      }
    }
  return undefined;
}

/**
 * The first row with `Cek Target TW` cells (alone or with their year) and an `Indikator Kinerja`
 * cell in it or up to two rows above (a two-row header); undefined when no row has both.
 *
 * @example cariKepalaTriwulan([["No", "Indikator Kinerja", "Target 2026", "Cek Target TW"]]).cek
 * //=> [{ kolom: 3, tahun: 2026 }]
 */
export function cariKepalaTriwulan(kisi: readonly (readonly unknown[])[]): KepalaTriwulan | undefined {
  for (let r = 0; r < kisi.length; r++) {
    const baris = kisi[r] ?? [];
    const kolomCek = baris
      .map((v, c) => (new RegExp(`^${CEK_TARGET_TW}( \\d{4})?$`).test(teksSel(v)) ? c : -1))
      .filter((c) => c >= 0);
    if (kolomCek.length === 0) continue;
    let kolomIndikator = -1;
    let kolomNo: number | undefined;
    for (let b = r; b >= Math.max(0, r - TINGGI_KEPALA) && kolomIndikator < 0; b--) {
      const teks = (kisi[b] ?? []).map(teksSel);
      kolomIndikator = teks.indexOf("Indikator Kinerja");
      if (kolomIndikator >= 0 && teks.includes("No")) kolomNo = teks.indexOf("No");
    }
    if (kolomIndikator < 0) continue;
    const kolom = Math.min(kolomIndikator, kolomNo ?? kolomIndikator);
    const cek = kolomCek.map((c, i) => ({
      kolom: c,
      tahun: tahunCek(kisi, r, c, i === 0 ? kolom : kolomCek[i - 1]),
    }));
    return {
      baris: r,
      kolom,
      lebar: kolomCek[kolomCek.length - 1] - kolom + 1,
      kolomNo,
      kolomIndikator,
      cek,
    };
  }
  return undefined;
}

/** A Rencana Aksi row as read: number, indicator, the four realisations, capaian to date, status. */
export interface BarisRencanaAksi {
  no: unknown;
  indikator: unknown;
  realisasi: readonly unknown[];
  capaian: unknown;
  status: unknown;
}

/** One indicator the pane lists: its index among the rows given and what the sheet says of it. */
export interface ButirRencanaAksi {
  indeks: number;
  no: string;
  indikator: string;
  /** The sheet's Status word (or the error it shows). */
  status: string;
  /** The quarters whose realisation is filled (0 is filled), as 0-based indexes. */
  terisi: number[];
  capaian?: number;
}

const teksBebas = (v: unknown): string =>
  v === null || v === undefined ? "" : String(v).replace(/\s+/g, " ").trim();

/**
 * The indicators whose Status is `Terlambat` or `Belum Diisi`, in sheet order; rows without an
 * indicator (notes under the table) are not indicators.
 *
 * @example daftarRencanaAksi([{ no: 1, indikator: "A", realisasi: [0.1, "", "", ""], capaian: 0.5,
 *   status: "Terlambat" }])
 * //=> [{ indeks: 0, no: "1", indikator: "A", status: "Terlambat", terisi: [0], capaian: 0.5 }]
 */
export function daftarRencanaAksi(baris: readonly BarisRencanaAksi[]): ButirRencanaAksi[] {
  const dicari: readonly string[] = Object.values(STATUS_TW);
  const hasil: ButirRencanaAksi[] = [];
  baris.forEach((b, indeks) => {
    const indikator = teksBebas(b.indikator);
    const status = teksSel(b.status);
    if (!indikator || !dicari.includes(status)) return;
    const terisi = TW.map((_, q) => q).filter((q) => typeof b.realisasi[q] === "number");
    const butir: ButirRencanaAksi = { indeks, no: teksBebas(b.no), indikator, status, terisi };
    if (typeof b.capaian === "number") butir.capaian = b.capaian;
    hasil.push(butir);
  });
  return hasil;
}

/** Rows of the Rencana Aksi with an indicator: the ones checked. */
export const jumlahIndikator = (baris: readonly { indikator: unknown }[]): number =>
  baris.filter((b) => teksBebas(b.indikator) !== "").length;

/** A Triwulan row as read: number, indicator and the chosen Cek Target TW cell. */
export interface BarisCekTarget {
  no: unknown;
  indikator: unknown;
  cek: unknown;
}

/** The indicators whose quarterly targets do not fit (`Tidak Sesuai`), in sheet order. */
export function daftarTidakSesuai(
  baris: readonly BarisCekTarget[],
): Array<{ indeks: number; no: string; indikator: string }> {
  return baris.flatMap((b, indeks) => {
    const indikator = teksBebas(b.indikator);
    return indikator && teksSel(b.cek) === TIDAK_SESUAI ? [{ indeks, no: teksBebas(b.no), indikator }] : [];
  });
}

/**
 * The quarter under way in year `tahun` on date `sekarang`, 0-based: TW IV for a past year,
 * TW I for a year not begun.
 *
 * @example triwulanBerjalan(2026, new Date(2026, 7, 15)) //=> 2
 */
export function triwulanBerjalan(tahun: number, sekarang: Date): number {
  const kini = sekarang.getFullYear();
  if (tahun < kini) return TW.length - 1;
  if (tahun > kini) return 0;
  return Math.floor(sekarang.getMonth() / 3);
}

/**
 * The Cek Target TW column to read: the one of `tahun` (the Rencana Aksi's year) when given, else
 * of this year, else of the latest year before it, else the first column.
 *
 * @example cekUntukTahun([{ kolom: 9, tahun: 2025 }, { kolom: 19, tahun: 2026 }], undefined, 2027).kolom //=> 19
 */
export function cekUntukTahun(
  cek: readonly KolomCek[],
  tahun: number | undefined,
  kini: number,
): KolomCek | undefined {
  const tanpaTahun = cek.length === 1 && cek[0].tahun === undefined ? cek[0] : undefined;
  if (tahun !== undefined) return cek.find((c) => c.tahun === tahun) ?? tanpaTahun;
  const lalu = cek.filter((c) => c.tahun !== undefined && c.tahun <= kini);
  return cek.find((c) => c.tahun === kini) ?? lalu[lalu.length - 1] ?? cek[0];
}
