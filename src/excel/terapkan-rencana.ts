import { NAMA_DASAR, NamaLembar, RencanaBuku, namaBebas } from "../workbook/rencana";
import { HasilSisip, PESAN_API_LAMA, VERSI_API, pesanGagal } from "./hasil";
import { terapkanAturan } from "./terapkan-aturan";
import { terapkanIsi } from "./terapkan-isi";
import { CariRentang, terapkanTataLetak } from "./terapkan-tata-letak";

/** Whether this Excel has every API the writer uses; false outside Office too. */
export function apiCukup(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", VERSI_API) === true;
  } catch {
    // Outside Office the requirements object may exist and throw.
    return false;
  }
}

/** The four sheet names, each the first one not yet taken in the workbook. */
export function namaBebasSemua(terpakai: readonly string[]): NamaLembar {
  const nama = { ...NAMA_DASAR };
  for (const k of Object.keys(nama) as Array<keyof NamaLembar>) nama[k] = namaBebas(NAMA_DASAR[k], terpakai);
  return nama;
}

/** "'IKU (2)'!D6:D15" → ["IKU (2)", "D6:D15"]. */
function pisahRujukan(rujukan: string): [string, string] {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(rujukan);
  if (!m) throw new RangeError(`"${rujukan}" bukan rujukan lembar!rentang`);
  return [m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], m[3]];
}

/** Queues every sheet of the plan; only sheets added here are ever touched. */
function antrekan(context: Excel.RequestContext, rencana: RencanaBuku): void {
  const baru = new Map<string, Excel.Worksheet>();
  for (const l of rencana.lembar) baru.set(l.nama, context.workbook.worksheets.add(l.nama));
  const cari: CariRentang = (rujukan) => {
    const [nama, alamat] = pisahRujukan(rujukan);
    const lembar = baru.get(nama);
    if (!lembar) throw new RangeError(`Rencana merujuk lembar "${nama}" yang tidak dibuat`);
    return lembar.getRange(alamat);
  };
  for (const l of rencana.lembar) {
    const lembar = baru.get(l.nama) as Excel.Worksheet;
    terapkanIsi(lembar, l);
    terapkanAturan(lembar, l.validasi, l.formatBersyarat);
    terapkanTataLetak(lembar, l, cari);
  }
  baru.get(rencana.aktif)?.activate();
}

/**
 * Inserts a workbook plan in two round trips whatever its size: one read of the sheet names to
 * find free ones, one write of everything. Never throws: the result carries a message instead.
 *
 * @example
 * await Excel.run((ctx) => sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama)));
 * //=> { ok: true, lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard"] }
 */
export async function sisipkanRencana(
  context: Excel.RequestContext,
  buat: (nama: NamaLembar) => RencanaBuku,
): Promise<HasilSisip> {
  if (!apiCukup()) return { ok: false, pesan: PESAN_API_LAMA };
  let lembarBaru: string[] | undefined;
  try {
    const daftar = context.workbook.worksheets;
    daftar.load("items/name");
    await context.sync();
    const rencana = buat(namaBebasSemua(daftar.items.map((l) => l.name)));
    context.application.suspendScreenUpdatingUntilNextSync();
    // Free names: any sheet bearing one after a failure was added by this batch.
    lembarBaru = rencana.lembar.map((l) => l.nama);
    antrekan(context, rencana);
    await context.sync();
    return { ok: true, lembar: lembarBaru };
  } catch (e) {
    return lembarBaru ? { ok: false, pesan: pesanGagal(e), lembarBaru } : { ok: false, pesan: pesanGagal(e) };
  }
}
