import { uraiSel } from "../../../src/workbook/alamat";
import { RencanaLembar, Sel } from "../../../src/workbook/rencana";

/** The planned cell at an A1 address of a sheet's plan, from whichever block holds it. */
export function nilai(lembar: RencanaLembar, alamat: string): Sel | undefined {
  const { kolom, baris } = uraiSel(alamat);
  for (const b of lembar.blok) {
    const awal = uraiSel(b.alamat);
    const v = b.nilai[baris - awal.baris]?.[kolom - awal.kolom];
    if (v !== undefined) return v;
  }
  return undefined;
}
