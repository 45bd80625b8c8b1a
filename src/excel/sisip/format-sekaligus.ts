/**
 * A sheet's formats as few writes: the cells that end with one look become one named style's
 * RangeAreas write, and so do those of one number format. The result is the plan's, cell for cell.
 */
import { Kotak, alamatKotak, kotak, kotakDariAlamat, rentangPenuh } from "../../workbook/alamat";
import { FormatRentang, Gaya } from "../../workbook/rencana";

/**
 * Characters per RangeAreas address: Excel refuses lists of about 8,200 characters and, by some
 * reports, shorter ones (office-js #5198, #2255, #4263), so each group is cut far below that.
 */
export const PANJANG_ALAMAT_AREA = 2000;

/** One look over several rectangles. */
export interface KelompokGaya {
  gaya: Gaya;
  kotak: Kotak[];
}

/**
 * Cells by the key they end with, as rectangles per key: runs of a row, stacked while the rows
 * below repeat them.
 */
function persegiPerKunci(sel: ReadonlyMap<number, ReadonlyMap<number, string>>): Map<string, Kotak[]> {
  const hasil = new Map<string, Kotak[]>();
  // Open rectangles by "column,width,key", extended while the next row repeats the run.
  let terbuka = new Map<string, Kotak>();
  for (const r of [...sel.keys()].sort((a, b) => a - b)) {
    const kolom = [...(sel.get(r) as ReadonlyMap<number, string>)].sort((a, b) => a[0] - b[0]);
    const berikut = new Map<string, Kotak>();
    for (let i = 0; i < kolom.length;) {
      let j = i + 1;
      while (j < kolom.length && kolom[j][0] === kolom[j - 1][0] + 1 && kolom[j][1] === kolom[i][1]) j++;
      const [awal, f] = kolom[i];
      const kunci = `${awal},${j - i},${f}`;
      const lama = terbuka.get(kunci);
      if (lama && lama.baris + lama.tinggi === r) {
        lama.tinggi++;
        berikut.set(kunci, lama);
      } else {
        const baru = { kolom: awal, baris: r, lebar: j - i, tinggi: 1 };
        hasil.set(f, [...(hasil.get(f) ?? []), baru]);
        berikut.set(kunci, baru);
      }
      i = j;
    }
    terbuka = berikut;
  }
  return hasil;
}

/** Every cell a range covers, refusing whole columns and rows. */
function* selRentang(alamat: string): Generator<[number, number]> {
  if (rentangPenuh(alamat)) throw new RangeError(`Format perlu rentang sel, bukan "${alamat}"`);
  for (const a of kotakDariAlamat(alamat))
    for (let r = a.baris; r < a.baris + a.tinggi; r++)
      for (let k = a.kolom; k < a.kolom + a.lebar; k++) yield [r, k];
}

/** A look as a key: its properties sorted, so equal looks meet. */
const kunciGaya = (g: Gaya): string =>
  JSON.stringify(Object.entries(g).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The look each cell ends with, number formats aside: the plan's formats layered in order (a later
 * property over an earlier one), borders wherever a bordered range covers the cell (a range's
 * outer and inner edges give each of its cells all four). Cells that end alike are gathered, so a
 * look costs one write per sheet whatever the number of ranges that made it.
 *
 * @example kelompokkanTampilan([{ alamat: "A1:B1", gaya: { tebal: true } }, { alamat: "B1", gaya: { miring: true } }])
 * //=> [{ gaya: { tebal: true }, kotak: [A1] }, { gaya: { tebal: true, miring: true }, kotak: [B1] }]
 */
export function kelompokkanTampilan(format: readonly FormatRentang[]): KelompokGaya[] {
  const lama = ingatanTampilan.get(format);
  if (lama) return lama;
  const hasil = hitungTampilan(format);
  ingatanTampilan.set(format, hasil);
  return hasil;
}

/** A plan's sheet is grouped twice (the styles it needs, then its writes): once is enough. */
const ingatanTampilan = new WeakMap<readonly FormatRentang[], KelompokGaya[]>();

function hitungTampilan(format: readonly FormatRentang[]): KelompokGaya[] {
  const lapisan = format.map(({ gaya }) => {
    const g: Gaya = { ...gaya };
    delete g.formatAngka;
    return g;
  });
  // Each cell first as the list of the plan's entries that paint it: cheap per cell, merged once per list.
  const daftar = new Map<number, Map<number, string>>();
  format.forEach(({ alamat }, i) => {
    if (Object.keys(lapisan[i]).length === 0) return;
    for (const [r, k] of selRentang(alamat)) {
      const baris = daftar.get(r) ?? new Map<number, string>();
      daftar.set(r, baris);
      const lama = baris.get(k);
      baris.set(k, lama === undefined ? String(i) : `${lama},${i}`);
    }
  });
  const gaya = new Map<string, Gaya>();
  const kunciDaftar = new Map<string, string>();
  const kunciDari = (d: string): string => {
    const ada = kunciDaftar.get(d);
    if (ada !== undefined) return ada;
    let g: Gaya = {};
    for (const i of d.split(",").map(Number)) {
      const l = lapisan[i];
      g = { ...g, ...l, ...(g.garis || l.garis ? { garis: true } : {}) };
    }
    const x = kunciGaya(g);
    gaya.set(x, g);
    kunciDaftar.set(d, x);
    return x;
  };
  const kunci = new Map<number, Map<number, string>>();
  for (const [r, baris] of daftar) kunci.set(r, new Map([...baris].map(([k, d]) => [k, kunciDari(d)])));
  return [...persegiPerKunci(kunci)].map(([x, kotak]) => ({ gaya: gaya.get(x) as Gaya, kotak }));
}

/** The number format each cell ends with (later entries win), as rectangles per format. */
export function kelompokkanFormatAngka(format: readonly FormatRentang[]): Map<string, Kotak[]> {
  const sel = new Map<number, Map<number, string>>();
  for (const { alamat, gaya } of format) {
    if (gaya.formatAngka === undefined) continue;
    for (const [r, k] of selRentang(alamat)) {
      const baris = sel.get(r) ?? new Map<number, string>();
      sel.set(r, baris);
      baris.set(k, gaya.formatAngka);
    }
  }
  return persegiPerKunci(sel);
}

/**
 * Rectangles as RangeAreas addresses, each under PANJANG_ALAMAT_AREA characters.
 *
 * @example alamatArea([{ kolom: 1, baris: 1, lebar: 2, tinggi: 1 }, { kolom: 4, baris: 1, lebar: 1, tinggi: 1 }])
 * //=> ["A1:B1,D1"]
 */
export function alamatArea(kotak: readonly Kotak[]): string[] {
  const hasil: string[] = [];
  let kini = "";
  for (const k of kotak) {
    const a = alamatKotak(k);
    if (kini !== "" && kini.length + 1 + a.length > PANJANG_ALAMAT_AREA) {
      hasil.push(kini);
      kini = a;
    } else kini = kini === "" ? a : `${kini},${a}`;
  }
  if (kini !== "") hasil.push(kini);
  return hasil;
}

/** What an untouched cell of a new sheet shows, so filling gaps with it changes nothing. */
const UMUM = "General";

/**
 * The number formats as one 2-D write over the box around them, gaps "General": cheaper than one
 * style write per format where a sheet has few cells (the built-in catalog's ten rows).
 */
export function larikFormatAngka(
  kelompok: ReadonlyMap<string, readonly Kotak[]>,
): { alamat: string; nilai: string[][] } | null {
  const semua = [...kelompok.values()].flat();
  if (semua.length === 0) return null;
  const kiri = Math.min(...semua.map((k) => k.kolom));
  const atas = Math.min(...semua.map((k) => k.baris));
  const kanan = Math.max(...semua.map((k) => k.kolom + k.lebar));
  const bawah = Math.max(...semua.map((k) => k.baris + k.tinggi));
  const nilai = Array.from({ length: bawah - atas }, () => Array<string>(kanan - kiri).fill(UMUM));
  for (const [f, kotakArea] of kelompok)
    for (const k of kotakArea)
      for (let r = k.baris; r < k.baris + k.tinggi; r++)
        for (let c = k.kolom; c < k.kolom + k.lebar; c++) nilai[r - atas][c - kiri] = f;
  return { alamat: kotak(kiri, atas), nilai };
}

/**
 * Whether a sheet's number formats go by named style (one RangeAreas write per format and
 * address) rather than as one 2-D write: whichever costs fewer bytes, `ongkos` being one write.
 */
export function pakaiGayaAngka(kelompok: ReadonlyMap<string, readonly Kotak[]>, ongkos: number): boolean {
  const larik = larikFormatAngka(kelompok);
  if (!larik) return false;
  const tulisGaya = [...kelompok.values()].reduce((n, k) => n + alamatArea(k).length, 0);
  const bitaLarik = larik.nilai.reduce((n, d) => n + d.reduce((m, f) => m + f.length + 4, 0), 0);
  return tulisGaya * ongkos < bitaLarik + ongkos;
}
