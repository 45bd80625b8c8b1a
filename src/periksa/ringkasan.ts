import { closeSync, openSync, writeSync } from "node:fs";

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
  const kolomKosong = { periode: "", indikator: "", sel: "", target: "", realisasi: "", predikat: "" };
  return { berkas, lembar, ...kolomKosong, status, keterangan };
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

/** A text a spreadsheet would run as a formula gets an apostrophe (the OWASP CSV rule). */
export const lumpuhkan = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** A cell value: numbers in the decimal-comma form, everything else as inert text. */
function teks(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" && Number.isFinite(v) ? angkaId(v) : lumpuhkan(String(v));
}

function kutip(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line break). */
export function barisCsv(b: BarisRingkasan): string {
  return [
    teks(b.berkas),
    teks(b.lembar),
    teks(b.periode),
    teks(b.indikator),
    teks(b.sel),
    teks(b.target),
    teks(b.realisasi),
    b.capaian === undefined ? "" : persenId(b.capaian),
    teks(b.predikat),
    teks(b.status),
    teks(b.keterangan),
  ]
    .map(kutip)
    .join(";");
}

const AWAL = "\uFEFF" + JUDUL_RINGKASAN.join(";") + "\r\n";

export function tulisRingkasan(baris: readonly BarisRingkasan[]): string {
  return AWAL + baris.map((b) => barisCsv(b) + "\r\n").join("");
}

/** ringkasan.csv written row by row: created exclusively (never over a file), flushed in blocks. */
export class PenulisRingkasan {
  private readonly fd: number;
  private tertunda: string[] = [];
  private ukuran = 0;

  constructor(path: string) {
    this.fd = openSync(path, "wx");
    this.tertunda.push(AWAL);
  }

  tulis(b: BarisRingkasan): void {
    const s = barisCsv(b) + "\r\n";
    this.tertunda.push(s);
    this.ukuran += s.length;
    if (this.ukuran > 1 << 16) this.siram();
  }

  /** Rows already in this file's form (UTF-8 text, from the worker), after those held so far. */
  tulisMentah(data: Uint8Array): void {
    this.siram();
    writeSync(this.fd, data);
  }

  /** Writes the rows held so far. */
  siram(): void {
    if (this.tertunda.length > 0) writeSync(this.fd, this.tertunda.join(""), null, "utf8");
    this.tertunda = [];
    this.ukuran = 0;
  }

  tutup(): void {
    this.siram();
    closeSync(this.fd);
  }
}
