import { Bahasa } from "../../bahasa";
import { Katalog } from "../../domain/types";
import { buatKonteks } from "./konteks-lembar";
import { lembarDasbor } from "./lembar-dasbor";
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
   * The year the dashboard, the LKjIP and the PK show; a year outside the catalog falls back to
   * `tahunBawaan`, one outside the Renstra period to its nearest year for the LKjIP and PK.
   */
  tahunAktif?: number;
  bahasa?: Bahasa;
}

/** This year when the catalog has it, else the latest catalog year before it, else the first. */
export function tahunBawaan(katalog: Katalog, sekarang: Date = new Date()): number {
  const kini = sekarang.getFullYear();
  if (katalog.tahun.includes(kini)) return kini;
  const lalu = katalog.tahun.filter((y) => y < kini);
  return lalu.length > 0 ? Math.max(...lalu) : katalog.tahun[0];
}

/**
 * The whole IKU workbook as a plan: sheets IKU, Triwulan, Rencana Aksi, Formulasi, Dashboard, Anggaran,
 * Renstra, LKjIP and PK, under the free names the writer found. Pure: the same catalog and names give the same
 * plan. Each sheet is built from one context, so all agree on rows, columns, names and year.
 *
 * @example buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }).lembar.map((l) => l.nama)
 * // ["IKU", "Triwulan", "Rencana Aksi", "Formulasi", "Dashboard", "Anggaran", "Renstra", "LKjIP", "PK"]
 */
export function buatRencana(katalog: Katalog, nama: NamaLembar, opsi: OpsiRencana = {}): RencanaBuku {
  const tahun =
    opsi.tahunAktif !== undefined && katalog.tahun.includes(opsi.tahunAktif)
      ? opsi.tahunAktif
      : tahunBawaan(katalog);
  const k = buatKonteks(katalog, nama, tahun, opsi.bahasa ?? "id");
  const lembar = [
    lembarIku,
    lembarTriwulan,
    lembarRencanaAksi,
    lembarFormulasi,
    lembarDasbor,
    lembarAnggaran,
    lembarRenstra,
    lembarLkjip,
    lembarPk,
  ].map((buat) => buat(k));
  // Every printed sheet numbers its pages the same way.
  for (const l of lembar) if (l.cetak) l.cetak.kakiHalaman ??= k.teks.kakiHalaman;
  return { lembar, aktif: nama.iku };
}
