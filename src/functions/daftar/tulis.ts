import type { Bahasa } from "../../bahasa";
import type { ArgumenContoh, EntriFungsi, HasilContoh } from "./jenis";

const PEMISAH: Record<Bahasa, string> = { id: "; ", en: ", " };
const LOGIKA: Record<Bahasa, [string, string]> = { id: ["BENAR", "SALAH"], en: ["TRUE", "FALSE"] };

/**
 * A number as Excel shows it in that language (decimal comma in Indonesian): exactly `tetap`
 * decimals when given, else at most two with trailing zeros dropped.
 */
export function tulisAngka(n: number, bahasa: Bahasa, tetap?: number): string {
  const teks = tetap === undefined ? String(Math.round(n * 100) / 100) : n.toFixed(tetap);
  return bahasa === "id" ? teks.replace(".", ",") : teks;
}

/** A fraction as a percentage: 0.9512 → "95,12%". */
export const tulisPersen = (pecahan: number, bahasa: Bahasa): string =>
  `${tulisAngka(pecahan * 100, bahasa)}%`;

function tulisArgumen(a: ArgumenContoh, bahasa: Bahasa): string {
  if (a === null) return "";
  if (typeof a === "number") return tulisAngka(a, bahasa);
  if (typeof a === "string") return `"${a}"`;
  if (typeof a === "boolean") return LOGIKA[bahasa][a ? 0 : 1];
  return "persen" in a ? tulisPersen(a.persen, bahasa) : a.rentang;
}

/** `IKU.CAPAIAN(realisasi; target; [polaritas]; [batas])`, with that language's separator. */
export function sintaks(f: EntriFungsi, bahasa: Bahasa): string {
  const nama = f.parameter.map((p) => (p.opsional ? `[${p.nama}]` : p.nama));
  return `IKU.${f.id}(${nama.join(PEMISAH[bahasa])})`;
}

/** The example formula as typed in Excel in that language (separator, decimal mark, TRUE/BENAR). */
export function rumusContoh(id: string, argumen: readonly ArgumenContoh[], bahasa: Bahasa): string {
  return `=IKU.${id}(${argumen.map((a) => tulisArgumen(a, bahasa)).join(PEMISAH[bahasa])})`;
}

/** The result as the cell shows it. */
export function tulisHasil(h: HasilContoh, bahasa: Bahasa): string {
  if ("teks" in h) return h.teks;
  if ("galat" in h) return h.galat;
  if ("uraian" in h) return h.uraian[bahasa];
  return h.persen ? tulisPersen(h.angka, bahasa) : tulisAngka(h.angka, bahasa);
}
