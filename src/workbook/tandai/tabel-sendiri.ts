/**
 * The tables our own insertion leaves on the LKjIP sheet, recognised by their title and header
 * texts (the contract in src/domain/judul-lkjip.ts), not by the sheet's name, which a planner may
 * change. Table 3.1 sets target against realisation and is judged like any table; 3.2–3.5 compare
 * other things and are skipped with the reason.
 */
import type { Teks } from "../../bahasa";
import { JUDUL_TABEL, KOLOM_31, KOLOM_32, KOLOM_33, KOLOM_34, KOLOM_35 } from "../../domain/judul-lkjip";
import { NilaiSel } from "./tipe";

interface TabelSendiri {
  /** The title as inserted, for a year n. */
  judul: (n: number) => string;
  /** The header texts as inserted for year n (and each possible first year of the period). */
  kepala: (n: number) => string[][];
  /** Why it is not judged; absent when it is. */
  alasan?: Teks;
}

const TABEL: TabelSendiri[] = [
  { judul: JUDUL_TABEL.t31, kepala: (n) => [KOLOM_31(n)] },
  {
    judul: () => JUDUL_TABEL.t32,
    kepala: (n) => [KOLOM_32(n, n - 1), KOLOM_32(n, n)],
    alasan: {
      id: "Tabel 3.2 membandingkan realisasi dengan tahun sebelumnya, bukan target dengan realisasi; realisasi dinilai di Tabel 3.1.",
      en: "Table 3.2 compares realisation with the year before, not target with realisation; realisation is judged in Table 3.1.",
    },
  },
  {
    judul: () => JUDUL_TABEL.t33,
    kepala: (n) => [KOLOM_33(n)],
    alasan: {
      id: "Tabel 3.3 membandingkan realisasi sampai tahun ini dengan target akhir Renstra: di tengah periode, di bawah 100% belum berarti meleset. Realisasi tahunan dinilai di Tabel 3.1.",
      en: "Table 3.3 compares realisation to date with the end-of-period target: mid-period, below 100% is no miss yet. Yearly realisation is judged in Table 3.1.",
    },
  },
  {
    judul: () => JUDUL_TABEL.t34,
    kepala: (n) => [KOLOM_34(n)],
    alasan: {
      id: "Tabel 3.4 berisi anggaran (pagu, realisasi anggaran, serapan) dan efisiensi, bukan target dan realisasi kinerja.",
      en: "Table 3.4 holds the budget (pagu, spending, absorption) and efficiency, not performance targets and realisation.",
    },
  },
  {
    judul: () => JUDUL_TABEL.t35,
    kepala: (n) => [KOLOM_35(n)],
    alasan: {
      id: "Tabel 3.5 berisi analisis penyebab yang diketik perencana; tidak ada target dan realisasi untuk dinilai.",
      en: "Table 3.5 holds the planner's analysis of causes; there is no target and realisation to judge.",
    },
  },
];

const teks = (baris: readonly NilaiSel[]): string[] =>
  baris.flatMap((v) => (v === null || v === undefined || String(v).trim() === "" ? [] : [String(v).trim()]));

/** A row holding only one of our table titles: the tables it may be (3.1 names its year). */
export function judulSendiri(
  baris: readonly NilaiSel[],
): { judul: string; calon: TabelSendiri[] } | undefined {
  const isi = teks(baris);
  if (isi.length !== 1 || !isi[0].startsWith("Tabel 3.")) return undefined;
  const tahun = Number(/(\d{4})$/.exec(isi[0])?.[1] ?? 0);
  const calon = TABEL.filter((t) => t.judul(tahun) === isi[0]);
  return calon.length > 0 ? { judul: isi[0], calon } : undefined;
}

/**
 * Whether the row under such a title is the table's inserted header: "dinilai" for one judged as
 * any table, the reason for one skipped, undefined when the header is not ours (a planner's own
 * table under a title like ours is read as any table).
 */
export function kepalaSendiri(
  calon: readonly TabelSendiri[],
  baris: readonly NilaiSel[],
): "dinilai" | Teks | undefined {
  const isi = teks(baris);
  const tahun = new Set(isi.flatMap((t) => [...t.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]))));
  for (const t of calon)
    for (const y of tahun)
      for (const n of [y, y + 1])
        if (t.kepala(n).some((k) => k.length === isi.length && k.every((x, i) => x === isi[i])))
          return t.alasan ?? "dinilai";
  return undefined;
}
