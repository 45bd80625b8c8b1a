/**
 * A sheet's judged rows, held from the one pass that finds and judges its tables until the file's
 * copy is written (the summary tells a file's copy before its rows). Held as CSV lines in a
 * temporary file, so a million rows cost the worker no memory; the parent removes the file if the
 * worker dies (its path is announced before the first row is written).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BarisRingkasan, barisCsv } from "./ringkasan";

/** Rows judged Tercapai and rows judged at all, for the run's closing line. */
export interface Hitungan {
  tercapai: number;
  dinilai: number;
}

export const hitungBaris = (b: BarisRingkasan, h: Hitungan): void => {
  if (b.status === "Tercapai") h.tercapai++;
  if (b.status === "Tercapai" || b.status === "Tidak Tercapai") h.dinilai++;
};

/** Where held rows go once released. */
export interface TahananBaris {
  tulis(b: BarisRingkasan): void;
  /** Hands every held row on, in order, then forgets them. */
  lepas(): Promise<void>;
  /** Forgets the rows without handing them on (the file failed). */
  buang(): void;
}

/** Held as objects, for a caller that wants the rows themselves (tests, small files). */
export class TahananMemori implements TahananBaris {
  private baris: BarisRingkasan[] = [];
  constructor(private readonly ke: (b: BarisRingkasan) => void) {}
  tulis(b: BarisRingkasan): void {
    this.baris.push(b);
  }
  async lepas(): Promise<void> {
    for (const b of this.baris) this.ke(b);
    this.buang();
  }
  buang(): void {
    this.baris = [];
  }
}

const BLOK = 1 << 16;

/** Held as CSV text in a temporary file; released in blocks of text with the rows' counts. */
export class TahananBerkas implements TahananBaris {
  private fd?: number;
  private folder?: string;
  private tertunda = "";
  private readonly hitung: Hitungan = { tercapai: 0, dinilai: 0 };

  /**
   * @param umumkan told the temporary file's path before anything is written to it
   * @param ke receives the UTF-8 text in blocks (cut anywhere); the last block carries the counts
   */
  constructor(
    private readonly umumkan: (path: string) => void,
    private readonly ke: (data: Buffer, hitung: Hitungan) => Promise<void>,
  ) {}

  tulis(b: BarisRingkasan): void {
    hitungBaris(b, this.hitung);
    this.tertunda += barisCsv(b) + "\r\n";
    if (this.tertunda.length >= BLOK) this.siram();
  }

  private siram(): void {
    if (this.fd === undefined) {
      this.folder = mkdtempSync(join(tmpdir(), "periksa-baris-"));
      this.umumkan(this.folder);
      this.fd = openSync(join(this.folder, "baris.csv"), "wx+");
    }
    writeSync(this.fd, this.tertunda, null, "utf8");
    this.tertunda = "";
  }

  async lepas(): Promise<void> {
    try {
      if (this.fd !== undefined) {
        this.siram();
        const b = Buffer.alloc(BLOK);
        for (let pos = 0, n; (n = readSync(this.fd, b, 0, BLOK, pos)) > 0; pos += n)
          await this.ke(Buffer.from(b.subarray(0, n)), { tercapai: 0, dinilai: 0 });
      }
      if (this.tertunda.length > 0 || this.hitung.dinilai > 0)
        await this.ke(Buffer.from(this.tertunda, "utf8"), this.hitung);
    } finally {
      this.buang();
    }
  }

  /** Removes the temporary file (also when the sheet failed before its rows were released). */
  buang(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
    this.fd = undefined;
    this.folder = undefined;
    this.tertunda = "";
  }
}
