/**
 * Loads the built custom functions the way Excel does: dist/functions.js runs in a fresh context
 * whose only host object is `CustomFunctions` (Error, ErrorCode, associate), and every id it
 * associates is returned with its function. Cases are called as Excel calls them.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

const KODE_GALAT = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
};

class GalatFungsi extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

type Fungsi = (...argumen: unknown[]) => unknown;
interface Metadata {
  functions: { id: string; parameters?: { name: string; dimensionality?: string }[] }[];
}

export interface FungsiTermuat {
  /** Every associated id (upper case) with its function. */
  fungsi: Map<string, Fungsi>;
  metadata: Metadata;
}

/** Runs dist/functions.js in its own context; `bahasaOffice` is Office's display language, if any. */
export function muatFungsi(dist: string, bahasaOffice?: string): FungsiTermuat {
  const fungsi = new Map<string, Fungsi>();
  const associate = (id: string | Record<string, Fungsi>, f?: Fungsi) => {
    const pasangan = typeof id === "string" ? { [id]: f as Fungsi } : id;
    for (const [k, v] of Object.entries(pasangan)) fungsi.set(k.toUpperCase(), v);
  };
  const konteks: Record<string, unknown> = {
    CustomFunctions: { associate, Error: GalatFungsi, ErrorCode: KODE_GALAT },
  };
  if (bahasaOffice) konteks.Office = { context: { displayLanguage: bahasaOffice } };
  const skrip = path.join(dist, "functions.js");
  vm.runInNewContext(fs.readFileSync(skrip, "utf8"), konteks, { filename: skrip });
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
  return { fungsi, metadata };
}

/** A result as a case states it: a value, a 2-D array, or `{ error, message }` for an error. */
export type Hasil = unknown;

/**
 * Calls id as Excel would: a single cell given to a range parameter arrives as a 1×1 array, and a
 * 1×1 result shows as its value (unless `tabel`). A thrown CustomFunctions.Error becomes
 * `{ error, message }`; anything else thrown is a defect and propagates.
 */
export function panggil(m: FungsiTermuat, id: string, argumen: unknown[], tabel = false): Hasil {
  const f = m.fungsi.get(id.toUpperCase());
  if (!f) throw new Error(`${id} tidak di-associate oleh functions.js`);
  const parameter =
    m.metadata.functions.find((x) => x.id.toUpperCase() === id.toUpperCase())?.parameters ?? [];
  const masuk = argumen.map((a, i) =>
    parameter[i]?.dimensionality === "matrix" && !Array.isArray(a) ? [[a]] : a,
  );
  const baca = (x: unknown): Hasil => {
    if (x instanceof GalatFungsi) return { error: x.code, message: x.message };
    return Array.isArray(x) ? x.map(baca) : x;
  };
  try {
    const hasil = baca(f(...masuk));
    const satuSel =
      Array.isArray(hasil) && hasil.length === 1 && Array.isArray(hasil[0]) && hasil[0].length === 1;
    return satuSel && !tabel ? hasil[0][0] : hasil;
  } catch (e) {
    if (e instanceof GalatFungsi) return { error: e.code, message: e.message };
    throw e;
  }
}

/** A case of cases.json: `{ fn, args, expect, tol?, name? }`. */
export interface Kasus {
  fn: string;
  args: unknown[];
  expect: unknown;
  tol?: number;
  name?: string;
}

/**
 * Whether a result meets a case's expectation: numbers within tol (default 1e-9), an error by its
 * code (and a non-empty message when `message: true`), arrays element by element.
 */
export function sesuai(hasil: Hasil, harapan: unknown, tol = 1e-9): boolean {
  if (Array.isArray(harapan))
    return (
      Array.isArray(hasil) &&
      hasil.length === harapan.length &&
      harapan.every((h, i) => sesuai(hasil[i], h, tol))
    );
  if (harapan !== null && typeof harapan === "object" && "error" in harapan) {
    const h = harapan as { error: string; message?: boolean };
    const g = hasil as { error?: string; message?: string } | null;
    return g?.error === h.error && (!h.message || (g.message ?? "").trim().length > 0);
  }
  if (typeof harapan === "number") return typeof hasil === "number" && Math.abs(hasil - harapan) <= tol;
  return hasil === harapan;
}
