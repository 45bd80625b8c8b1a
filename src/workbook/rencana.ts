/**
 * A declarative plan of what a workbook should contain. Built by pure code from a catalog,
 * applied by a writer: Office.js (src/excel) or ExcelJS (src/xlsx). Addresses are A1 strings on
 * the plan's own sheet; formulas are English, comma-separated, starting with "=".
 */

/** A formula cell, told from text by its kind, never by its first character. */
export interface Rumus {
  rumus: string;
}

/**
 * A cell value: a number, a boolean, a formula, null for a blank cell, or a text, which a writer
 * always keeps as text, verbatim, even when it starts with "=".
 */
export type Sel = string | number | boolean | null | Rumus;

/**
 * A formula cell from an expression of rumus.ts (written without the leading "=").
 *
 * @example selRumus("SUM(A1:A3)") // { rumus: "=SUM(A1:A3)" }
 */
export const selRumus = (ekspresi: string): Rumus => ({ rumus: `=${ekspresi}` });

export const adalahRumus = (v: Sel): v is Rumus => typeof v === "object" && v !== null;

/** A rectangle of cells whose top-left corner is `alamat`; every row has the same length. */
export interface Blok {
  alamat: string;
  nilai: Sel[][];
}

/**
 * A formula filled over a rectangle, as Excel's copy or fill writes it: the top-left cell holds
 * `rumus` (its block says so too), every other cell the same formula moved by its offset.
 */
export interface IsianRumus {
  alamat: string;
  rumus: string;
}

export interface Gaya {
  formatAngka?: string;
  tebal?: boolean;
  miring?: boolean;
  ukuranFont?: number;
  warnaFont?: string;
  warnaIsi?: string;
  rataHorizontal?: "kiri" | "tengah" | "kanan";
  rataVertikal?: "atas" | "tengah" | "bawah";
  bungkusTeks?: boolean;
  garis?: boolean;
}

export interface FormatRentang {
  alamat: string;
  gaya: Gaya;
}

/** Realisation cells: numbers only, with a message in the user's language. */
export interface ValidasiAngka {
  alamat: string;
  judul: string;
  pesan: string;
}

/** A live flag: a formula relative to the top-left cell of `alamat`; TRUE paints the cell. */
export interface FormatBersyarat {
  alamat: string;
  rumus: string;
  warnaIsi: string;
  warnaFont: string;
  /** Stops lower rules from applying to the same cell when this one matches. */
  berhenti?: boolean;
}

export interface Cetak {
  orientasi: "lanskap" | "potret";
  pasLebarHalaman: boolean;
  /** Rows repeated on every printed page, e.g. "$5:$5". */
  barisJudul?: string;
  /** Columns repeated on every printed page, e.g. "$A:$E", for a table printed several pages wide. */
  kolomJudul?: string;
  /** Print scale in percent when not fitting to the page width; the writer's default (100) when absent. */
  skala?: number;
  /** Rows that start a new printed page, e.g. the title row of each report table. */
  putusSebelum?: number[];
  /** Columns (1-based) that start a new printed page: the first of each column group of a wide table. */
  putusKolomSebelum?: number[];
  /** Pages numbered across a band of rows' column groups, then down; down then across when absent. */
  menyampingDulu?: boolean;
  /** What is printed, e.g. "A5:T18"; the used range when absent. */
  areaCetak?: string;
  /** Lines printed centred at the top of every page, e.g. the document title. */
  kepalaHalaman?: string[];
  /** The page number line at the bottom right, with &P (page) and &N (pages), e.g. "Halaman &P dari &N". */
  kakiHalaman?: string;
}

export interface Grafik {
  /** Horizontal bars (long labels, the first on top) or vertical columns. */
  jenis: "batang" | "kolom";
  judul: string;
  /** Categories and values, both ranges with the sheet name, e.g. "'IKU'!D6:D15". */
  kategori: string;
  nilai: string;
  namaSeri: string;
  /** A line over the bars on the same categories, e.g. the 100% target: a range as long as `nilai`. */
  garis?: { nilai: string; namaSeri: string };
  /** The value axis's number format, e.g. "0%"; the values' own when absent. */
  formatSumbu?: string;
  /** Where the chart sits: top-left and bottom-right cells. */
  dari: string;
  sampai: string;
}

export interface RencanaLembar {
  /** The final sheet name, already free in the workbook. */
  nama: string;
  blok: Blok[];
  /** Formula blocks written once and filled; builders leave it out, `ringkasLembar` finds them. */
  isian?: IsianRumus[];
  format: FormatRentang[];
  gabung: string[];
  /** Column widths in characters, by column letter. */
  lebarKolom: Record<string, number>;
  /** Row heights in points, by 1-based row number. */
  tinggiBaris: Record<number, number>;
  /**
   * Outline levels (1–7) by 1-based row number, summary rows above their details: the Renstra
   * cascade collapses to its programs. Rows not listed stay at level 0.
   */
  tingkatBaris: Record<number, number>;
  validasi: ValidasiAngka[];
  formatBersyarat: FormatBersyarat[];
  /** Rows and columns frozen at the top and left. */
  bekukan?: { baris: number; kolom: number };
  cetak?: Cetak;
  grafik: Grafik[];
  /** The tab colour, "#RRGGBB". */
  warnaTab?: string;
}

export interface RencanaBuku {
  lembar: RencanaLembar[];
  /** The sheet to show after inserting. */
  aktif: string;
}

/** The sheets a plan creates; the writer decides the final, free names. */
export interface NamaLembar {
  iku: string;
  triwulan: string;
  rencanaAksi: string;
  formulasi: string;
  dashboard: string;
  anggaran: string;
  renstra: string;
  evaluasiRenja: string;
  lkjip: string;
  pk: string;
}

export const NAMA_DASAR: NamaLembar = {
  iku: "IKU",
  triwulan: "Triwulan",
  rencanaAksi: "Rencana Aksi",
  formulasi: "Formulasi",
  dashboard: "Dashboard",
  anggaran: "Anggaran",
  renstra: "Renstra",
  evaluasiRenja: "Evaluasi Renja",
  lkjip: "LKjIP",
  pk: "PK",
};

/** The first free name: "IKU", then "IKU (2)", "IKU (3)"... compared without regard to case. */
export function namaBebas(dasar: string, terpakai: readonly string[]): string {
  const ada = new Set(terpakai.map((n) => n.toLowerCase()));
  if (!ada.has(dasar.toLowerCase())) return dasar;
  for (let i = 2; ; i++) {
    const calon = `${dasar} (${i})`;
    if (!ada.has(calon.toLowerCase())) return calon;
  }
}
