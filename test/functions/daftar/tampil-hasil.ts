import type { ArgumenContoh, HasilContoh } from "../../../src/functions/daftar";
import { tulisAngka, tulisHasil, tulisPersen } from "../../../src/functions/daftar/tulis";

/** The cell value behind an example argument: a percentage is its fraction, a range its values. */
export function nilaiArgumen(a: ArgumenContoh): unknown {
  if (a === null || typeof a !== "object") return a;
  return "persen" in a ? a.persen : a.nilai;
}

/**
 * What the cell would show for an actual result, in the form the example states: a number rounded
 * as displayed, a text as is, an error by its code (only with a message), a table by its rows.
 * Equal to tulisHasil(h) exactly when the example's claim holds.
 */
export function tampilkan(nyata: unknown, h: HasilContoh): string {
  const lain = `tak terduga: ${JSON.stringify(nyata)}`;
  if ("angka" in h) {
    if (typeof nyata !== "number") return lain;
    return h.persen ? tulisPersen(nyata, "id") : tulisAngka(nyata, "id");
  }
  if ("teks" in h) return typeof nyata === "string" ? nyata : lain;
  if ("galat" in h) {
    const g = nyata as { error?: string; message?: string } | null;
    return g?.error && (g.message ?? "").trim() ? g.error : lain;
  }
  return Array.isArray(nyata) && nyata.length === h.baris ? tulisHasil(h, "id") : lain;
}
