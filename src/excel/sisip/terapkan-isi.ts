import { alamatKotak, indeksKolom, Kotak, kotak, kotakDariAlamat, uraiSel } from "../../workbook/alamat";
import { IsianRumus, RencanaLembar, Sel, adalahRumus } from "../../workbook/rencana";
import { lebarKePoin } from "../../workbook/kepala-halaman";
import { ringkasLembar, satukanBlok } from "../../workbook/ringkas";
import { BIAYA_OPERASI, bitaJson, Langkah, SEL_PER_POTONG } from "../batas-permintaan";
import {
  alamatArea,
  kelompokkanFormatAngka,
  kelompokkanTampilan,
  larikFormatAngka,
  pakaiGayaAngka,
} from "./format-sekaligus";
import { sekaliPakai } from "../rentang-lepas";
import { GayaRencana, kunciTampilan } from "./gaya-bernama";

/**
 * What `formulas` gets for one cell. Excel reads that string as if typed: "=", "+", "-" or "@"
 * starts a formula, and "41%", "TRUE" or "1/2" become values; a leading apostrophe makes the
 * rest literal text (the apostrophe is not part of the value), so every text gets one.
 */
export function masukanSel(v: Sel): string | number | boolean | null {
  if (adalahRumus(v)) return v.rumus;
  return typeof v === "string" && v !== "" ? `'${v}` : v;
}

/** Consecutive keys with the same size, so 500 equal rows cost one operation, not 500. */
export function kelompokkan(
  ukuran: Array<[number, number]>,
): Array<{ dari: number; sampai: number; nilai: number }> {
  const urut = [...ukuran].sort((a, b) => a[0] - b[0]);
  const hasil: Array<{ dari: number; sampai: number; nilai: number }> = [];
  for (const [k, v] of urut) {
    const akhir = hasil[hasil.length - 1];
    if (akhir && akhir.sampai === k - 1 && akhir.nilai === v) akhir.sampai = k;
    else hasil.push({ dari: k, sampai: k, nilai: v });
  }
  return hasil;
}

/**
 * One 2-D write of `isi` with its top-left cell at (kolom, baris), as a step that can be cut by
 * rows: a block too large for one request goes in several.
 */
export function langkahTulis(
  tulis: (alamat: string, isi: unknown[][]) => void,
  kolom: number,
  baris: number,
  isi: unknown[][],
  bitaBaris: number[] = isi.map((b) => bitaJson(b) + 1),
): Langkah {
  const lebar = isi[0]?.length ?? 1;
  const awalan = [0];
  for (const b of bitaBaris) awalan.push(awalan[awalan.length - 1] + b);
  // Brackets and commas included: the same as biayaTulis(isi.slice(0, n)).
  const biaya = (n: number) => 1 + awalan[n] + BIAYA_OPERASI * (1 + Math.ceil((n * lebar) / SEL_PER_POTONG));
  return {
    biaya: biaya(isi.length),
    jalankan: () => tulis(kotak(kolom, baris, lebar, isi.length), isi),
    belah(sisa) {
      let n = 0;
      while (n < isi.length && biaya(n + 1) <= sisa) n++;
      if (n === 0 || n === isi.length) return null;
      const [a, b] = [bitaBaris.slice(0, n), bitaBaris.slice(n)];
      return [
        langkahTulis(tulis, kolom, baris, isi.slice(0, n), a),
        langkahTulis(tulis, kolom, baris + n, isi.slice(n), b),
      ];
    },
  };
}

const satu = (biaya: number, jalankan: () => void): Langkah => ({ biaya, jalankan });

/**
 * What one copy of a fill costs in the request: two Range objects (each a path and its
 * instantiation; released before the sync, so no keep and release) and the copy itself, about
 * 530 bytes measured.
 */
const BIAYA_SALINAN = 550;

/**
 * The formula of each fill's top-left cell, already written with its block, copied over the rest:
 * first along its row, then that row down the rows below (a destination that is a multiple of the
 * source repeats it, as Excel's paste does; office-js #2674).
 */
function langkahIsian(lembar: Excel.Worksheet, isian: IsianRumus): Langkah[] {
  const [k] = kotakDariAlamat(isian.alamat);
  const hasil: Langkah[] = [];
  // The source as a Range, the documented form: an address string's sheet is not documented.
  const salin = (tujuan: string, asal: string) =>
    satu(BIAYA_SALINAN, () =>
      sekaliPakai(lembar.getRange(tujuan)).copyFrom(
        sekaliPakai(lembar.getRange(asal)),
        Excel.RangeCopyType.formulas,
      ),
    );
  if (k.lebar > 1) hasil.push(salin(kotak(k.kolom + 1, k.baris, k.lebar - 1, 1), kotak(k.kolom, k.baris)));
  if (k.tinggi > 1)
    hasil.push(
      salin(kotak(k.kolom, k.baris + 1, k.lebar, k.tinggi - 1), kotak(k.kolom, k.baris, k.lebar, 1)),
    );
  return hasil;
}

/** Range objects by address: each costs the library bookkeeping, so one serves every write to it. */
type CariArea = (alamat: string) => Excel.Range | Excel.RangeAreas;

function cariArea(lembar: Excel.Worksheet): CariArea {
  const dikenal = new Map<string, Excel.Range | Excel.RangeAreas>();
  return (a) => {
    const r = dikenal.get(a) ?? sekaliPakai(a.includes(",") ? lembar.getRanges(a) : lembar.getRange(a));
    dikenal.set(a, r);
    return r;
  };
}

/** One write per address of areas: a Range for one rectangle, a RangeAreas for several. */
function langkahArea(
  area: CariArea,
  kotakArea: readonly Kotak[],
  tulis: (r: Excel.Range | Excel.RangeAreas) => void,
): Langkah[] {
  return alamatArea(kotakArea).map((a) => satu(BIAYA_OPERASI + a.length, () => tulis(area(a))));
}

/**
 * Merges, with title rows side by side over the same columns merged in one call (`across` merges
 * each row of a range on its own); a block over several rows and columns is merged alone.
 */
function langkahGabung(area: CariArea, gabung: readonly string[]): Langkah[] {
  const baris: Kotak[] = [];
  const lain: string[] = [];
  for (const g of gabung) {
    const [k] = kotakDariAlamat(g);
    if (k.tinggi === 1 && k.lebar > 1) baris.push(k);
    else lain.push(g);
  }
  baris.sort((a, b) => a.kolom - b.kolom || a.lebar - b.lebar || a.baris - b.baris);
  const tumpuk: Kotak[] = [];
  for (const k of baris) {
    const akhir = tumpuk[tumpuk.length - 1];
    if (akhir && akhir.kolom === k.kolom && akhir.lebar === k.lebar && akhir.baris + akhir.tinggi === k.baris)
      akhir.tinggi++;
    else tumpuk.push({ ...k });
  }
  return [
    ...tumpuk.map((k) => satu(BIAYA_OPERASI, () => (area(alamatKotak(k)) as Excel.Range).merge(true))),
    ...lain.map((g) => satu(BIAYA_OPERASI, () => (area(g) as Excel.Range).merge(false))),
  ];
}

/**
 * Cell contents, formats, merges, column widths and row heights of one new sheet, as steps in the
 * order they are queued: values one write per block (cut by rows only when a request would grow
 * too large), each filled formula once and copied, each look and number format one write over all
 * the areas that share it.
 */
export function langkahIsi(lembar: Excel.Worksheet, rencana: RencanaLembar, gaya: GayaRencana): Langkah[] {
  const isi = ringkasLembar(rencana, BIAYA_SALINAN);
  const area = cariArea(lembar);
  const langkah: Langkah[] = [];
  for (const blok of satukanBlok(isi.blok, BIAYA_OPERASI)) {
    const { kolom, baris } = uraiSel(blok.alamat);
    // null leaves a cell as it is, which on a new sheet means blank.
    const nilai = blok.nilai.map((b) => b.map(masukanSel));
    langkah.push(langkahTulis((a, v) => (sekaliPakai(lembar.getRange(a)).formulas = v), kolom, baris, nilai));
  }
  for (const f of isi.isian ?? []) langkah.push(...langkahIsian(lembar, f));
  // Looks first: a look style resets what it includes; the number formats then go over them.
  for (const g of kelompokkanTampilan(rencana.format)) {
    const nama = gaya.tampilan.get(kunciTampilan(g.gaya))?.nama;
    if (nama === undefined) throw new RangeError(`Tidak ada gaya untuk tampilan ${JSON.stringify(g.gaya)}`);
    langkah.push(...langkahArea(area, g.kotak, (r) => (r.style = nama)));
  }
  const angka = kelompokkanFormatAngka(rencana.format);
  if (pakaiGayaAngka(angka, BIAYA_OPERASI)) {
    for (const [format, kotakArea] of angka) {
      const nama = gaya.angka.get(format);
      if (nama === undefined) throw new RangeError(`Tidak ada gaya untuk format angka "${format}"`);
      langkah.push(...langkahArea(area, kotakArea, (r) => (r.style = nama)));
    }
  } else {
    const larik = larikFormatAngka(angka);
    if (larik) {
      const { kolom, baris } = uraiSel(larik.alamat);
      langkah.push(
        langkahTulis((a, v) => (sekaliPakai(lembar.getRange(a)).numberFormat = v), kolom, baris, larik.nilai),
      );
    }
  }
  langkah.push(...langkahGabung(area, rencana.gabung));
  const kolom = Object.entries(rencana.lebarKolom).map(([h, v]): [number, number] => [indeksKolom(h), v]);
  // A width or height set on a strip of cells applies to the whole columns or rows.
  for (const [lebar, kotakArea] of perUkuran(kolom, (d, n) => ({ kolom: d, baris: 1, lebar: n, tinggi: 1 })))
    langkah.push(...langkahArea(area, kotakArea, (r) => (r.format.columnWidth = lebarKePoin(lebar))));
  const baris = Object.entries(rencana.tinggiBaris).map(([b, v]): [number, number] => [Number(b), v]);
  for (const [tinggi, kotakArea] of perUkuran(baris, (d, n) => ({ kolom: 1, baris: d, lebar: 1, tinggi: n })))
    langkah.push(...langkahArea(area, kotakArea, (r) => (r.format.rowHeight = tinggi)));
  return langkah;
}

/**
 * Runs of equal sizes as strips, gathered by size: one write per size (a RangeAreas), not per run.
 *
 * @example perUkuran([[1, 30], [2, 17], [3, 30]], (d, n) => ({ kolom: 1, baris: d, lebar: 1, tinggi: n }))
 * //=> Map { 30 => [A1, A3], 17 => [A2] }
 */
export function perUkuran(
  ukuran: Array<[number, number]>,
  strip: (dari: number, banyak: number) => Kotak,
): Map<number, Kotak[]> {
  const hasil = new Map<number, Kotak[]>();
  for (const k of kelompokkan(ukuran)) {
    hasil.set(k.nilai, [...(hasil.get(k.nilai) ?? []), strip(k.dari, k.sampai - k.dari + 1)]);
  }
  return hasil;
}

/** The estimate of a step that carries texts: their JSON plus `operasi` operations. */
export const biayaTeks = (operasi: number, ...teks: unknown[]): number =>
  BIAYA_OPERASI * operasi + bitaJson(teks);
