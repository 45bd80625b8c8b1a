/**
 * The one place that spells cell addresses and the one shape of a rectangle (Kotak) with its
 * converters. Columns are 1-based indexes or letters, rows are 1-based; Office.js's 0-based
 * indexes are converted here (kotakDariIndeks, selDi), nowhere else. Nothing else in the code
 * base concatenates addresses.
 */

/** One cell: 1-based column and row. */
export interface LetakSel {
  kolom: number;
  baris: number;
}

/** A rectangle of cells: its top-left cell and its size in columns and rows. */
export interface Kotak extends LetakSel {
  lebar: number;
  tinggi: number;
}

/** 1 → "A", 27 → "AA". */
export function hurufKolom(indeks: number): string {
  if (!Number.isInteger(indeks) || indeks < 1 || indeks > 16384) {
    throw new RangeError(`Kolom ${indeks} di luar batas 1–16384`);
  }
  let s = "";
  for (let n = indeks; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 1, "aa" → 27. */
export function indeksKolom(huruf: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(huruf)) throw new RangeError(`"${huruf}" bukan huruf kolom`);
  let n = 0;
  for (const c of huruf.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const huruf = (kolom: number | string): string =>
  typeof kolom === "number" ? hurufKolom(kolom) : kolom.toUpperCase();

/** sel(2, 7) → "B7". */
export function sel(kolom: number | string, baris: number): string {
  if (!Number.isInteger(baris) || baris < 1) throw new RangeError(`Baris ${baris} di luar batas`);
  return `${huruf(kolom)}${baris}`;
}

/** A cell whose column stays fixed when a rule is copied across: "$B7". */
export function selKolomTetap(kolom: number | string, baris: number): string {
  return `$${sel(kolom, baris)}`;
}

/** rentang("B7", "E9") → "B7:E9"; a single cell stays a single cell. */
export function rentang(awal: string, akhir: string): string {
  return awal === akhir ? awal : `${awal}:${akhir}`;
}

/** The address of the rectangle from (kolom, baris) spanning `lebar` columns and `tinggi` rows. */
export function kotak(kolom: number, baris: number, lebar = 1, tinggi = 1): string {
  return rentang(sel(kolom, baris), sel(kolom + lebar - 1, baris + tinggi - 1));
}

/** alamatKotak({ kolom: 2, baris: 7, lebar: 4, tinggi: 3 }) → "B7:E9". */
export const alamatKotak = (k: Kotak): string => kotak(k.kolom, k.baris, k.lebar, k.tinggi);

/** The cell `i` rows down and `j` columns right of a corner (offsets 0-based): selDi(B7, 1, 2) → "D8". */
export const selDi = (pojok: LetakSel, i: number, j: number): string => sel(pojok.kolom + j, pojok.baris + i);

/** A rectangle as Office.js places a range: 0-based columnIndex/rowIndex and counts. */
export const kotakDariIndeks = (r: {
  columnIndex: number;
  rowIndex: number;
  columnCount: number;
  rowCount: number;
}): Kotak => ({ kolom: r.columnIndex + 1, baris: r.rowIndex + 1, lebar: r.columnCount, tinggi: r.rowCount });

/** Whole rows, absolute, as print titles want them: "$5:$5". */
export function barisPenuh(awal: number, akhir = awal): string {
  return `$${awal}:$${akhir}`;
}

/** A sheet name quoted for a formula, always: IKU (2) → 'IKU (2)', O'Neil → 'O''Neil'. */
export function kutipLembar(nama: string): string {
  return `'${nama.replace(/'/g, "''")}'`;
}

/** A reference on another sheet: rujukan("IKU (2)", "A1") → "'IKU (2)'!A1". */
export function rujukan(lembar: string, alamat: string): string {
  return `${kutipLembar(lembar)}!${alamat}`;
}

/** Splits "B7" or "$B$7" into its column index and row. */
export function uraiSel(alamat: string): LetakSel {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(alamat);
  if (!m) throw new RangeError(`"${alamat}" bukan alamat sel`);
  return { kolom: indeksKolom(m[1]), baris: Number(m[2]) };
}

const BARIS_AKHIR = 1048576;
const KOLOM_AKHIR = 16384;

/** The rectangle between two corners given in any order. */
function antara(p: LetakSel, q: LetakSel): Kotak {
  const [k0, k1] = [Math.min(p.kolom, q.kolom), Math.max(p.kolom, q.kolom)];
  const [b0, b1] = [Math.min(p.baris, q.baris), Math.max(p.baris, q.baris)];
  return { kolom: k0, baris: b0, lebar: k1 - k0 + 1, tinggi: b1 - b0 + 1 };
}

/**
 * The rectangles of an address as Excel reports it: areas split by commas, each possibly
 * sheet-qualified ("'IKU 2025'!E6:E15, Sheet1!G6"), whole columns ("E:E") and rows ("5:7").
 */
export function kotakDariAlamat(alamat: string): Kotak[] {
  const area: string[] = [];
  let kini = "";
  let kutip = false;
  for (const c of alamat) {
    if (c === "'") kutip = !kutip;
    if (c === "," && !kutip) {
      area.push(kini);
      kini = "";
    } else kini += c;
  }
  area.push(kini);
  return area.map((a) => {
    const [p, q = p] = a
      .slice(a.lastIndexOf("!") + 1)
      .trim()
      .replace(/\$/g, "")
      .split(":");
    if (/^\d+$/.test(p))
      return antara({ kolom: 1, baris: Number(p) }, { kolom: KOLOM_AKHIR, baris: Number(q) });
    if (/^[A-Za-z]+$/.test(p))
      return antara({ kolom: indeksKolom(p), baris: 1 }, { kolom: indeksKolom(q), baris: BARIS_AKHIR });
    return antara(uraiSel(p), uraiSel(q));
  });
}

/** Whether two rectangles share a cell. */
export const kotakBeririsan = (p: Kotak, q: Kotak): boolean =>
  p.kolom < q.kolom + q.lebar &&
  q.kolom < p.kolom + p.lebar &&
  p.baris < q.baris + q.tinggi &&
  q.baris < p.baris + p.tinggi;

/** Whether rectangle `dalam` lies entirely inside `luar`. */
export const kotakMemuat = (luar: Kotak, dalam: Kotak): boolean =>
  dalam.kolom >= luar.kolom &&
  dalam.baris >= luar.baris &&
  dalam.kolom + dalam.lebar <= luar.kolom + luar.lebar &&
  dalam.baris + dalam.tinggi <= luar.baris + luar.tinggi;

/** Whether two addresses share a cell. */
export function beririsan(a: string, b: string): boolean {
  const kb = kotakDariAlamat(b);
  return kotakDariAlamat(a).some((p) => kb.some((q) => kotakBeririsan(p, q)));
}

/** Whether an address names whole columns or whole rows ("D:D", "D:F", "5:5"). */
export const rentangPenuh = (alamat: string): boolean =>
  /^(\$?[A-Za-z]+:\$?[A-Za-z]+|\$?\d+:\$?\d+)$/.test(alamat.slice(alamat.lastIndexOf("!") + 1).trim());
