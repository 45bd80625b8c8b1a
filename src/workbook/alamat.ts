/**
 * The one place that spells cell addresses. Columns are 1-based indexes or letters, rows are
 * 1-based. Nothing else in the code base concatenates addresses.
 */

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

/** The rectangle from (kolom, baris) spanning `lebar` columns and `tinggi` rows. */
export function kotak(kolom: number, baris: number, lebar = 1, tinggi = 1): string {
  return rentang(sel(kolom, baris), sel(kolom + lebar - 1, baris + tinggi - 1));
}

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
export function uraiSel(alamat: string): { kolom: number; baris: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(alamat);
  if (!m) throw new RangeError(`"${alamat}" bukan alamat sel`);
  return { kolom: indeksKolom(m[1]), baris: Number(m[2]) };
}

/** A rectangle in 1-based columns and rows, inclusive. */
export interface KotakSel {
  k0: number;
  b0: number;
  k1: number;
  b1: number;
}

const BARIS_AKHIR = 1048576;
const KOLOM_AKHIR = 16384;

/**
 * The rectangles of an address as Excel reports it: areas split by commas, each possibly
 * sheet-qualified ("'IKU 2025'!E6:E15, Sheet1!G6"), whole columns ("E:E") and rows ("5:7").
 */
export function uraiRentang(alamat: string): KotakSel[] {
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
    if (/^\d+$/.test(p)) return { k0: 1, b0: Number(p), k1: KOLOM_AKHIR, b1: Number(q) };
    if (/^[A-Za-z]+$/.test(p)) return { k0: indeksKolom(p), b0: 1, k1: indeksKolom(q), b1: BARIS_AKHIR };
    const x = uraiSel(p);
    const y = uraiSel(q);
    return { k0: x.kolom, b0: x.baris, k1: y.kolom, b1: y.baris };
  });
}

/** Whether two addresses share a cell. */
export function beririsan(a: string, b: string): boolean {
  const kb = uraiRentang(b);
  return uraiRentang(a).some((p) =>
    kb.some((q) => p.k0 <= q.k1 && q.k0 <= p.k1 && p.b0 <= q.b1 && q.b0 <= p.b1),
  );
}

/** Whether an address names whole columns or whole rows ("D:D", "D:F", "5:5"). */
export const rentangPenuh = (alamat: string): boolean =>
  /^(\$?[A-Za-z]+:\$?[A-Za-z]+|\$?\d+:\$?\d+)$/.test(alamat.slice(alamat.lastIndexOf("!") + 1).trim());
