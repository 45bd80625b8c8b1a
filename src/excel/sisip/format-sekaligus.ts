/**
 * A sheet's formats as few writes: ranges that share a look become one RangeAreas write, and each
 * number format one named style over all its cells. The result is the plan's, cell for cell.
 */
import {
  Kotak,
  alamatKotak,
  kotak,
  kotakBeririsan,
  kotakDariAlamat,
  rentangPenuh,
} from "../../workbook/alamat";
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

/** Borders inside a range exist only where it has two rows or columns: that shape joins the key. */
function kunciGaya(gaya: Gaya, k: Kotak): string {
  const bentuk = gaya.garis ? `${k.tinggi > 1 ? "H" : ""}${k.lebar > 1 ? "V" : ""}` : "";
  return JSON.stringify(Object.entries(gaya).sort(([a], [b]) => a.localeCompare(b))) + bentuk;
}

const berbagiSifat = (a: Gaya, b: Gaya) => Object.keys(a).some((s) => s in b);

/**
 * Formats other than number formats, grouped by look in an order that paints every cell as the
 * plan's order does: a range joins an earlier group of its look only when no group between sets
 * one of its properties on a cell it covers.
 *
 * @example kelompokkanGaya([{ alamat: "A1", gaya: { tebal: true } }, { alamat: "C1", gaya: { tebal: true } }])
 * //=> [{ gaya: { tebal: true }, kotak: [A1, C1] }]
 */
export function kelompokkanGaya(format: readonly FormatRentang[]): KelompokGaya[] {
  const kelompok: Array<KelompokGaya & { kunci: string }> = [];
  for (const { alamat, gaya: semua } of format) {
    const gaya: Gaya = { ...semua };
    delete gaya.formatAngka;
    if (Object.keys(gaya).length === 0) continue;
    if (rentangPenuh(alamat)) throw new RangeError(`Format perlu rentang sel, bukan "${alamat}"`);
    for (const k of kotakDariAlamat(alamat)) {
      const kunci = kunciGaya(gaya, k);
      let i = kelompok.length - 1;
      while (i >= 0 && kelompok[i].kunci !== kunci) {
        const g = kelompok[i];
        if (berbagiSifat(g.gaya, gaya) && g.kotak.some((x) => kotakBeririsan(x, k))) i = -1;
        else i--;
      }
      if (i >= 0) kelompok[i].kotak.push(k);
      else kelompok.push({ gaya, kotak: [k], kunci });
    }
  }
  return kelompok.map(({ gaya, kotak }) => ({ gaya, kotak }));
}

/**
 * The number format each cell ends with (later entries win), as rectangles per format: runs of
 * a row, stacked while the rows below repeat them.
 */
export function kelompokkanFormatAngka(format: readonly FormatRentang[]): Map<string, Kotak[]> {
  const sel = new Map<number, Map<number, string>>();
  for (const { alamat, gaya } of format) {
    if (gaya.formatAngka === undefined) continue;
    if (rentangPenuh(alamat)) throw new RangeError(`Format angka perlu rentang sel, bukan "${alamat}"`);
    for (const a of kotakDariAlamat(alamat))
      for (let r = a.baris; r < a.baris + a.tinggi; r++) {
        const baris = sel.get(r) ?? new Map<number, string>();
        sel.set(r, baris);
        for (let k = a.kolom; k < a.kolom + a.lebar; k++) baris.set(k, gaya.formatAngka);
      }
  }
  const hasil = new Map<string, Kotak[]>();
  // Open rectangles by "column,width,format", extended while the next row repeats the run.
  let terbuka = new Map<string, Kotak>();
  for (const r of [...sel.keys()].sort((a, b) => a - b)) {
    const kolom = [...(sel.get(r) as Map<number, string>)].sort((a, b) => a[0] - b[0]);
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
