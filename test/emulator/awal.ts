import { Buku, Hitung } from "./model";
import { uraiDaftarArea } from "./salin-rentang";

/** A workbook to start from: sheets, active sheet, selection. Node-free, shared with the browser. */
export interface AwalBuku {
  /** Sheets in order, each with its cells from A1 as rows of values (strings read as Excel would). */
  lembar?: Record<string, unknown[][]>;
  aktif?: string;
  /** The selection, e.g. "IKU!B3:C4"; A1 of the active sheet when absent. */
  pilihan?: string;
  /**
   * Lets `pilihan` list several areas of one sheet ("IKU!A1:C3,E1:E3"), as Ctrl+click selects them:
   * getSelectedRange then throws InvalidSelection, as documented (Workbook.getSelectedRange,
   * learn.microsoft.com/javascript/api/excel/excel.workbook), getSelectedRanges gives them all.
   * Off (the default), such a pilihan is refused when the workbook is built.
   */
  pilihanBanyakArea?: boolean;
  hitung?: Hitung;
}

export function bangunBuku(awal: AwalBuku): Buku {
  const buku = new Buku(awal.hitung);
  for (const [nama, baris] of Object.entries(awal.lembar ?? { Sheet1: [] })) {
    const l = buku.tambah(nama);
    const lebar = Math.max(0, ...baris.map((r) => r.length));
    if (baris.length > 0 && lebar > 0) {
      const penuh = baris.map((r) => [...r, ...new Array(lebar - r.length).fill(null)]);
      l.tulis({ b0: 0, k0: 0, b1: baris.length - 1, k1: lebar - 1 }, penuh, false);
    }
  }
  if (awal.aktif) buku.aktif = buku.lembar(awal.aktif);
  if (awal.pilihan && awal.pilihanBanyakArea) {
    const { lembar, kotak } = uraiDaftarArea(awal.pilihan, buku, buku.aktif ?? buku.daftar[0]);
    buku.aktif = lembar;
    buku.pilihan = { lembar, kotak: kotak[0], area: kotak };
  } else if (awal.pilihan) {
    const { lembar, kotak } = buku.rujuk(awal.pilihan, buku.aktif ?? undefined);
    buku.aktif = lembar;
    buku.pilihan = { lembar, kotak };
  }
  return buku;
}
