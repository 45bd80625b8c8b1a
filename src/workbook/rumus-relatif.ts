/**
 * Formulas as Excel moves them: copying a formula by (dBaris, dKolom) shifts every relative part
 * of its references and keeps the `$`-anchored parts. Two cells whose formulas have the same
 * relative form are one formula filled, so a block of them is written once and filled (Office.js
 * `copyFrom`, an .xlsx shared formula). Only what our formula builders write is recognised; any
 * other reference shape makes a formula "not relative" (null), and it is then written as it is.
 */
import { hurufKolom, indeksKolom } from "./alamat";

const KOLOM_MAKS = 16384;
const BARIS_MAKS = 1048576;

/** Tokens read where they stand (sticky), never from a copy of the rest of the formula. */
const ANGKA = /[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+\.?/y;
const KATA = /[A-Za-z0-9_$.\\]+/y;

/** A reference cell: "$D$6" → its column, row and which of the two are anchored. */
const POLA_SEL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

interface SelRujukan {
  kolom: number;
  baris: number;
  kolomTetap: boolean;
  barisTetap: boolean;
}

/** One end of a whole-column reference ("A" of A:A, "$H" of $H:$H): a column and no row. */
interface KolomRujukan {
  kolom: number;
  kolomTetap: boolean;
  utuh: true;
}

const POLA_KOLOM = /^(\$?)([A-Za-z]{1,3})$/;

function uraiKolom(teks: string): KolomRujukan | null {
  const m = POLA_KOLOM.exec(teks);
  if (!m) return null;
  const kolom = indeksKolom(m[2].toUpperCase());
  return kolom >= 1 && kolom <= KOLOM_MAKS ? { kolom, kolomTetap: m[1] === "$", utuh: true } : null;
}

type Rujukan = SelRujukan | KolomRujukan;

function uraiRujukan(teks: string): SelRujukan | null {
  const m = POLA_SEL.exec(teks);
  if (!m) return null;
  const kolom = indeksKolom(m[2].toUpperCase());
  const baris = Number(m[4]);
  if (kolom < 1 || kolom > KOLOM_MAKS || baris < 1 || baris > BARIS_MAKS) return null;
  return { kolom, baris, kolomTetap: m[1] === "$", barisTetap: m[3] === "$" };
}

/**
 * The formula cut into pieces: literal text (strings, quoted sheet names, operators, numbers,
 * function and sheet names), cell references and whole columns (A:A). Null when a piece could be
 * a reference of a shape not handled here (whole rows, R1C1, a structured or external reference).
 */
function potong(rumus: string): Array<string | Rujukan> | null {
  const hasil: Array<string | Rujukan> = [];
  let teks = "";
  let i = 0;
  while (i < rumus.length) {
    const c = rumus[i];
    if (c === '"' || c === "'") {
      // A string or a quoted sheet name; a doubled quote stays inside.
      let j = i + 1;
      while (j < rumus.length && !(rumus[j] === c && rumus[j + 1] !== c)) j += rumus[j] === c ? 2 : 1;
      if (j >= rumus.length) return null;
      teks += rumus.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "[" || c === "#") return null;
    if (/[0-9.]/.test(c)) {
      // A number, exponent included, so "1E5" is not read as a column E.
      ANGKA.lastIndex = i;
      const m = ANGKA.exec(rumus);
      const n = m ? m[0] : c;
      // A run of digits right before ":" could be a whole-row reference such as 5:5.
      if (rumus[i + n.length] === ":" && /^\d+$/.test(n)) return null;
      teks += n;
      i += n.length;
      continue;
    }
    if (/[A-Za-z_$\\]/.test(c)) {
      KATA.lastIndex = i;
      const kata = (KATA.exec(rumus) as RegExpExecArray)[0];
      const sesudah = rumus[i + kata.length];
      const rujukan = sesudah === "(" || sesudah === "!" ? null : uraiRujukan(kata);
      // A whole column, A:A or $H:$H: both ends column letters only, not a name or a function.
      const awalKolom = sesudah === ":" && rumus[i - 1] !== ":" ? uraiKolom(kata) : null;
      if (awalKolom) {
        KATA.lastIndex = i + kata.length + 1;
        const m = KATA.exec(rumus);
        const ujung = m ? uraiKolom(m[0]) : null;
        const lepas = m ? rumus[i + kata.length + 1 + m[0].length] : undefined;
        if (!m || !ujung || lepas === "(" || lepas === "!") return null;
        if (teks) hasil.push(teks);
        teks = "";
        hasil.push(awalKolom, ":", ujung);
        i += kata.length + 1 + m[0].length;
        continue;
      }
      if (rujukan) {
        if (teks) hasil.push(teks);
        teks = "";
        hasil.push(rujukan);
      } else {
        // A bare column (D:D) or a name would need more than we handle: refuse.
        if (sesudah === ":" || (/^\$?[A-Za-z]{1,3}$/.test(kata) && rumus[i - 1] === ":")) return null;
        teks += kata;
      }
      i += kata.length;
      continue;
    }
    teks += c;
    i++;
  }
  if (teks) hasil.push(teks);
  return hasil;
}

/**
 * The formula's relative form at (kolom, baris), the same for every cell of a filled block:
 * relative parts become offsets, anchored parts stay. Null for formulas not handled.
 *
 * @example kunciRelatif("=B2*$C$1", 4, 2) === kunciRelatif("=B3*$C$1", 4, 3) // true
 */
export function kunciRelatif(rumus: string, kolom: number, baris: number): string | null {
  const bagian = potong(rumus);
  if (!bagian) return null;
  return bagian
    .map((b) => {
      if (typeof b === "string") return b.replace(/[{}]/g, (x) => x + x);
      const k = b.kolomTetap ? `$${b.kolom}` : b.kolom - kolom;
      return "utuh" in b ? `{${k}}` : `{${k},${b.barisTetap ? `$${b.baris}` : b.baris - baris}}`;
    })
    .join("");
}

/**
 * The formula moved by (dKolom, dBaris), as Excel's copy writes it; a reference moved off the
 * sheet becomes #REF!. Null for formulas not handled.
 *
 * @example geserRumus("=B2*$C$1", 0, 3) // "=B5*$C$1"
 */
export function geserRumus(rumus: string, dKolom: number, dBaris: number): string | null {
  const bagian = potong(rumus);
  if (!bagian) return null;
  return bagian
    .map((b) => {
      if (typeof b === "string") return b;
      const kolom = b.kolom + (b.kolomTetap ? 0 : dKolom);
      if ("utuh" in b) {
        if (kolom < 1 || kolom > KOLOM_MAKS) return "#REF!";
        return `${b.kolomTetap ? "$" : ""}${hurufKolom(kolom)}`;
      }
      const baris = b.baris + (b.barisTetap ? 0 : dBaris);
      if (kolom < 1 || kolom > KOLOM_MAKS || baris < 1 || baris > BARIS_MAKS) return "#REF!";
      return `${b.kolomTetap ? "$" : ""}${hurufKolom(kolom)}${b.barisTetap ? "$" : ""}${baris}`;
    })
    .join("");
}
