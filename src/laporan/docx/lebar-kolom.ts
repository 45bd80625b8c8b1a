/**
 * Column widths sized to their content: no column narrower than its longest word or number (so
 * nothing breaks mid-word), the rest of the page shared by how much text each column holds. Pure,
 * in twips, from estimated character widths of the table font.
 */
import { Arah, HALAMAN } from "./gaya-draf";

/** Twips per character of 9 pt Calibri, bold header text a little wider; generous for capitals. */
const LEBAR_HURUF = { biasa: 95, tebal: 102 } as const;
/** Word's default left plus right cell margin, and a hair for rounding. */
const SELA = 2 * 108 + 40;
/** A column's wish for its longest text is capped: long prose wraps, it does not take the page. */
const BATAS_IDEAL = 45;

export interface IsiKolom {
  judul: string;
  sel: readonly string[];
  /** A column the planner fills in Word (causes, solutions): room for a sentence even while empty. */
  isian?: boolean;
}

/** Characters of room an isian column wishes for. */
const RUANG_ISIAN = 22;

/**
 * A label of a few short words ("Sangat Tinggi", "Di Atas Standar", "Tidak Efisien") is read as one
 * unit: it never wraps, as a predikat split over two lines reads as two words.
 */
const FRASA = { kata: 3, huruf: 16 } as const;

const kata = (t: string): string[] => t.split(/[ \n]+/).filter(Boolean);
const panjangKata = (t: string): number => Math.max(0, ...kata(t).map((x) => x.length));
/** A cell's narrowest unbroken run: a short label whole (headers may still wrap between words). */
const panjangUtuh = (t: string): number => {
  const k = kata(t);
  return k.length > 1 && k.length <= FRASA.kata && t.trim().length <= FRASA.huruf
    ? t.trim().length
    : panjangKata(t);
};
const panjangBaris = (t: string): number => Math.max(0, ...t.split("\n").map((b) => b.length));

/** The narrowest width without a mid-word break, and the width that fits the longest text on one line. */
export function ukuranKolom(k: IsiKolom): { min: number; ideal: number } {
  const min = Math.max(
    panjangKata(k.judul) * LEBAR_HURUF.tebal,
    ...k.sel.map((s) => panjangUtuh(s) * LEBAR_HURUF.biasa),
  );
  const ideal = Math.max(
    min,
    (Math.min(BATAS_IDEAL, panjangBaris(k.judul)) / 2) * LEBAR_HURUF.tebal,
    k.isian ? RUANG_ISIAN * LEBAR_HURUF.biasa : 0,
    ...k.sel.map((s) => Math.min(BATAS_IDEAL, panjangBaris(s)) * LEBAR_HURUF.biasa),
  );
  return { min: min + SELA, ideal: ideal + SELA };
}

/**
 * Portrait when every column fits there at its narrowest and the table would not wrap into a tall
 * strip; otherwise a landscape page.
 */
export function arahTabel(kolom: readonly IsiKolom[]): Arah {
  const u = kolom.map(ukuranKolom);
  const jumlah = (f: (x: { min: number; ideal: number }) => number) => u.reduce((a, x) => a + f(x), 0);
  const muat = jumlah((x) => x.min) <= HALAMAN.tegak.isi;
  return muat && jumlah((x) => x.ideal) <= 1.6 * HALAMAN.tegak.isi ? "tegak" : "mendatar";
}

/** Widths that fill `lebar` exactly (the last column takes the rounding). */
export function lebarKolom(kolom: readonly IsiKolom[], lebar: number): number[] {
  const u = kolom.map(ukuranKolom);
  const totalMin = u.reduce((a, x) => a + x.min, 0);
  const totalIdeal = u.reduce((a, x) => a + x.ideal, 0);
  let w: number[];
  if (totalIdeal <= lebar) w = u.map((x) => (x.ideal * lebar) / totalIdeal);
  else if (totalMin <= lebar) {
    const sisa = lebar - totalMin;
    w = u.map((x) => x.min + (sisa * (x.ideal - x.min)) / (totalIdeal - totalMin));
  } else w = u.map((x) => (x.min * lebar) / totalMin); // too many columns for any page: shrink evenly
  const bulat = w.map(Math.floor);
  bulat[bulat.length - 1] += lebar - bulat.reduce((a, b) => a + b, 0);
  return bulat;
}
