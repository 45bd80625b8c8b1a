/**
 * Whole sheets in memory, for a reader that looks cells up by address (laporan): read through the
 * one workbook reader (buku-kerja.ts), so they hold exactly the values `periksa` streams, and held
 * to a cell limit so a hostile sheet cannot fill memory.
 */
import { GalatBatas } from "./batas";
import { LembarBuku, alirkanBaris, bacaBuku } from "./buku-kerja";
import { NilaiXml, RinciBaris, RinciSel } from "./lembar-xml";
import { ZipBaca } from "./zip-baca";

/** Cells (up to each row's last value) a sheet read whole may hold: far above any IKU workbook. */
export const SEL_UTUH_MAKS = 4_000_000;

interface Baris {
  sel: NilaiXml[];
  rinci?: RinciBaris;
}

export class LembarUtuh {
  private readonly baris = new Map<number, Baris>();
  /** The last row that holds anything (0 for an empty sheet). */
  barisAkhir = 0;

  constructor(readonly nama: string) {}

  /** @internal the reader's way in. */
  tambah(nomor: number, sel: NilaiXml[], rinci?: RinciBaris): void {
    this.baris.set(nomor, { sel: [...sel], ...(rinci?.length ? { rinci: [...rinci] } : {}) });
    this.barisAkhir = Math.max(this.barisAkhir, nomor);
  }

  /** The value at a 1-based row and column; "" for a blank cell. */
  nilai(baris: number, kolom: number): NilaiXml {
    return this.baris.get(baris)?.sel[kolom - 1] ?? "";
  }

  /** The cell's formula and error mark, when it has either. */
  rinci(baris: number, kolom: number): RinciSel | undefined {
    return this.baris.get(baris)?.rinci?.[kolom - 1];
  }

  /** The row's non-blank values with their 1-based columns, left to right. */
  isiBaris(baris: number): [number, NilaiXml][] {
    const sel = this.baris.get(baris)?.sel ?? [];
    const hasil: [number, NilaiXml][] = [];
    sel.forEach((v, i) => {
      if (v !== "") hasil.push([i + 1, v]);
    });
    return hasil;
  }
}

/** Sheets of one workbook read whole, by name as the workbook spells it. */
export interface BukuUtuh {
  lembar(nama: string): LembarUtuh | undefined;
}

/**
 * Reads the sheets named `nama` of the workbook at `path` whole (all its sheets when none are
 * named). Throws as the reader does for a file that is no workbook or is damaged, and GalatBatas
 * for a sheet past SEL_UTUH_MAKS.
 */
export async function bacaBukuUtuh(path: string, nama?: readonly string[]): Promise<BukuUtuh> {
  const zip = await ZipBaca.buka(path);
  try {
    const buku = await bacaBuku(zip);
    const dibaca = new Map<string, LembarUtuh>();
    const dipilih = buku.lembar.filter((l: LembarBuku) => !nama || nama.includes(l.nama));
    for (const l of dipilih) {
      if (dibaca.has(l.nama)) continue;
      const lembar = new LembarUtuh(l.nama);
      let sel = 0;
      await alirkanBaris(
        buku,
        l,
        (nomor, isi, rinci) => {
          sel += Math.max(isi.length, rinci?.length ?? 0);
          if (sel > SEL_UTUH_MAKS)
            throw new GalatBatas(
              `lembar ${l.nama.slice(0, 31)} berisi lebih dari ${SEL_UTUH_MAKS} sel`,
              "besar",
            );
          lembar.tambah(nomor, isi, rinci);
        },
        true,
      );
      dibaca.set(l.nama, lembar);
    }
    return { lembar: (n) => dibaca.get(n) };
  } finally {
    await zip.tutup();
  }
}
