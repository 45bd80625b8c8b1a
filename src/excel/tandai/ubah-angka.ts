import { SelTeksPanel } from "./hasil-tandai";

/**
 * "Ubah jadi angka": writes the number each listed cell reads as, but only where the cell still
 * holds the same text (the user may have typed since). Touches no other cell and no format.
 * Returns how many cells really hold a number afterwards: a cell formatted as Text keeps what is
 * written as text, so each cell's type is read back in the same sync.
 */
export async function ubahJadiAngkaDalam(
  context: Excel.RequestContext,
  lembar: string,
  daftar: readonly SelTeksPanel[],
): Promise<number> {
  const ws = context.workbook.worksheets.getItem(lembar);
  const sel = daftar.map((s) => {
    const r = ws.getRange(s.alamat);
    r.load("values");
    return { s, r };
  });
  await context.sync();
  const tetap = sel.filter(({ s, r }) => r.values[0][0] === s.teks);
  for (const { s, r } of tetap) {
    r.values = [[s.angka]];
    r.load("valueTypes");
  }
  await context.sync();
  return tetap.filter(({ r }) => r.valueTypes[0][0] === "Double").length;
}

export function ubahJadiAngka(lembar: string, daftar: readonly SelTeksPanel[]): Promise<number> {
  return Excel.run((context) => ubahJadiAngkaDalam(context, lembar, daftar));
}

/**
 * Selects one cell so the planner sees it (a review-list click). The sheet is activated first:
 * select() on an inactive sheet is unreliable (office-js #5118).
 */
export async function pilihSelDalam(
  context: Excel.RequestContext,
  lembar: string,
  alamat: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(lembar);
  ws.activate();
  ws.getRange(alamat).select();
  await context.sync();
}

export function pilihSel(lembar: string, alamat: string): Promise<void> {
  return Excel.run((context) => pilihSelDalam(context, lembar, alamat));
}
