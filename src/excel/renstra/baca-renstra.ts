/**
 * "Periksa Renstra": finds the Renstra table by its header cells on the active sheet (else on the
 * other sheets, or on the sheets an insertion just made), reads only its Kode, name and Pagu
 * columns down to the used range's end, in chunks, and lists what the sheet's checks mark. Never
 * writes: (1) the header search and the used ranges, (2) the columns, one sync per chunk.
 */
import { Teks } from "../../bahasa";
import { kodeGalatSel, masihDihitung } from "../../domain/galat";
import { kotak, sel } from "../../workbook/alamat";
import {
  cariKepalaRenstra,
  KepalaRenstra,
  MasalahRenstra,
  masalahRenstra,
} from "../../workbook/renstra/tabel-renstra";
import { bacaPotonganBertahap } from "../baca-bertahap";
import { ANGGARAN_JAWABAN } from "../batas-permintaan";
import { pesanGalatOffice, pesanMasihDihitung } from "../galat-office";
import { Calon, JENDELA_KEPALA, calon } from "../jendela-kepala";

/** Bytes budgeted per cell of the search window: its formulas are read, and a check formula is ≤ 200 characters. */
const BITA_SEL_JENDELA = 200;

/** One wrong row as the pane lists it: `alamat` spans the table's columns on that row. */
export interface MasalahPanel extends Omit<MasalahRenstra, "indeks"> {
  alamat: string;
  baris: number;
}

export type HasilRenstra =
  | {
      ok: true;
      lembar: string;
      tahun: number[];
      /** Rows with a code, checked. */
      diperiksa: number;
      masalah: MasalahPanel[];
    }
  | { ok: false; alasan: Teks; /** No sheet searched holds the header. */ tanpaTabel?: true };

export const PESAN_TANPA_TABEL: Teks = {
  id:
    "Tabel Renstra tidak ditemukan: tidak ada lembar dengan baris judul Kode, Tingkat, Program / Kegiatan / " +
    "Sub Kegiatan, …, Target dan Pagu per tahun, …, Cek Pagu di 30 baris teratasnya. Buka lembar Renstra " +
    "(dari Sisipkan IKU) atau salin baris judulnya persis, lalu klik Periksa Renstra lagi.",
  en:
    "No Renstra table found: no sheet has the header row Kode, Tingkat, Program / Kegiatan / Sub Kegiatan, …, " +
    "Target and Pagu per year, …, Cek Pagu in its top 30 rows. Open the Renstra sheet (from Insert IKU) or " +
    "copy its header row exactly, then click Check Renstra again.",
};

/** The first sheet of `daftar` (in order) whose window holds the header; one sync per group of windows. */
async function cariTabel(
  context: Excel.RequestContext,
  daftar: readonly Excel.Worksheet[],
  anggaran: number,
): Promise<{ c: Calon; kepala: KepalaRenstra } | undefined> {
  const perSync = Math.max(
    1,
    Math.floor(anggaran / (JENDELA_KEPALA.baris * JENDELA_KEPALA.kolom * BITA_SEL_JENDELA)),
  );
  for (let i = 0; i < daftar.length; i += perSync) {
    const kelompok = daftar.slice(i, i + perSync).map(calon);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group keeps each response under 5 MB
    await context.sync();
    for (const c of kelompok) {
      const kepala = c.pakai.isNullObject ? undefined : cariKepalaRenstra(c.jendela.formulas);
      if (kepala) return { c, kepala };
    }
  }
  return undefined;
}

/**
 * The action on an open request context; `lembar` limits the search to those sheets (an
 * insertion's), otherwise the active sheet comes first, then the others in tab order.
 */
export async function periksaRenstraDalam(
  context: Excel.RequestContext,
  opsi: { lembar?: readonly string[]; anggaran?: number } = {},
): Promise<HasilRenstra> {
  const { anggaran = ANGGARAN_JAWABAN } = opsi;
  const semua = context.workbook.worksheets;
  let ketemu: Awaited<ReturnType<typeof cariTabel>>;
  if (opsi.lembar) {
    ketemu = await cariTabel(
      context,
      opsi.lembar.map((n) => semua.getItem(n)),
      anggaran,
    );
  } else {
    semua.load("items/name");
    const aktif = semua.getActiveWorksheet();
    aktif.load("name");
    ketemu = await cariTabel(context, [aktif], anggaran);
    if (!ketemu) {
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- cariTabel has synced the names
      const lain = semua.items.filter((w) => w.name !== aktif.name);
      ketemu = await cariTabel(context, lain, anggaran);
    }
  }
  if (!ketemu) return { ok: false, alasan: PESAN_TANPA_TABEL, tanpaTabel: true };

  const { c, kepala } = ketemu;
  const awal = kepala.baris + 1;
  const tinggi = Math.max(0, c.pakai.rowIndex + c.pakai.rowCount - awal);
  const kolom = [kepala.kolomKode, kepala.kolomNama, ...kepala.kolomPagu];
  const potong = (dari: number, n: number) => kolom.map((k) => c.ws.getRangeByIndexes(awal + dari, k, n, 1));
  const isi =
    tinggi > 0 ? await bacaPotonganBertahap(context, potong, kolom.length, tinggi, 1, anggaran) : [];
  const nilai = (j: number, i: number): unknown => isi[j]?.[i]?.[0];

  // A cell still computing (#BUSY!) has no value to check yet.
  for (let i = 0; i < tinggi; i++)
    for (let j = 0; j < kolom.length; j++) {
      const kode = kodeGalatSel(nilai(j, i));
      if (masihDihitung(kode))
        return { ok: false, alasan: pesanMasihDihitung("renstra", sel(kolom[j] + 1, awal + i + 1), kode!) };
    }

  const baris = Array.from({ length: tinggi }, (_, i) => ({
    kode: nilai(0, i),
    nama: nilai(1, i),
    pagu: kepala.tahun.map((_, t) => nilai(2 + t, i)),
  }));
  const masalah = masalahRenstra(baris, kepala.tahun).map(({ indeks, ...m }) => ({
    ...m,
    baris: awal + indeks + 1,
    alamat: kotak(kepala.kolom + 1, awal + indeks + 1, kepala.lebar, 1),
  }));
  const diperiksa = baris.filter((b) => b.kode !== "" && b.kode !== null && b.kode !== undefined).length;
  return { ok: true, lembar: c.ws.name, tahun: kepala.tahun, diperiksa, masalah };
}

/** The pane's entry point: the workbook's Renstra table, or the sheets an insertion made. */
export async function periksaRenstraBuku(lembar?: readonly string[]): Promise<HasilRenstra> {
  try {
    return await Excel.run((context) => periksaRenstraDalam(context, { lembar }));
  } catch (e) {
    return { ok: false, alasan: pesanGalatOffice(e, "renstra") };
  }
}
