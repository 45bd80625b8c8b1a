/**
 * ringkasan.csv: one row per judged cell, plus one row per file or sheet that could not be
 * checked. Semicolons and decimal commas, UTF-8 with a BOM: what Excel in Indonesian opens
 * correctly with a double click.
 */
export interface BarisRingkasan {
  berkas: string;
  lembar: string;
  periode: string;
  indikator: string;
  sel: string;
  target: unknown;
  realisasi: unknown;
  capaian?: number;
  predikat: string;
  status: string;
  keterangan: string;
}

/** A row for a file or sheet that could not be checked: only where, what and why. */
export function barisTanpaTabel(
  berkas: string,
  lembar: string,
  status: string,
  keterangan: string,
): BarisRingkasan {
  const kosong = { periode: "", indikator: "", sel: "", target: "", realisasi: "", predikat: "" };
  return { berkas, lembar, ...kosong, status, keterangan };
}

export const JUDUL_RINGKASAN = [
  "Berkas",
  "Lembar",
  "Periode",
  "Indikator",
  "Sel",
  "Target",
  "Realisasi",
  "Capaian",
  "Predikat",
  "Status",
  "Keterangan",
];

/** 0.375 → "0,375": the decimal comma, no grouping, so Excel reads it back as the same number. */
export const angkaId = (n: number): string => String(n).replace(".", ",");

/** 0.97734 → "97,73%". */
export const persenId = (c: number): string => `${(c * 100).toFixed(2).replace(".", ",")}%`;

function teks(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? angkaId(v) : String(v);
}

function kutip(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tulisRingkasan(baris: readonly BarisRingkasan[]): string {
  const isi = baris.map((b) =>
    [
      b.berkas,
      b.lembar,
      b.periode,
      b.indikator,
      b.sel,
      teks(b.target),
      teks(b.realisasi),
      b.capaian === undefined ? "" : persenId(b.capaian),
      b.predikat,
      b.status,
      b.keterangan,
    ]
      .map(kutip)
      .join(";"),
  );
  return "\uFEFF" + [JUDUL_RINGKASAN.join(";"), ...isi].join("\r\n") + "\r\n";
}
