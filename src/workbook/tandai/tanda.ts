/**
 * The flag plan for a table on a user's own sheet: which ranges get which conditional-format
 * rule. Pure; the Office.js and ExcelJS writers apply it. Each rule carries a marker term, so the
 * add-in finds its own flags again (to skip them or remove them) and never touches the user's
 * rules. The marker names no address: inserting rows moves a rule, not the text inside it, so
 * the range is always read from the rule itself.
 */
import { alamatKotak, Kotak, LetakSel, sel, selKolomTetap } from "../alamat";
import { Kerangka } from "./tipe";
import { FormatBersyarat } from "../rencana";
import { rumusBertanda, rumusMeleset } from "../rumus";

export const PENANDA_TANDA = "IKU-Kinerja";
/** Excel's own "light red fill with dark red text". */
export const WARNA_MELESET = { isi: "#FFC7CE", font: "#9C0006" } as const;

/**
 * One rule over the realisation rectangle, relative to its top-left cell: each cell is compared
 * with the target cell at the same offset in the target rectangle.
 */
export function tandaRentang(realisasi: Kotak, target: LetakSel, kolomPolaritas?: number): FormatBersyarat {
  const alamat = alamatKotak(realisasi);
  const polaritas =
    kolomPolaritas === undefined ? '"positif"' : selKolomTetap(kolomPolaritas, realisasi.baris);
  const meleset = rumusMeleset(
    sel(realisasi.kolom, realisasi.baris),
    sel(target.kolom, target.baris),
    polaritas,
  );
  return {
    alamat,
    rumus: rumusBertanda(meleset, PENANDA_TANDA),
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
  asal: LetakSel,
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

// Older versions wrote the range into the marker ("IKU-Kinerja E5:E14"); those are ours too.
const POLA_PENANDA = new RegExp(`N\\("(${PENANDA_TANDA}(?: [^"]*)?)"\\)`);

/** The marker of an add-in flag ("IKU-Kinerja"), or undefined for anyone else's rule. */
export function penandaDari(rumus: string | null | undefined): string | undefined {
  return POLA_PENANDA.exec(rumus ?? "")?.[1];
}

/** The marker a planned flag carries. */
export const penandaRencana = (f: FormatBersyarat): string => penandaDari(f.rumus)!;

/** "$E$5:$E$9" and "e5:E9" are one range; "E5:E5" is "E5"; a sheet name is dropped. */
export function alamatBaku(alamat: string): string {
  const tanpaLembar = alamat
    .slice(alamat.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const [a, b = a] = tanpaLembar.split(":");
  return a === b ? a : `${a}:${b}`;
}

/**
 * Whether the sheet already carries this flag: one of the add-in's rules on exactly the planned
 * range. `ada` lists the rules with the range each applies to now, read from the rule.
 *
 * @example sudahDitandai([{ alamat: "E6:E15", rumus: 'AND(…,N("IKU-Kinerja")=0)' }], f) // true if f.alamat is E6:E15
 */
export function sudahDitandai(
  ada: readonly { alamat: string; rumus: string }[],
  rencana: FormatBersyarat,
): boolean {
  const alamat = alamatBaku(rencana.alamat);
  return ada.some((a) => penandaDari(a.rumus) !== undefined && alamatBaku(a.alamat) === alamat);
}
