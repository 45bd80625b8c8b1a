import { TINGGI_BARIS_BAWAAN } from "./kepala-halaman";

/**
 * Where a manual page break keeps a table's tail (its blank input rows and the footer under them)
 * on one page with the last filled rows, so the footer never prints alone under a repeated header.
 * `tinggi` lists the printed rows' heights in points, `muat` what one page holds of them (header rows
 * repeated on every page already taken off), `ekor` the index of the tail's first row.
 *
 * Returns the index of the row the break stands above: the earliest from which everything fits one
 * page, so the pages before hold as much as they can. The break is set whatever the program's own
 * breaks would be, so a program that draws rows a little shorter than planned prints the same.
 * Undefined when everything fits one page, when there is no filled row, or when even the last
 * filled row and the tail exceed a page.
 *
 * @example putusSebelumEkor([100, 100, 100, 250, 60], 420, 3) // 2: rows 2–4 share the last page
 */
export function putusSebelumEkor(tinggi: readonly number[], muat: number, ekor: number): number | undefined {
  if (ekor <= 0 || ekor >= tinggi.length) return undefined;
  let sisa = 0;
  for (let i = tinggi.length - 1; i >= 0; i--) {
    if (sisa + tinggi[i] > muat) return i + 1 < ekor ? i + 1 : undefined;
    sisa += tinggi[i];
  }
  return undefined;
}

/**
 * putusSebelumEkor on a sheet's printed rows `awal`..`akhir` (1-based), heights from the plan
 * (TINGGI_BARIS_BAWAAN where it gives none), the tail from row `ekor`: the row the break stands above.
 */
export function barisPutusEkor(
  tinggiBaris: Readonly<Record<number, number>>,
  awal: number,
  akhir: number,
  ekor: number,
  muat: number,
): number | undefined {
  const tinggi = Array.from(
    { length: akhir - awal + 1 },
    (_, i) => tinggiBaris[awal + i] ?? TINGGI_BARIS_BAWAAN,
  );
  const i = putusSebelumEkor(tinggi, muat, ekor - awal);
  return i === undefined ? undefined : awal + i;
}
