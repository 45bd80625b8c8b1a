import { Teks } from "../../bahasa";
import { ButirTinjauan, RingkasanPeriode, StatusButir } from "../../workbook/tandai";

/** One judged cell as the pane lists it; `alamat` is the realisation cell on `lembar`. */
export interface ButirPanel {
  alamat: string;
  label: string;
  periode: string;
  target: unknown;
  realisasi: unknown;
  capaian?: number;
  predikat?: string;
  status: StatusButir;
  pesan?: Teks;
}

/** A judged cell as the pane lists it, at its address on the sheet, under its row label. */
export function butirPanel(b: ButirTinjauan, alamat: string, label: string, periode: string): ButirPanel {
  const { target, realisasi, capaian, predikat, status, pesan } = b;
  return { alamat, label, periode, target, realisasi, capaian, predikat, status, pesan };
}

/** A number stored as text, with the number it reads as (the Indonesian way). */
export interface SelTeksPanel {
  alamat: string;
  teks: string;
  angka: number;
}

export type HasilTandai =
  | {
      ok: true;
      lembar: string;
      /** Flags added now; 0 when the table was already flagged. */
      ditambah: number;
      /** Stale add-in flags replaced (the table moved or grew). */
      diganti: number;
      butir: ButirPanel[];
      teks: SelTeksPanel[];
      ringkasan: RingkasanPeriode[];
    }
  | { ok: false; alasan: Teks };
