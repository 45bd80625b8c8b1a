import type { Bahasa, Teks } from "../../bahasa";

/** A parameter as Excel lists it; an optional one may be left out and is shown in brackets. */
export interface ParameterFungsi {
  nama: string;
  opsional?: boolean;
  uraian: Teks;
}

/**
 * An argument of a worked example as typed in a cell: a number, a percentage (`persen` is the
 * fraction), text (shown in quotes), a logical, an argument left empty (null), or a range with
 * the values it holds.
 */
export type ArgumenContoh =
  | number
  | string
  | boolean
  | null
  | { persen: number }
  | { rentang: string; nilai: (number | string | null)[][] };

/**
 * What a worked example gives: a number (shown as a percentage when `persen`), a text, Excel's
 * error, or a spilled table described in words with its number of rows.
 */
export type HasilContoh =
  | { angka: number; persen?: boolean }
  | { teks: string }
  | { galat: "#VALUE!" }
  | { uraian: Teks; baris: number };

export interface ContohFungsi {
  argumen: ArgumenContoh[];
  hasil: HasilContoh;
  /** Said under the example in the pane, e.g. what its range holds. */
  catatan?: Teks;
}

/**
 * Everything said about one custom function, in one place: its metadata (the JSDoc of
 * functions.ts must match `parameter`, `uraian.id` and `kembalian`), the pane's reference and the
 * help page. `penjelasan` paragraphs use `backticks` for code and *stars* for emphasis.
 */
export interface EntriFungsi {
  id: string;
  parameter: ParameterFungsi[];
  /** The function's description in Excel's formula autocomplete. */
  uraian: Teks;
  /** The JSDoc @returns text (Excel does not show it). */
  kembalian: string;
  /** The pane's one-line summary. */
  ringkas: Teks;
  penjelasan: Record<Bahasa, string[]>;
  /** What the ranges of the help page's examples hold, said in the table caption. */
  isiRentang?: string;
  /** The first is the pane's. */
  contoh: ContohFungsi[];
}
