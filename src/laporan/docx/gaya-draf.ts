/**
 * The draft's look in one place: a sober office style (black headings, one font), A4 pages and
 * their usable widths, the sizes the tables and figures are fitted to.
 */
import { AlignmentType, IStylesOptions, PageOrientation } from "docx";

/** Calibri: Word's own default; LibreOffice shows it with the metric-equal Carlito, so widths hold. */
export const HURUF = "Calibri";
/** Half-points. */
export const UKURAN = { isi: 22, tabel: 18, keterangan: 20, bab: 28, subbab: 24 } as const;

/** Twips of an A4 page and its margins (2 cm all round). */
const A4 = { pendek: 11906, panjang: 16838 } as const;
const TEPI = 1134;

export type Arah = "tegak" | "mendatar";

export const HALAMAN: Record<Arah, { lebar: number; tinggi: number; isi: number }> = {
  tegak: { lebar: A4.pendek, tinggi: A4.panjang, isi: A4.pendek - 2 * TEPI },
  mendatar: { lebar: A4.panjang, tinggi: A4.pendek, isi: A4.panjang - 2 * TEPI },
};

/** Section page properties for an orientation; docx swaps width and height itself for landscape. */
export const sifatHalaman = (arah: Arah) => ({
  page: {
    size: {
      orientation: arah === "tegak" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
      width: A4.pendek,
      height: A4.panjang,
    },
    margin: { top: TEPI, bottom: TEPI, left: TEPI, right: TEPI, footer: 567 },
  },
});

/** Header cells: a light grey, readable in black-and-white print. */
export const WARNA_KEPALA = "E7E6E6";

const judul = (ukuran: number) => ({
  run: { font: HURUF, size: ukuran, bold: true, color: "000000" },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
});

/** Word's built-in heading and caption styles, redefined so Word's default blue never shows. */
export const GAYA_DRAF: IStylesOptions = {
  default: {
    document: { run: { font: HURUF, size: UKURAN.isi }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: {
      ...judul(UKURAN.bab),
      paragraph: { ...judul(UKURAN.bab).paragraph, alignment: AlignmentType.CENTER },
    },
    heading2: judul(UKURAN.subbab),
    heading3: judul(UKURAN.isi),
    // Levels the draft does not use yet, still black should the planner add them
    heading4: judul(UKURAN.isi),
    heading5: judul(UKURAN.isi),
    heading6: judul(UKURAN.isi),
  },
  paragraphStyles: [
    {
      id: "Caption",
      name: "caption",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: HURUF, size: UKURAN.keterangan, bold: true, color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } },
    },
  ],
};
