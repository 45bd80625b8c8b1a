import { tahunPeriodeKatalog } from "../../domain/types";
import { rujukan, sel } from "../alamat";
import { Rumus, selRumus } from "../rencana";
import { rumusSalin } from "../rumus";
import { KonteksLembar } from "./konteks-lembar";
import { tataLetakRenja } from "./tata-letak-renja";
import { KEPALA_RENSTRA, barisRenstra, tataLetakRenstra } from "./tata-letak-renstra";

/** Whether the catalog carries a Renstra cascade: a program with its own indicators or kegiatan. */
export const adaCascade = (k: Pick<KonteksLembar, "katalog">): boolean =>
  (k.katalog.program ?? []).some((p) => (p.kinerja?.length ?? 0) > 0 || (p.kegiatan?.length ?? 0) > 0);

/**
 * Where the Anggaran sheet reads a catalog program's numbers when the catalog has a cascade: its
 * pagu of a Renstra year from its row on the Renstra sheet, its realisation of the report year from
 * the Evaluasi Renja sheet (the same row). Undefined where the number stays typed on Anggaran.
 */
export function sumberAnggaranRenstra(k: KonteksLembar): {
  ada: boolean;
  pagu: (i: number, tahun: number) => Rumus | undefined;
  realisasi: (i: number, tahun: number) => Rumus | undefined;
} {
  const program = k.katalog.program ?? [];
  const periode = tahunPeriodeKatalog(k.katalog);
  const baris = new Map<string, number>();
  if (adaCascade(k))
    barisRenstra(k).forEach((b, j) => {
      if (b.jenis === "isi" && b.tingkat === "Program" && b.pokok)
        baris.set(b.pokok.kode, KEPALA_RENSTRA + 1 + j);
    });
  const r = (i: number) => (program[i] ? baris.get(program[i].kode) : undefined);
  const salin = (lembar: string, kolom: number, b: number) =>
    selRumus(rumusSalin(rujukan(lembar, sel(kolom, b))));
  return {
    ada: baris.size > 0,
    pagu: (i, tahun) => {
      const b = r(i);
      const t = periode.indexOf(tahun);
      return b === undefined || t < 0
        ? undefined
        : salin(k.nama.renstra, tataLetakRenstra(periode).pagu(t), b);
    },
    realisasi: (i, tahun) => {
      const b = r(i);
      return b === undefined || tahun !== k.tahunLaporan
        ? undefined
        : salin(k.nama.evaluasiRenja, tataLetakRenja().realisasiRp, b);
    },
  };
}
