import { barisJudul } from "../bantu-lembar";
import { GAYA } from "../gaya-dokumen";
import { kotak, sel } from "../../alamat";
import { FormatRentang, RencanaLembar, Sel } from "../../rencana";
import { TeksSel } from "../tinggi-baris";

/** The widest table (3.4) has nine columns. */
export const LEBAR_LKJIP = 9;
export const LEBAR_KOLOM_LKJIP: Record<string, number> = {
  A: 5,
  B: 30,
  C: 34,
  D: 14,
  E: 15,
  F: 13,
  G: 13,
  H: 13,
  I: 16,
};

/** One table as its builder describes it; the writer places it under the previous one. */
export interface Tabel {
  judul: string;
  /** Header texts; null under a header merged from the cell on its left. */
  kepala: Array<string | null>;
  isi: Sel[][];
  catatan: string;
  /** Number formats and alignment of the data rows from `awal`. */
  format: (awal: number) => FormatRentang[];
}

/** The tables of one sheet, one under another: the row written next, and the texts to fit. */
export class PenulisTabel {
  baris = 5;
  /** Wrapped texts in the tables' cells (10 pt). */
  readonly teksSel: TeksSel[] = [];
  /** The method notes under the tables (9 pt). */
  readonly catatan: TeksSel[] = [];
  /** Rows where the planner types running text, given room for it. */
  readonly barisIsian: number[] = [];
  /** The title row of each table written. */
  readonly barisJudul: number[] = [];
  constructor(readonly lembar: RencanaLembar) {}

  /** The first data row of the table written next. */
  get awalBerikut(): number {
    return this.baris + 2;
  }

  /** A title, its header row, its rows and the method note under it; returns the first data row. */
  tulis({ judul, kepala, isi, catatan, format }: Tabel): number {
    const l = this.lembar;
    const r = this.baris;
    this.barisJudul.push(r);
    barisJudul(l, r, LEBAR_LKJIP, judul, { tebal: true, ukuranFont: 11 });
    l.blok.push({ alamat: sel(1, r + 1), nilai: [kepala] });
    const awal = r + 2;
    const n = isi.length;
    l.format.push({ alamat: kotak(1, r + 1, kepala.length, 1), gaya: GAYA.kepala });
    if (n > 0) {
      l.blok.push({ alamat: sel(1, awal), nilai: isi });
      l.format.push(
        { alamat: kotak(1, awal, kepala.length, n), gaya: GAYA.isi },
        { alamat: kotak(1, awal, 1, n), gaya: GAYA.tengah },
        ...format(awal),
      );
    }
    // Three wrapped lines: "Capaian terhadap Target Akhir" in a 13-character column.
    l.tinggiBaris[r + 1] = 42;
    this.catatanDi(awal + n, catatan);
    this.baris = awal + n + 2;
    return awal;
  }

  /** A note (9 pt) merged across the sheet's width on row `baris`, its height fitted to the text. */
  catatanDi(baris: number, teks: string): void {
    barisJudul(this.lembar, baris, LEBAR_LKJIP, teks, GAYA.catatan);
    const lebarTotal = Object.values(LEBAR_KOLOM_LKJIP).reduce((a, b) => a + b, 0);
    this.catatan.push({ baris, teks, lebar: lebarTotal });
  }
}
