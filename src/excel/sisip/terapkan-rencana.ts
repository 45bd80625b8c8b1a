import { NAMA_DASAR, NamaLembar, RencanaBuku, namaBebas } from "../../workbook/rencana";
import { pesanGagalDibersihkan, pesanGalatOffice, uraiGalatOffice } from "../galat-office";
import { HasilSisip, PESAN_API_LAMA, VERSI_API } from "./hasil-sisip";
import { terapkanAturan } from "../terapkan-aturan";
import { ANGGARAN_PERMINTAAN, ANGGARAN_TERKECIL, bagiKelompok, Langkah } from "../batas-permintaan";
import { GayaRencana, gayaRencana, OPERASI_PER_GAYA, siapkanGaya } from "./gaya-bernama";
import { biayaTeks, langkahIsi } from "./terapkan-isi";
import { CariRentang, terapkanTataLetak } from "./terapkan-tata-letak";
import { lepasSekaliPakai, sekaliPakai } from "../rentang-lepas";

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
function langkahRencana(
  context: Excel.RequestContext,
  rencana: RencanaBuku,
  gaya: GayaRencana,
  gayaAda: ReadonlySet<string>,
): { langkah: Langkah[]; gayaBaru: string[] } {
  // Added now, so every step holds their objects; the additions travel with the first batch.
  const baru = new Map(rencana.lembar.map((l) => [l.nama, context.workbook.worksheets.add(l.nama)]));
  // Styles before any sheet uses them; queued now, they too travel with the first batch.
  const gayaBaru = siapkanGaya(context, gaya, gayaAda);
  const cari: CariRentang = (rujukan) => {
    const [nama, alamat] = pisahRujukan(rujukan);
    const lembar = baru.get(nama);
    if (!lembar) throw new RangeError(`Rencana merujuk lembar "${nama}" yang tidak dibuat`);
    return sekaliPakai(lembar.getRange(alamat));
  };
  const biayaAwal = biayaTeks(baru.size + OPERASI_PER_GAYA * gayaBaru.length, [...baru.keys()], gayaBaru);
  const langkah: Langkah[] = [{ biaya: biayaAwal, jalankan: () => undefined }];
  for (const l of rencana.lembar) {
    const lembar = baru.get(l.nama) as Excel.Worksheet;
    langkah.push(...langkahIsi(lembar, l, gaya));
    langkah.push({
      biaya: biayaTeks(4 * (l.validasi.length + l.formatBersyarat.length), l.validasi, l.formatBersyarat),
      jalankan: () => terapkanAturan(lembar, l.validasi, l.formatBersyarat),
    });
    langkah.push({
      // A chart is about ten actions; its 100% line series about eight more.
      biaya: biayaTeks(8 + l.grafik.reduce((a, g) => a + (g.garis ? 18 : 10), 0), l.grafik, l.cetak),
      jalankan: () => terapkanTataLetak(lembar, l, cari),
    });
  }
  // Last, so the sheet shows when everything is in it.
  langkah.push({ biaya: biayaTeks(1), jalankan: () => baru.get(rencana.aktif)?.activate() });
  return { langkah, gayaBaru };
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
  gaya: readonly string[] = [],
): Promise<{ lembar: string[]; galat?: unknown }> {
  let ada: string[] = [];
  try {
    // Steps queued before a thrown error would travel with the listing: they go alone, first,
    // and their failure is the one already being reported.
    await context.sync().catch(() => undefined);
    const daftar = context.workbook.worksheets;
    daftar.load("items/name");
    const semuaGaya = context.workbook.styles;
    if (gaya.length > 0) semuaGaya.load("items/name");
    await context.sync();
    ada = daftar.items.map((l) => l.name).filter((n) => nama.includes(n));
    for (const n of ada) daftar.getItem(n).delete();
    // Styles this insertion added, those it got to add before the failure.
    const gayaKecil = new Set(gaya.map((g) => g.toLowerCase()));
    if (gaya.length > 0) for (const g of semuaGaya.items) if (gayaKecil.has(g.name.toLowerCase())) g.delete();
    await context.sync();
    return { lembar: ada };
  } catch (e) {
    return { lembar: ada.length > 0 ? ada : [...nama], galat: e };
  }
}

/** Whether Excel refused a batch for its size: the 413 refusal, or the web's internal error for a large one. */
function ditolakKarenaUkuran(e: unknown, biaya: number): boolean {
  const kode = uraiGalatOffice(e).kode;
  return kode === "RequestPayloadSizeLimitExceeded" || (kode === "GeneralException" && biaya > 1_000_000);
}

/**
 * Inserts a workbook plan: one read of the sheet and style names to find free ones, then the
 * writes, in as few batches as keep each request under ANGGARAN_PERMINTAAN (one for a few hundred
 * indicators). Never throws: the result carries a message instead. A batch is not atomic, so after
 * a failure the sheets and styles it had added are deleted again; a batch refused for its size is
 * tried again from the start in batches half as large, and the pane hears of it only when even
 * the smallest fails. The message says whether the clean-up worked, and `lembarBaru` names the
 * sheets that may remain when it did not.
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
  let gayaBaru: string[] = [];
  try {
    const daftar = context.workbook.worksheets;
    daftar.load("items/name");
    const gayaBuku = context.workbook.styles;
    gayaBuku.load("items/name");
    await context.sync();
    const rencana = buat(namaBebasSemua(daftar.items.map((l) => l.name)));
    const gayaAda = new Set(gayaBuku.items.map((g) => g.name.toLowerCase()));
    const gaya = gayaRencana(rencana);
    // Free names: any sheet bearing one after a failure was added by this insertion.
    lembarBaru = rencana.lembar.map((l) => l.nama);
    for (let batas = anggaran; ; batas = Math.floor(batas / 2)) {
      const tulis = langkahRencana(context, rencana, gaya, gayaAda);
      gayaBaru = tulis.gayaBaru;
      const kelompok = bagiKelompok(tulis.langkah, batas);
      let i = 0;
      try {
        for (; i < kelompok.length; i++) {
          context.application.suspendScreenUpdatingUntilNextSync();
          for (const l of kelompok[i]) l.jalankan();
          lepasSekaliPakai(context);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each under 5 MB
          await context.sync();
          kemajuan?.(i + 1, kelompok.length);
        }
        return { ok: true, lembar: lembarBaru };
      } catch (e) {
        const biaya = kelompok[i]?.reduce((n, l) => n + l.biaya, 0) ?? 0;
        if (!ditolakKarenaUkuran(e, biaya) || batas / 2 < ANGGARAN_TERKECIL) throw e;
        // Start again from a clean workbook: what the refused batch left half-done goes with its sheets.
        const bersih = await hapusLembarBaru(context, lembarBaru, gayaBaru);
        if (bersih.galat !== undefined) throw e;
      }
    }
  } catch (e) {
    const gagal = pesanGalatOffice(e, "sisip");
    if (!lembarBaru) return { ok: false, pesan: gagal };
    const bersih = await hapusLembarBaru(context, lembarBaru, gayaBaru);
    const pesan = pesanGagalDibersihkan(gagal, bersih);
    return bersih.galat === undefined
      ? { ok: false, pesan }
      : { ok: false, pesan, lembarBaru: bersih.lembar };
  }
}
