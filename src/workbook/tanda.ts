/**
 * The flag plan for a table on a user's own sheet: which ranges get which conditional-format
 * rule. Pure; the Office.js and ExcelJS writers apply it. Each rule carries a marker term naming
 * its range, so the add-in finds its own flags again (to skip them or remove them) and never
 * touches the user's rules.
 */
import { kotak, sel, selKolomTetap } from "./alamat";
import { Kerangka } from "./deteksi/tipe";
import { FormatBersyarat } from "./rencana";
import { rumusBertanda, rumusMeleset } from "./rumus";

export const PENANDA = "IKU-Kinerja";
/** Excel's own "light red fill with dark red text". */
export const WARNA_MELESET = { isi: "#FFC7CE", font: "#9C0006" } as const;

/** A rectangle on the sheet: 1-based column and row of its top-left cell, and its size. */
export interface Kotak {
  kolom: number;
  baris: number;
  lebar: number;
  tinggi: number;
}

/**
 * One rule over the realisation rectangle, relative to its top-left cell: each cell is compared
 * with the target cell at the same offset in the target rectangle.
 */
export function tandaRentang(
  realisasi: Kotak,
  target: { kolom: number; baris: number },
  kolomPolaritas?: number,
): FormatBersyarat {
  const alamat = kotak(realisasi.kolom, realisasi.baris, realisasi.lebar, realisasi.tinggi);
  const polaritas =
    kolomPolaritas === undefined ? '"positif"' : selKolomTetap(kolomPolaritas, realisasi.baris);
  const meleset = rumusMeleset(
    sel(realisasi.kolom, realisasi.baris),
    sel(target.kolom, target.baris),
    polaritas,
  );
  return {
    alamat,
    rumus: rumusBertanda(meleset, `${PENANDA} ${alamat}`),
    warnaIsi: WARNA_MELESET.isi,
    warnaFont: WARNA_MELESET.font,
  };
}

/**
 * One rule per Target/Realisasi pair of a detected table, over grid rows `awal`..`akhir`
 * (0-based, inclusive). `asal` is the sheet cell (1-based) of the grid's top-left corner.
 */
export function rencanaTanda(
  kerangka: Kerangka,
  asal: { kolom: number; baris: number },
  awal: number,
  akhir: number,
): FormatBersyarat[] {
  const baris = asal.baris + awal;
  const tinggi = akhir - awal + 1;
  const polaritas = kerangka.kolomPolaritas === undefined ? undefined : asal.kolom + kerangka.kolomPolaritas;
  return kerangka.pasangan.map((p) =>
    tandaRentang(
      { kolom: asal.kolom + p.kolomRealisasi, baris, lebar: 1, tinggi },
      { kolom: asal.kolom + p.kolomTarget, baris },
      polaritas,
    ),
  );
}

const POLA_PENANDA = new RegExp(`N\\("(${PENANDA} [^"]*)"\\)`);

/** The marker of an add-in flag ("IKU-Kinerja E5:E14"), or undefined for anyone else's rule. */
export function penandaDari(rumus: string | null | undefined): string | undefined {
  return POLA_PENANDA.exec(rumus ?? "")?.[1];
}

/** The marker a planned flag carries. */
export const penandaRencana = (f: FormatBersyarat): string => penandaDari(f.rumus)!;
