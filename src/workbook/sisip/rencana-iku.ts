import { Bahasa } from "../../bahasa";
import { Katalog } from "../../domain/types";
import { buatKonteks } from "./konteks-lembar";
import { lembarDasbor } from "./lembar-dasbor";
import { lembarEvaluasiRenja } from "./lembar-evaluasi-renja";
import { lembarFormulasi } from "./lembar-formulasi";
import { lembarAnggaran } from "./lembar-anggaran";
import { lembarIku } from "./lembar-iku";
import { lembarLkjip } from "./lembar-lkjip";
import { lembarPk } from "./lembar-pk";
import { lembarRencanaAksi } from "./lembar-rencana-aksi";
import { lembarRenstra } from "./lembar-renstra";
import { lembarTriwulan } from "./lembar-triwulan";
import { NamaLembar, RencanaBuku } from "../rencana";

export interface OpsiRencana {
  /**
   * The report year: the dashboard, the LKjIP and the Evaluasi Renja show it (a report is written
   * for last year). A year outside the catalog falls back to `tahunSisipBawaan`, one outside the
   * Renstra period to its nearest year for the LKjIP.
   */
  tahunAktif?: number;
  /**
   * The plan year: the PK and the Rencana Aksi are for it (this year). Without it, the report year
   * when that is given (as before there were two), else `tahunSisipBawaan`.
   */
  tahunRencana?: number;
  bahasa?: Bahasa;
}

/** The two years an insertion asks for. */
export interface TahunSisip {
  /** LKjIP and Evaluasi Renja: last year. */
  laporan: number;
  /** PK and Rencana Aksi: this year. */
  rencana: number;
}

/** This year when the catalog has it, else the latest catalog year before it, else the first. */
export function tahunBawaan(katalog: Katalog, sekarang: Date = new Date()): number {
  const kini = sekarang.getFullYear();
  if (katalog.tahun.includes(kini)) return kini;
  const lalu = katalog.tahun.filter((y) => y < kini);
  return lalu.length > 0 ? Math.max(...lalu) : katalog.tahun[0];
}

/**
 * The pane's and the ribbon's defaults: last year to report on, this year to plan, each moved into
 * the catalog's years as `tahunBawaan` does.
 *
 * @example tahunSisipBawaan(KATALOG_BAWAAN, new Date(2026, 0, 15)) //=> { laporan: 2025, rencana: 2026 }
 */
export function tahunSisipBawaan(katalog: Katalog, sekarang: Date = new Date()): TahunSisip {
  const lalu = new Date(sekarang.getFullYear() - 1, 6, 1);
  return { laporan: tahunBawaan(katalog, lalu), rencana: tahunBawaan(katalog, sekarang) };
}

/**
 * The whole IKU workbook as a plan: sheets IKU, Triwulan, Rencana Aksi, Formulasi, Dashboard, Anggaran,
 * Renstra, Evaluasi Renja, LKjIP and PK, under the free names the writer found. Pure: the same catalog and names give the same
 * plan. Each sheet is built from one context, so all agree on rows, columns, names and year.
 *
 * @example buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }).lembar.map((l) => l.nama)
 * // ["IKU", "Triwulan", "Rencana Aksi", "Formulasi", "Dashboard", "Anggaran", "Renstra", "Evaluasi Renja",
 * //  "LKjIP", "PK"]
 */
export function buatRencana(katalog: Katalog, nama: NamaLembar, opsi: OpsiRencana = {}): RencanaBuku {
  const ada = (y: number | undefined): y is number => y !== undefined && katalog.tahun.includes(y);
  const bawaan = tahunSisipBawaan(katalog);
  const tahun = ada(opsi.tahunAktif) ? opsi.tahunAktif : bawaan.laporan;
  const rencana = ada(opsi.tahunRencana) ? opsi.tahunRencana : ada(opsi.tahunAktif) ? tahun : bawaan.rencana;
  const k = buatKonteks(katalog, nama, tahun, opsi.bahasa ?? "id", rencana);
  const lembar = [
    lembarIku,
    lembarTriwulan,
    lembarRencanaAksi,
    lembarFormulasi,
    lembarDasbor,
    lembarAnggaran,
    lembarRenstra,
    lembarEvaluasiRenja,
    lembarLkjip,
    lembarPk,
  ].map((buat) => buat(k));
  // Every printed sheet numbers its pages the same way.
  for (const l of lembar) if (l.cetak) l.cetak.kakiHalaman ??= k.teks.kakiHalaman;
  return { lembar, aktif: nama.iku };
}
