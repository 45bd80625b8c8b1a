/**
 * Limits a workbook's parts are held to, from the format itself and from the file's size, so a
 * few kilobytes can never ask for gigabytes: anything past them makes the file damaged (or, for
 * honest content too large to hold, too big to check), said in one line.
 */
import { GalatXml } from "./pemindai-xml";

/** Excel's grid: columns A to XFD. */
export const KOLOM_MAKS = 16384;
/** Excel's grid: rows 1 to 1,048,576. */
export const BARIS_MAKS = 1_048_576;

/** Characters of shared-string text kept per workbook: the table's share of the memory ceiling. */
export const TEKS_BERSAMA_MAKS = 1 << 27;

/**
 * How many entries of one kind (shared strings, merges) a file of this size can honestly hold:
 * four per byte of the compressed file, never fewer than 65,536. A real entry costs a few bytes
 * even deflated (distinct text, or a distinct cell that refers to it); a bomb repeats one.
 *
 * @example batasEntri(1_500_000) // 6_000_000
 */
export const batasEntri = (ukuranBerkas: number): number => Math.max(1 << 16, 4 * ukuranBerkas);

/**
 * A part past a limit. `rincian` says what, in Indonesian, for the user's one line; `jenis` is
 * "rusak" when no real file looks like this, "besar" when a real one could but is too big.
 */
export class GalatBatas extends GalatXml {
  constructor(
    readonly rincian: string,
    readonly jenis: "rusak" | "besar" = "rusak",
  ) {
    super(rincian);
  }
}

/** A reference as the user may see it: a hostile one can be a megabyte long. */
export const refPendek = (ref: string): string => (ref.length > 24 ? `${ref.slice(0, 21)}...` : ref);

/** The one-line reason for a cell outside the grid. */
export const diLuarLembar = (ref: string): GalatBatas =>
  new GalatBatas(`sel ${refPendek(ref)} di luar batas lembar Excel (kolom XFD, baris 1.048.576)`);
