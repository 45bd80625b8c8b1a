/** Reads one header cell: is it a target, a realisation, a polarity or a label, and of which period. */

export type Peran = "target" | "realisasi" | "polaritas" | "label" | "lain";

export interface Judul {
  peran: Peran;
  /** Comparable period key: "2025", "tw1", "" when none. */
  kunci: string;
  /** The period as written, for display. */
  periode: string;
}

const TARGET = /^(target|rencana|tgt|planned|plan)(?![a-z])/;
const REALISASI = /^(realisasi|realisai|real\.|actual|realization|realisation)(?![a-z])/;
const POLARITAS = /^(polaritas|polarity|arah polaritas)\b/;
const LABEL = /^(indikator|indicator|uraian|nama indikator|kpi)\b/;
/** Words around a period that say nothing: "Target Kinerja Sasaran Pada Tahun 2025". */
const PENGISI = /\b(kinerja|sasaran|pada|tahun|thn|th|year|tahunan|indikator|iku|nilai|value)\b\.?/g;
/** Budget columns pair up too, but are not performance: they are left alone. */
const ANGGARAN = /\b(anggaran|keuangan|pagu|dana|rp|budget)\b/;

const ROMAWI: Record<string, string> = { i: "1", ii: "2", iii: "3", iv: "4" };

/** Header text without case, line breaks, repeated spaces or a trailing colon. */
export function rapikan(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v)
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .replace(/[:*]+$/, "")
    .trim()
    .toLowerCase();
}

/** "Triwulan III", "TW 3", "Q3" → "tw3"; "Semester I" → "s1"; years and the rest as they are. */
export function kunciPeriode(teks: string): string {
  return teks
    .replace(/\((?![^)]*\d)[^)]*\)/g, " ")
    .replace(
      /\b(triwulan|trw|tw|quarter|q)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/g,
      (_, __, n: string) => `tw${ROMAWI[n] ?? n}`,
    )
    .replace(/\b(semester|smt|sem)\s*\.?\s*(ii|i|[12])\b/g, (_, __, n: string) => `s${ROMAWI[n] ?? n}`)
    .replace(/\bs\s*[./]?\s*d\b\.?/g, "sd")
    .replace(/[^a-z0-9]+/g, "");
}

/** A period on its own, as the upper row of a two-row header writes it: "2025", "Tahun 2025", "TW I". */
export function hanyaPeriode(teks: string): boolean {
  const k = kunciPeriode(rapikan(teks).replace(PENGISI, " "));
  return /^((19|20)\d\d)?(sd)?(tw[1-4]|s[12])?((19|20)\d\d)?$/.test(k) && k !== "" && k !== "sd";
}

/** Classifies a header text (already through `rapikan` or raw). */
export function bacaJudul(mentah: unknown): Judul {
  const t = rapikan(mentah);
  const lain: Judul = { peran: "lain", kunci: "", periode: "" };
  if (t === "") return lain;
  if (POLARITAS.test(t)) return { ...lain, peran: "polaritas" };
  if (LABEL.test(t)) return { ...lain, peran: "label" };
  const kata = TARGET.exec(t) ?? REALISASI.exec(t);
  if (!kata) return lain;
  const sisa = t.slice(kata[0].length);
  if (ANGGARAN.test(sisa)) return lain;
  const peran: Peran = TARGET.test(t) ? "target" : "realisasi";
  const tanpaPengisi = sisa.replace(PENGISI, " ");
  return { peran, kunci: kunciPeriode(tanpaPengisi), periode: tampilPeriode(mentah, kata[0].length) };
}

/** The period part of the original header, keeping the user's spelling: "Target\nTW I" → "TW I". */
function tampilPeriode(mentah: unknown, panjangKata: number): string {
  const asli = String(mentah)
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
  const sisa = asli
    .slice(panjangKata)
    .replace(PENGISI_ASLI, " ")
    .replace(/\((?![^)]*\d)[^)]*\)/g, " ");
  return sisa.replace(/\s+/g, " ").replace(/^[\s:\-–]+|[\s:*]+$/g, "");
}

const PENGISI_ASLI = new RegExp(PENGISI.source, "gi");
