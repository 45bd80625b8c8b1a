import { Bahasa } from "../../bahasa";
import { Katalog, BarisIndikator, barisKatalog, tahunPeriodeKatalog } from "../../domain/types";
import { rujukan, sel } from "../alamat";
import { NamaLembar, Rumus, selRumus } from "../rencana";
import { rumusSalin } from "../rumus";
import {
  TataLetakAnggaran,
  TataLetakIku,
  TataLetakTriwulan,
  tataLetakAnggaran,
  tataLetakIku,
  tataLetakTriwulan,
} from "./tata-letak";
import { TEKS_LEMBAR, TeksLembar } from "./teks-lembar";

/**
 * What every sheet builder is given: the catalog, the names of all sheets, where the shared
 * sheets put things, the years and the texts. Built once per plan, so sheets agree by construction.
 */
export interface KonteksLembar {
  katalog: Katalog;
  /** The catalog's indicators in document order, with their number, tujuan and sasaran. */
  baris: BarisIndikator[];
  /** The final, free names of all sheets, for references across them. */
  nama: NamaLembar;
  tataIku: TataLetakIku;
  tataAnggaran: TataLetakAnggaran;
  tataTriwulan: TataLetakTriwulan;
  /** The active year (a catalog year), shown by the dashboard. */
  tahunAktif: number;
  /** The year the LKjIP and Evaluasi Renja report: the active year, moved into the Renstra period. */
  tahunLaporan: number;
  /** The year the PK and Rencana Aksi plan (usually the report year + 1), moved into the Renstra period. */
  tahunRencana: number;
  bahasa: Bahasa;
  teks: TeksLembar;
  /**
   * A copy of indicator `i`'s cell in an IKU sheet column (its text typed once, there), blank
   * while that is blank: a sheet refers to the IKU sheet rather than repeating its words.
   */
  dariIku: (kolom: keyof TataLetakIku["kolom"], i: number) => Rumus;
}

/** A year moved into the Renstra period: itself when it lies there, else the nearest year of the period. */
export function tahunLaporan(katalog: Katalog, tahunAktif: number): number {
  const periode = tahunPeriodeKatalog(katalog);
  if (periode.includes(tahunAktif)) return tahunAktif;
  return tahunAktif < periode[0] ? periode[0] : periode[periode.length - 1];
}

/**
 * The context of one plan for `tahunAktif` (the report year) and `tahunRencana` (the plan year),
 * years of the catalog.
 *
 * @example buatKonteks(KATALOG_BAWAAN, NAMA_DASAR, 2025, "id").tataIku.barisAwal // 6
 */
export function buatKonteks(
  katalog: Katalog,
  nama: NamaLembar,
  tahunAktif: number,
  bahasa: Bahasa,
  tahunRencana = tahunAktif,
): KonteksLembar {
  const tataIku = tataLetakIku(katalog);
  return {
    katalog,
    baris: barisKatalog(katalog),
    nama,
    tataIku,
    tataAnggaran: tataLetakAnggaran(katalog),
    tataTriwulan: tataLetakTriwulan(katalog),
    tahunAktif,
    tahunLaporan: tahunLaporan(katalog, tahunAktif),
    tahunRencana: tahunLaporan(katalog, tahunRencana),
    bahasa,
    teks: TEKS_LEMBAR[bahasa],
    dariIku: (kolom, i) =>
      selRumus(rumusSalin(rujukan(nama.iku, sel(tataIku.kolom[kolom], tataIku.baris(i))))),
  };
}
