import { Galat, nilaiSalah, tampilkan } from "./galat";

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
  return nilaiSalah(
    `mode ${tampilkan(v)} tidak dikenal. Isi "persen" untuk pertumbuhan dalam persen atau "jumlah" untuk selisihnya.`,
  );
}

/**
 * Growth from last year to this year: (kini − lalu) / lalu, or kini − lalu in mode `jumlah`.
 *
 * @example hitungPertumbuhan(200, 250, "persen") // 0.25
 */
export function hitungPertumbuhan(lalu: number, kini: number, mode: ModePertumbuhan): number | Galat {
  const selisih = kini - lalu;
  if (mode === "jumlah") return hingga(selisih, lalu, kini);
  if (lalu === 0) {
    return nilaiSalah(
      `nilai tahun lalu 0: pertumbuhan dalam persen tidak dapat dihitung (pembagian dengan 0). Pakai mode "jumlah" untuk melihat selisihnya.`,
    );
  }
  return hingga(selisih / lalu, lalu, kini);
}

function hingga(x: number, lalu: number, kini: number): number | Galat {
  if (!Number.isFinite(x)) {
    return nilaiSalah(
      `pertumbuhan dari ${tampilkan(lalu)} ke ${tampilkan(kini)} terlalu besar untuk dihitung. Periksa kedua nilai.`,
    );
  }
  return x === 0 ? 0 : x; // Prevent negative zero
}

/** Checks a count of UTTP instruments: whole and not negative. */
export function jumlahUttp(n: number, nama: string): number | Galat {
  if (n < 0 || !Number.isInteger(n)) {
    return nilaiSalah(
      `${nama} ${tampilkan(n)} bukan jumlah alat UTTP. Isi dengan bilangan bulat 0 atau lebih, misalnya 250.`,
    );
  }
  return n;
}

/**
 * Growth of verified UTTP (tera/tera ulang) counts; both counts must be whole and non-negative.
 *
 * @example hitungPertumbuhanUttp(200, 250, "jumlah") // 50
 */
export function hitungPertumbuhanUttp(lalu: number, kini: number, mode: ModePertumbuhan): number | Galat {
  const a = jumlahUttp(lalu, "jumlah UTTP tahun lalu");
  if (typeof a !== "number") return a;
  const b = jumlahUttp(kini, "jumlah UTTP tahun ini");
  if (typeof b !== "number") return b;
  return hitungPertumbuhan(a, b, mode);
}
