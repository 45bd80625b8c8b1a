/**
 * The parts of a saved workbook the draft can do without (an older version's file, or a sheet the
 * planner deleted): the reader notes them, the writer leaves their tables out, the command says so.
 */
export type BagianHilang =
  | "lembarLkjip"
  | "lembarAnggaran"
  | "tabel33"
  | "tabel35"
  | "tabel39"
  | "tabel39TahunLain"
  | "tabel39BelumDihitung";
