/**
 * One worksheet read as a stream through the add-in's own sequence (AlurTandai): every table on
 * it found, judged or skipped with its reason, in one pass. Only a window of rows is kept, so any
 * sheet size fits in memory; the judged rows go out as they are judged (periksa holds them until
 * the file's copy is written, see tahanan.ts).
 */
import { BarisDibaca, cariKepalaRenstra, KepalaRenstra } from "../workbook/renstra/tabel-renstra";
import { hurufKolom, sel } from "../workbook/alamat";
import { FormatBersyarat } from "../workbook/rencana";
import { AlurTandai, ButirTinjauan, HasilAlur, NilaiSel, rencanaAlur } from "../workbook/tandai";
import { RentangGabung } from "../xlsx/gabung-sel";
import { NilaiXml } from "../xlsx/lembar-xml";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";

export type Gabung = readonly RentangGabung[];

/** A sheet's rows as a source: called with a row callback, rows in order. */
export type SumberBaris = (baris: (nomor: number, sel: NilaiXml[]) => void) => Promise<void>;

/** Blanks merged cells other than the top-left one, row by row (merges sorted by first row). */
function penggabung(gabung: Gabung): (nomor: number, sel: NilaiXml[]) => NilaiXml[] {
  const urut = [...gabung].sort((a, b) => a.r1 - b.r1);
  let i = 0;
  let aktif: RentangGabung[] = [];
  return (nomor, s) => {
    if (urut.length === 0) return s;
    // Rows after the last merge skip the filter below: most of a long sheet.
    if (i === urut.length && aktif.length === 0) return s;
    while (i < urut.length && urut[i].r1 <= nomor) aktif.push(urut[i++]);
    aktif = aktif.filter((g) => g.r2 >= nomor);
    for (const g of aktif)
      for (let c = g.c1; c <= g.c2 && c <= s.length; c++) if (!(nomor === g.r1 && c === g.c1)) s[c - 1] = "";
    return s;
  };
}

/** Rows of the sheet, 0-based (row 1 is 0), with merges applied. */
async function jelajahi(sumber: SumberBaris, gabung: Gabung, f: (r: number, baris: NilaiSel[]) => void) {
  const gabungkan = penggabung(gabung);
  await sumber((nomor, s) => f(nomor - 1, gabungkan(nomor, s)));
}

/** A Renstra table found on the sheet: its header and the rows below it, as read. */
export interface TabelRenstra {
  kepala: KepalaRenstra;
  /** The sheet row (1-based) of `baris[0]`. */
  barisAwal: number;
  baris: BarisDibaca[];
}

/** Rows within which a Renstra header is looked for, as the pane does. */
const JENDELA_RENSTRA = 30;

/**
 * Keeps a Renstra table seen in the rows fed to it: the header searched in the first rows, then
 * only the code, name and pagu cells of every row below (a few values per row).
 */
class PengumpulRenstra {
  tabel?: TabelRenstra;
  tambah(r: number, baris: readonly NilaiSel[]): void {
    if (this.tabel) {
      const k = this.tabel.kepala;
      const sel = (c: number) => (baris[c] === "" ? null : baris[c]);
      this.tabel.baris[r - (this.tabel.barisAwal - 1)] = {
        kode: sel(k.kolomKode),
        nama: sel(k.kolomNama),
        pagu: k.kolomPagu.map(sel),
      };
      return;
    }
    if (r >= JENDELA_RENSTRA) return;
    const kepala = cariKepalaRenstra([baris]);
    if (kepala) this.tabel = { kepala, barisAwal: r + 2, baris: [] };
  }
  selesai(): TabelRenstra | undefined {
    const t = this.tabel;
    if (!t) return undefined;
    // Rows the sheet left out (blank) are blank rows, as the pane reads them.
    for (let i = 0; i < t.baris.length; i++)
      t.baris[i] ??= { kode: null, nama: null, pagu: t.kepala.kolomPagu.map(() => null) };
    return t;
  }
}

export interface Analisis {
  hasil: HasilAlur;
  /** A Renstra table on the sheet, checked apart from the IKU tables. */
  renstra?: TabelRenstra;
  /** The flags the judged tables get, before those already on the sheet are left out. */
  rencana: FormatBersyarat[];
}

const ASAL = { kolom: 1, baris: 1 };

/** Where a sheet's judged rows go, and the names they carry in the summary. */
export interface KeluarNilai {
  berkas: string;
  lembar: string;
  tulis: (b: BarisRingkasan) => void;
}

/**
 * The one pass: the tables, the skipped ones and the flag plan; with `keluar`, every indicator
 * row judged with the domain rules, one summary row per pair, as it is read.
 */
export async function analisisLembar(
  sumber: SumberBaris,
  gabung: Gabung,
  keluar?: KeluarNilai,
): Promise<Analisis> {
  const alur = new AlurTandai(keluar ? { butir: (b) => keluar.tulis(barisNilai(keluar, b)) } : {});
  const renstra = new PengumpulRenstra();
  await jelajahi(sumber, gabung, (r, baris) => {
    renstra.tambah(r, baris);
    alur.tambah(r, baris);
  });
  const hasil = alur.selesai();
  const tabelRenstra = renstra.selesai();
  return {
    hasil,
    rencana: hasil.tabel.flatMap((t) => rencanaAlur(t, ASAL)),
    ...(tabelRenstra ? { renstra: tabelRenstra } : {}),
  };
}

/** Why a sheet has no row to judge, in Indonesian; undefined when it has. */
export function alasanTanpaTabel(a: Analisis): string | undefined {
  if (a.hasil.tabel.length > 0 || a.hasil.dilewati.length > 0) return undefined;
  return a.hasil.alasan?.id ?? "Lembar kosong.";
}

const KETERANGAN_TEKS = "Angka tersimpan sebagai teks; ubah jadi angka agar ditandai.";

function barisNilai({ berkas, lembar }: KeluarNilai, b: ButirTinjauan): BarisRingkasan {
  return {
    berkas,
    lembar,
    periode: b.pasangan.periode,
    indikator: b.label,
    sel: sel(hurufKolom(ASAL.kolom + b.pasangan.kolomRealisasi), ASAL.baris + b.baris),
    target: b.target,
    realisasi: b.realisasi,
    capaian: b.capaian,
    predikat: b.predikat ?? "",
    status: b.status,
    keterangan: b.pesan?.id ?? (b.status === "Angka teks" ? KETERANGAN_TEKS : ""),
  };
}

/** The rows that say which tables of the sheet were left alone, and why. */
export function barisDilewati(a: Analisis, berkas: string, lembar: string): BarisRingkasan[] {
  return a.hasil.dilewati.map((d) => ({
    ...barisTanpaTabel(berkas, lembar, "Tabel dilewati", d.alasan.id),
    indikator: d.judul,
    sel: sel("A", ASAL.baris + d.baris),
  }));
}
