import { Galat, nilaiSalah } from "./galat";
import { NAMA, Nama, PESAN } from "./pesan";

/** `persen`: growth as a fraction of last year; `jumlah`: the absolute increase. */
export type ModePertumbuhan = "persen" | "jumlah";

const MODE = new Map<string, ModePertumbuhan>([
  ["persen", "persen"],
  ["%", "persen"],
  ["persentase", "persen"],
  ["jumlah", "jumlah"],
  ["selisih", "jumlah"],
  ["absolut", "jumlah"],
]);

/** Reads a growth mode; a blank is `persen`. */
export function bacaModePertumbuhan(v: unknown): ModePertumbuhan | Galat {
  if (v === null || v === undefined) return "persen";
  if (typeof v === "string") {
    const kunci = v.toLowerCase().trim();
    if (kunci === "") return "persen";
    const m = MODE.get(kunci);
    if (m) return m;
  }
  return nilaiSalah(PESAN.modeTakDikenal(v));
}

/**
 * Growth from last year to this year: (kini − lalu) / lalu, or kini − lalu in mode `jumlah`.
 *
 * @example hitungPertumbuhan(200, 250, "persen") // 0.25
 */
export function hitungPertumbuhan(lalu: number, kini: number, mode: ModePertumbuhan): number | Galat {
  const selisih = kini - lalu;
  if (mode === "jumlah") return hingga(selisih, lalu, kini);
  if (lalu === 0) return nilaiSalah(PESAN.lalunyaNol());
  return hingga(selisih / lalu, lalu, kini);
}

function hingga(x: number, lalu: number, kini: number): number | Galat {
  if (!Number.isFinite(x)) return nilaiSalah(PESAN.pertumbuhanTerlaluBesar(lalu, kini));
  return x === 0 ? 0 : x; // Prevent negative zero
}

/** Checks a count of UTTP instruments: whole and not negative. */
export function jumlahUttp(n: number, nama: Nama): number | Galat {
  if (n < 0 || !Number.isInteger(n)) return nilaiSalah(PESAN.bukanJumlahUttp(nama, n));
  return n;
}

/**
 * Growth of verified UTTP (tera/tera ulang) counts; both counts must be whole and non-negative.
 *
 * @example hitungPertumbuhanUttp(200, 250, "jumlah") // 50
 */
export function hitungPertumbuhanUttp(lalu: number, kini: number, mode: ModePertumbuhan): number | Galat {
  const a = jumlahUttp(lalu, NAMA.uttpLalu);
  if (typeof a !== "number") return a;
  const b = jumlahUttp(kini, NAMA.uttpKini);
  if (typeof b !== "number") return b;
  return hitungPertumbuhan(a, b, mode);
}
