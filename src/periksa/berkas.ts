import { readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { namaBebas } from "../workbook/rencana";

/** The files to check: given files as they are, directories by their .xlsx files (not Excel's "~$" lock files). */
export function daftarBerkas(masukan: readonly string[]): string[] {
  return masukan.flatMap((m) => {
    if (!statSync(m, { throwIfNoEntry: false })?.isDirectory()) return [m];
    return readdirSync(m)
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$"))
      .sort()
      .map((f) => join(m, f));
  });
}

/** Output names in the out directory: the original name, "(2)"… when two inputs share it. */
export function namaSalinan(berkas: readonly string[]): string[] {
  const terpakai: string[] = [];
  return berkas.map((b) => {
    const nama = basename(b).replace(/\.xlsx$/i, "");
    const bebas = namaBebas(nama, terpakai);
    terpakai.push(bebas);
    return `${bebas}.xlsx`;
  });
}
