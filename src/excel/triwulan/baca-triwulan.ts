/**
 * "Periksa Triwulan": finds the Rencana Aksi table and the Triwulan sheet's Cek Target TW columns
 * by their header cells on any sheet (the active one first), reads only the columns the pane
 * lists (number, indicator, realisation per quarter, capaian, status; the year's fit check) down
 * to the used range's end, in chunks, and lists what the sheets say. Never writes: (1) the header
 * search with the used ranges, (2) the columns, one sync per chunk.
 */
import { Teks } from "../../bahasa";
import { kodeGalatSel, masihDihitung } from "../../domain/galat";
import { kotak, sel } from "../../workbook/alamat";
import {
  ButirRencanaAksi,
  cariKepalaRencanaAksi,
  cariKepalaTriwulan,
  cekUntukTahun,
  daftarRencanaAksi,
  daftarTidakSesuai,
  jumlahIndikator,
  KepalaRencanaAksi,
  KepalaTriwulan,
  triwulanBerjalan,
} from "../../workbook/triwulan/tabel-triwulan";
import { bacaPotonganBertahap } from "../baca-bertahap";
import { ANGGARAN_JAWABAN } from "../batas-permintaan";
import { pesanGalatOffice, pesanMasihDihitung } from "../galat-office";
import { Calon, JENDELA_KEPALA, calon } from "../jendela-kepala";
// The same search window as the Renstra check: title rows above the header, A1:BL30.

/** Bytes budgeted per cell of the search window: its formulas are read, a formula ≤ 200 characters. */
const BITA_SEL_JENDELA = 200;

/** A listed row: `alamat` spans the table's columns on that row, `baris` is its 1-based number. */
interface Letak {
  baris: number;
  alamat: string;
}
export type ButirRencanaAksiPanel = Omit<ButirRencanaAksi, "indeks"> & Letak;
export interface ButirCekPanel extends Letak {
  no: string;
  indikator: string;
}

export type HasilTriwulan =
  | {
      ok: true;
      /** The year the lists are for: the Rencana Aksi's, else this year's Triwulan columns. */
      tahun?: number;
      /** The quarter under way in that year, 0-based. */
      triwulan: number;
      rencanaAksi?: { lembar: string; diperiksa: number; butir: ButirRencanaAksiPanel[] };
      cekTarget?: { lembar: string; tahun?: number; diperiksa: number; butir: ButirCekPanel[] };
    }
  | { ok: false; alasan: Teks };

interface Ketemu {
  ra?: { c: Calon; kepala: KepalaRencanaAksi };
  tw?: { c: Calon; kepala: KepalaTriwulan };
}

/** The first sheet (in the order given) holding each table; one sync per group of windows. */
async function cariTabel(
  context: Excel.RequestContext,
  daftar: readonly Excel.Worksheet[],
  anggaran: number,
): Promise<Ketemu> {
  const perSync = Math.max(
    1,
    Math.floor(anggaran / (JENDELA_KEPALA.baris * JENDELA_KEPALA.kolom * BITA_SEL_JENDELA)),
  );
  const ketemu: Ketemu = {};
  for (let i = 0; i < daftar.length && !(ketemu.ra && ketemu.tw); i += perSync) {
    const kelompok = daftar.slice(i, i + perSync).map(calon);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group keeps each response under 5 MB
    await context.sync();
    for (const c of kelompok) {
      if (c.pakai.isNullObject) continue;
      const ra = ketemu.ra ? undefined : cariKepalaRencanaAksi(c.jendela.formulas);
      if (ra) ketemu.ra = { c, kepala: ra };
      const tw = ketemu.tw ? undefined : cariKepalaTriwulan(c.jendela.formulas);
      if (tw) ketemu.tw = { c, kepala: tw };
    }
  }
  return ketemu;
}

/** The columns of one table read from the row under its header to its sheet's used end. */
interface Bacaan {
  c: Calon;
  awal: number;
  tinggi: number;
  kolom: number[];
}

function bacaan(c: Calon, barisKepala: number, kolom: number[]): Bacaan {
  const awal = barisKepala + 1;
  return { c, awal, tinggi: Math.max(0, c.pakai.rowIndex + c.pakai.rowCount - awal), kolom };
}

/** Both tables' columns, one sync per chunk; a cell still computing stops the check, named. */
async function bacaKolom(
  context: Excel.RequestContext,
  daftar: readonly Bacaan[],
  anggaran: number,
): Promise<{ nilai: unknown[][][] } | { sibuk: Teks }> {
  const nilai: unknown[][][] = [];
  for (const b of daftar) {
    const potong = (dari: number, n: number) =>
      b.kolom.map((k) => b.c.ws.getRangeByIndexes(b.awal + dari, k, n, 1));
    const isi =
      b.tinggi > 0 ? await bacaPotonganBertahap(context, potong, b.kolom.length, b.tinggi, 1, anggaran) : [];
    for (let j = 0; j < b.kolom.length; j++)
      for (let i = 0; i < b.tinggi; i++) {
        const kode = kodeGalatSel(isi[j]?.[i]?.[0]);
        if (masihDihitung(kode))
          return { sibuk: pesanMasihDihitung("triwulan", sel(b.kolom[j] + 1, b.awal + i + 1), kode!) };
      }
    nilai.push(b.kolom.map((_, j) => Array.from({ length: b.tinggi }, (_, i) => isi[j]?.[i]?.[0])));
  }
  return { nilai };
}

/**
 * The action on an open request context: the active sheet is searched first, then the others in
 * tab order; `sekarang` decides this year and the quarter under way.
 */
export async function periksaTriwulanDalam(
  context: Excel.RequestContext,
  opsi: { sekarang?: Date; anggaran?: number } = {},
): Promise<HasilTriwulan> {
  const { sekarang = new Date(), anggaran = ANGGARAN_JAWABAN } = opsi;
  const semua = context.workbook.worksheets;
  semua.load("items/name");
  const aktif = semua.getActiveWorksheet();
  aktif.load("name");
  await context.sync();
  const urutan = [aktif, ...semua.items.filter((w) => w.name !== aktif.name)];
  const { ra, tw } = await cariTabel(context, urutan, anggaran);

  const kolomCek = tw && cekUntukTahun(tw.kepala.cek, ra?.kepala.tahun, sekarang.getFullYear());
  const daftar: Bacaan[] = [];
  if (ra) {
    const k = ra.kepala;
    daftar.push(
      bacaan(ra.c, k.baris, [
        k.kolomNo,
        k.kolomIndikator,
        ...k.kolomRealisasi,
        k.kolomCapaian,
        k.kolomStatus,
      ]),
    );
  }
  if (tw && kolomCek) {
    const k = tw.kepala;
    daftar.push(bacaan(tw.c, k.baris, [k.kolomNo ?? k.kolomIndikator, k.kolomIndikator, kolomCek.kolom]));
  }
  const dibaca = await bacaKolom(context, daftar, anggaran);
  if ("sibuk" in dibaca) return { ok: false, alasan: dibaca.sibuk };

  const tahun = ra?.kepala.tahun ?? kolomCek?.tahun;
  const hasil: HasilTriwulan = {
    ok: true,
    triwulan: triwulanBerjalan(tahun ?? sekarang.getFullYear(), sekarang),
  };
  if (tahun !== undefined) hasil.tahun = tahun;
  const letak = (b: Bacaan, kolom: number, lebar: number, indeks: number): Letak => ({
    baris: b.awal + indeks + 1,
    alamat: kotak(kolom + 1, b.awal + indeks + 1, lebar, 1),
  });
  let n = 0;
  if (ra) {
    const b = daftar[n];
    const [no, indikator, tw1, tw2, tw3, tw4, capaian, status] = dibaca.nilai[n++];
    const baris = no.map((_, i) => ({
      no: no[i],
      indikator: indikator[i],
      realisasi: [tw1[i], tw2[i], tw3[i], tw4[i]],
      capaian: capaian[i],
      status: status[i],
    }));
    hasil.rencanaAksi = {
      lembar: ra.c.ws.name,
      diperiksa: jumlahIndikator(baris),
      butir: daftarRencanaAksi(baris).map(({ indeks, ...butir }) => ({
        ...butir,
        ...letak(b, ra.kepala.kolom, ra.kepala.lebar, indeks),
      })),
    };
  }
  if (tw && kolomCek) {
    const b = daftar[n];
    const [no, indikator, cek] = dibaca.nilai[n];
    const baris = no.map((_, i) => ({
      no: tw.kepala.kolomNo === undefined ? "" : no[i],
      indikator: indikator[i],
      cek: cek[i],
    }));
    hasil.cekTarget = {
      lembar: tw.c.ws.name,
      diperiksa: jumlahIndikator(baris),
      butir: daftarTidakSesuai(baris).map(({ indeks, ...butir }) => ({
        ...butir,
        ...letak(b, tw.kepala.kolom, tw.kepala.lebar, indeks),
      })),
    };
    if (kolomCek.tahun !== undefined) hasil.cekTarget.tahun = kolomCek.tahun;
  }
  return hasil;
}

/** The pane's entry point: one Excel.run; an Office error becomes the message, never a throw. */
export async function periksaTriwulanBuku(): Promise<HasilTriwulan> {
  try {
    return await Excel.run((context) => periksaTriwulanDalam(context));
  } catch (e) {
    return { ok: false, alasan: pesanGalatOffice(e, "triwulan") };
  }
}
