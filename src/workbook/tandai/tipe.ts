import { Teks } from "../../bahasa";

/** A cell value as Office.js `values` gives it ("" for a blank); undefined where nothing was read. */
export type NilaiSel = string | number | boolean | null | undefined;

/** Rows of cell values, top-left at the grid's own (0, 0). Rows may be ragged or sparse. */
export type Kisi = ReadonlyArray<ReadonlyArray<NilaiSel>>;

/** One Target/Realisasi column pair; columns are 0-based within the grid. */
export interface PasanganKolom {
  /** The period as the header writes it ("2025", "TW I"), "" when the header has none. */
  periode: string;
  kolomTarget: number;
  kolomRealisasi: number;
}

/** What the header row tells: where the pairs, the label and the polarity are. */
export interface Kerangka {
  /** 0-based row of the header (the lower row of a two-row header). */
  barisJudul: number;
  pasangan: PasanganKolom[];
  kolomLabel?: number;
  kolomPolaritas?: number;
}

/** A detected table: the header plus the rows that hold numbers to compare. */
export interface TabelTerdeteksi extends Kerangka {
  /** 0-based rows with at least one numeric target or realisation, in order. */
  barisData: number[];
}

export type HasilDeteksi<T> = { ok: true; tabel: T } | { ok: false; alasan: Teks };

export const tolakDeteksi = <T>(id: string, en: string): HasilDeteksi<T> => ({
  ok: false,
  alasan: { id, en },
});
