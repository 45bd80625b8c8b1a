/**
 * One worksheet read as a stream through the add-in's own sequence (AlurTandai): every table on
 * it found, judged or skipped with its reason. Only a window of rows is kept, so any sheet size
 * fits in memory. Two passes: the first gives the flag plan (the copy is written before any row
 * of the summary), the second the judged rows.
 */
import { hurufKolom, sel } from "../workbook/alamat";
import { FormatBersyarat } from "../workbook/rencana";
import { AlurTandai, ButirTinjauan, HasilAlur, NilaiSel, rencanaAlur } from "../workbook/tandai";
import { NilaiXml, PembacaBaris, rentangGabung } from "../xlsx/lembar-xml";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";

export type Gabung = ReturnType<typeof rentangGabung>;

/** A sheet's rows as a source: called once per pass with a row callback. */
export type SumberBaris = (baris: (nomor: number, sel: NilaiXml[]) => void) => Promise<void>;

/** Streams a worksheet part's rows through the row reader. */
export async function alirkanBaris(
  potongan: AsyncIterable<string>,
  teksBersama: readonly string[],
  baris: (nomor: number, sel: NilaiXml[]) => void,
): Promise<void> {
  const p = new PembacaBaris(teksBersama, baris);
  for await (const s of potongan) {
    if (!p.selesai) p.pemindai.isi(s);
  }
}

/** Blanks merged cells other than the top-left one, row by row (merges sorted by first row). */
function penggabung(gabung: Gabung): (nomor: number, sel: NilaiXml[]) => NilaiXml[] {
  const urut = [...gabung].sort((a, b) => a.r1 - b.r1);
  let i = 0;
  let aktif: Gabung = [];
  return (nomor, s) => {
    if (urut.length === 0) return s;
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

export interface Analisis {
  hasil: HasilAlur;
  /** The flags the judged tables get, before those already on the sheet are left out. */
  rencana: FormatBersyarat[];
}

const ASAL = { kolom: 1, baris: 1 };

/** First pass: the tables, the skipped ones and the flag plan. */
export async function analisisLembar(sumber: SumberBaris, gabung: Gabung): Promise<Analisis> {
  const alur = new AlurTandai();
  await jelajahi(sumber, gabung, (r, baris) => alur.tambah(r, baris));
  const hasil = alur.selesai();
  return { hasil, rencana: hasil.tabel.flatMap((t) => rencanaAlur(t, ASAL)) };
}

/** Why a sheet has no row to judge, in Indonesian; undefined when it has. */
export function alasanTanpaTabel(a: Analisis): string | undefined {
  if (a.hasil.tabel.length > 0 || a.hasil.dilewati.length > 0) return undefined;
  return a.hasil.alasan?.id ?? "Lembar kosong.";
}

const KETERANGAN_TEKS = "Angka tersimpan sebagai teks; ubah jadi angka agar ditandai.";

/** Second pass: every indicator row judged with the domain rules, one summary row per pair; then the skipped tables. */
export async function nilaiLembar(
  sumber: SumberBaris,
  gabung: Gabung,
  berkas: string,
  lembar: string,
  keluar: (b: BarisRingkasan) => void,
): Promise<void> {
  const baris = (b: ButirTinjauan): BarisRingkasan => ({
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
  });
  const alur = new AlurTandai({ butir: (b) => keluar(baris(b)) });
  await jelajahi(sumber, gabung, (r, b) => alur.tambah(r, b));
  for (const d of alur.selesai().dilewati)
    keluar({
      ...barisTanpaTabel(berkas, lembar, "Tabel dilewati", d.alasan.id),
      indikator: d.judul,
      sel: sel("A", ASAL.baris + d.baris),
    });
}
