/**
 * A table of the draft as data (title, columns, rows, notes) and its Word form: columns sized to
 * their content, equal neighbouring cells of a grouping column merged, the header repeated on each page.
 */
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { HURUF, UKURAN, WARNA_KEPALA } from "./gaya-draf";
import { IsiKolom, lebarKolom } from "./lebar-kolom";

export type Rata = "kiri" | "kanan" | "tengah";

export interface KolomTabel {
  judul: string;
  rata: Rata;
  /** Equal neighbouring cells become one (a sasaran over its indicators). */
  gabung?: boolean;
  /** The planner writes sentences here after the draft is made. */
  isian?: boolean;
}

export interface TabelDokumen {
  /** The full title, "Tabel 3.1 Capaian Kinerja Tahun 2025"; the caption numbers it. */
  judul: string;
  kolom: KolomTabel[];
  baris: string[][];
  /** Rows printed bold (a total). */
  tebal?: number[];
  /** Paragraphs under the table: the method, cells that could not be computed. */
  catatan: string[];
}

/** A table of at most this many rows fits a page: it is kept whole with its notes. */
const BARIS_UTUH = 15;

const RATA = { kiri: AlignmentType.LEFT, kanan: AlignmentType.RIGHT, tengah: AlignmentType.CENTER } as const;

function sel(
  teks: string,
  rata: Rata,
  opsi: { kepala?: boolean; tebal?: boolean; lebar: number; gabung?: number; denganBerikut?: boolean },
) {
  return new TableCell({
    width: { size: opsi.lebar, type: WidthType.DXA },
    rowSpan: opsi.gabung,
    verticalAlign: opsi.kepala ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: opsi.kepala ? { type: ShadingType.CLEAR, color: "auto", fill: WARNA_KEPALA } : undefined,
    children: teks.split("\n").map(
      (baris) =>
        new Paragraph({
          alignment: RATA[rata],
          keepNext: opsi.denganBerikut,
          spacing: { before: 20, after: 20, line: 240 },
          children: [
            new TextRun({ text: baris, bold: opsi.kepala || opsi.tebal, size: UKURAN.tabel, font: HURUF }),
          ],
        }),
    ),
  });
}

/** How many rows from `r` down share column `k`'s text (1 when it stands alone or is blank). */
function rentang(baris: readonly string[][], r: number, k: number): number {
  const t = baris[r][k];
  let n = 1;
  while (t && r + n < baris.length && baris[r + n][k] === t) n++;
  return n;
}

export const isiKolom = (t: TabelDokumen): IsiKolom[] =>
  t.kolom.map((k, i) => ({ judul: k.judul, sel: t.baris.map((b) => b[i] ?? ""), isian: k.isian }));

/** The Word table filling `lebar` twips. */
export function tabelWord(t: TabelDokumen, lebar: number): Table {
  const w = lebarKolom(isiKolom(t), lebar);
  const tertutup = new Set<string>(); // cells covered by a merge from above
  const rows = t.baris.map((b, r) => {
    const children: TableCell[] = [];
    t.kolom.forEach((k, i) => {
      if (tertutup.has(`${r}:${i}`)) return;
      const n = k.gabung ? rentang(t.baris, r, i) : 1;
      for (let j = 1; j < n; j++) tertutup.add(`${r + j}:${i}`);
      children.push(
        sel(b[i] ?? "", k.rata, {
          lebar: w[i],
          gabung: n > 1 ? n : undefined,
          tebal: t.tebal?.includes(r),
          // The last row travels with the notes under it, so a note never opens a page alone; a table
          // short enough for one page travels whole (LibreOffice keeps a table with its next
          // paragraph only when every row asks to)
          denganBerikut: t.catatan.length > 0 && (r === t.baris.length - 1 || t.baris.length <= BARIS_UTUH),
        }),
      );
    });
    return new TableRow({ cantSplit: true, children });
  });
  return new Table({
    width: { size: lebar, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.kolom.map((k, i) => sel(k.judul, "tengah", { kepala: true, lebar: w[i] })),
      }),
      ...rows,
    ],
  });
}
