import { NAMA_DASAR, NamaLembar, RencanaBuku, namaBebas } from "../../workbook/rencana";
import { pesanGagalDibersihkan, pesanGalatOffice } from "../galat-office";
import { HasilSisip, PESAN_API_LAMA, VERSI_API } from "./hasil-sisip";
import { terapkanAturan } from "../terapkan-aturan";
import { ANGGARAN_PERMINTAAN, bagiKelompok, Langkah } from "../batas-permintaan";
import { biayaTeks, langkahIsi } from "./terapkan-isi";
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

/**
 * Queues the new sheets and returns every other part of the plan as steps, in queue order; only
 * sheets added here are ever touched.
 */
function langkahRencana(context: Excel.RequestContext, rencana: RencanaBuku): Langkah[] {
  // Added now, so every step holds their objects; the additions travel with the first batch.
  const baru = new Map(rencana.lembar.map((l) => [l.nama, context.workbook.worksheets.add(l.nama)]));
  const cari: CariRentang = (rujukan) => {
    const [nama, alamat] = pisahRujukan(rujukan);
    const lembar = baru.get(nama);
    if (!lembar) throw new RangeError(`Rencana merujuk lembar "${nama}" yang tidak dibuat`);
    return lembar.getRange(alamat);
  };
  const langkah: Langkah[] = [{ biaya: biayaTeks(baru.size, [...baru.keys()]), jalankan: () => undefined }];
  for (const l of rencana.lembar) {
    const lembar = baru.get(l.nama) as Excel.Worksheet;
    langkah.push(...langkahIsi(lembar, l));
    langkah.push({
      biaya: biayaTeks(4 * (l.validasi.length + l.formatBersyarat.length), l.validasi, l.formatBersyarat),
      jalankan: () => terapkanAturan(lembar, l.validasi, l.formatBersyarat),
    });
    langkah.push({
      biaya: biayaTeks(8 + 10 * l.grafik.length, l.grafik, l.cetak),
      jalankan: () => terapkanTataLetak(lembar, l, cari),
    });
  }
  // Last, so the sheet shows when everything is in it.
  langkah.push({ biaya: biayaTeks(1), jalankan: () => baru.get(rencana.aktif)?.activate() });
  return langkah;
}

/** After each write batch: `selesai` of `jumlah` batches sent. */
export type Kemajuan = (selesai: number, jumlah: number) => void;

export interface OpsiSisip {
  kemajuan?: Kemajuan;
  /** Estimated bytes per request; tests lower it to see several batches on a small plan. */
  anggaran?: number;
}

/**
 * After a failed insertion, on the same context: deletes exactly those of the named sheets that
 * exist (their names were free before, so the insertion added them). Never throws: `lembar` lists
 * the sheets it found (all named ones when even the listing failed), removed unless `galat`.
 */
export async function hapusLembarBaru(
  context: Excel.RequestContext,
  nama: readonly string[],
): Promise<{ lembar: string[]; galat?: unknown }> {
  let ada: string[] = [];
  try {
    // Steps queued before a thrown error would travel with the listing: they go alone, first,
    // and their failure is the one already being reported.
    await context.sync().catch(() => undefined);
    const daftar = context.workbook.worksheets;
    daftar.load("items/name");
    await context.sync();
    ada = daftar.items.map((l) => l.name).filter((n) => nama.includes(n));
    for (const n of ada) daftar.getItem(n).delete();
    await context.sync();
    return { lembar: ada };
  } catch (e) {
    return { lembar: ada.length > 0 ? ada : [...nama], galat: e };
  }
}

/**
 * Inserts a workbook plan: one read of the sheet names to find free ones, then the writes, in as
 * few batches as keep each request under ANGGARAN_PERMINTAAN (one for a few hundred indicators).
 * Never throws: the result carries a message instead. A batch is not atomic, so after a failure
 * the sheets it had added are deleted again; the message says whether that worked, and
 * `lembarBaru` names the sheets that may remain when it did not.
 *
 * @example
 * await Excel.run((ctx) => sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama)));
 * //=> { ok: true, lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard"] }
 */
export async function sisipkanRencana(
  context: Excel.RequestContext,
  buat: (nama: NamaLembar) => RencanaBuku,
  { kemajuan, anggaran = ANGGARAN_PERMINTAAN }: OpsiSisip = {},
): Promise<HasilSisip> {
  if (!apiCukup()) return { ok: false, pesan: PESAN_API_LAMA };
  let lembarBaru: string[] | undefined;
  try {
    const daftar = context.workbook.worksheets;
    daftar.load("items/name");
    await context.sync();
    const rencana = buat(namaBebasSemua(daftar.items.map((l) => l.name)));
    // Free names: any sheet bearing one after a failure was added by this insertion.
    lembarBaru = rencana.lembar.map((l) => l.nama);
    context.application.suspendScreenUpdatingUntilNextSync();
    const kelompok = bagiKelompok(langkahRencana(context, rencana), anggaran);
    for (const [i, k] of kelompok.entries()) {
      if (i > 0) context.application.suspendScreenUpdatingUntilNextSync();
      for (const l of k) l.jalankan();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each under 5 MB
      await context.sync();
      kemajuan?.(i + 1, kelompok.length);
    }
    return { ok: true, lembar: lembarBaru };
  } catch (e) {
    const gagal = pesanGalatOffice(e, "sisip");
    if (!lembarBaru) return { ok: false, pesan: gagal };
    const bersih = await hapusLembarBaru(context, lembarBaru);
    const pesan = pesanGagalDibersihkan(gagal, bersih);
    return bersih.galat === undefined
      ? { ok: false, pesan }
      : { ok: false, pesan, lembarBaru: bersih.lembar };
  }
}
