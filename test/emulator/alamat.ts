import { tolak } from "./galat";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD1048576). */
export const BARIS_MAKS = 1048576;
export const KOLOM_MAKS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Kotak {
  b0: number;
  k0: number;
  b1: number;
  k1: number;
}

export const tinggi = (k: Kotak): number => k.b1 - k.b0 + 1;
export const lebar = (k: Kotak): number => k.k1 - k.k0 + 1;
export const kolomPenuh = (k: Kotak): boolean => k.b0 === 0 && k.b1 === BARIS_MAKS - 1;
export const barisPenuh = (k: Kotak): boolean => k.k0 === 0 && k.k1 === KOLOM_MAKS - 1;
export const SELURUH: Kotak = { b0: 0, k0: 0, b1: BARIS_MAKS - 1, k1: KOLOM_MAKS - 1 };

export function huruf(kolom0: number): string {
  let s = "";
  for (let n = kolom0 + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function angkaKolom(h: string): number {
  let n = 0;
  for (const c of h.toUpperCase()) n = n * 26 + c.charCodeAt(0) - 64;
  return n - 1;
}

const luar = (alamat: string) =>
  tolak("InvalidArgument", `Alamat di luar XFD1048576 atau tidak sah: "${alamat}"`);

/** One end of an address: a cell ("B7"), a column ("D") or a row ("3"). */
function ujung(s: string, alamat: string): { b?: number; k?: number } {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s);
  if (!m || (m[1] === "" && m[2] === "")) throw luar(alamat);
  const k = m[1] ? angkaKolom(m[1]) : undefined;
  const b = m[2] ? Number(m[2]) - 1 : undefined;
  if ((k !== undefined && (k < 0 || k >= KOLOM_MAKS)) || (b !== undefined && (b < 0 || b >= BARIS_MAKS))) {
    throw luar(alamat);
  }
  return { b, k };
}

/** "B7", "B7:C9", "D:D", "3:5", with or without $; beyond XFD1048576 is InvalidArgument. */
export function uraiAlamat(alamat: string): Kotak {
  const [a, z = a, lebih] = alamat.trim().split(":");
  if (lebih !== undefined) throw luar(alamat);
  const p = ujung(a, alamat);
  const q = ujung(z, alamat);
  const jenis = (u: { b?: number; k?: number }) =>
    u.b === undefined ? "kolom" : u.k === undefined ? "baris" : "sel";
  if (jenis(p) !== jenis(q)) throw luar(alamat);
  const b0 = p.b ?? 0;
  const b1 = q.b ?? BARIS_MAKS - 1;
  const k0 = p.k ?? 0;
  const k1 = q.k ?? KOLOM_MAKS - 1;
  return { b0: Math.min(b0, b1), b1: Math.max(b0, b1), k0: Math.min(k0, k1), k1: Math.max(k0, k1) };
}

/** "'IKU (2)'!D6:D15" → sheet and address; an address alone gives no sheet. */
export function pisahLembar(rujukan: string): { lembar?: string; alamat: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(rujukan);
  if (!m) return { alamat: rujukan };
  return { lembar: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], alamat: m[3] };
}

/** A sheet name as Excel writes it in an address: quoted unless plain letters, digits and _. */
export function namaDiAlamat(nama: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) ? nama : `'${nama.replace(/'/g, "''")}'`;
}

/** Excel's text for a rectangle: "D:D" for whole columns, "3:3" for whole rows, else "A1:B2". */
export function tulisAlamat(k: Kotak): string {
  if (kolomPenuh(k) && !barisPenuh(k)) return `${huruf(k.k0)}:${huruf(k.k1)}`;
  if (barisPenuh(k)) return `${k.b0 + 1}:${k.b1 + 1}`;
  const a = `${huruf(k.k0)}${k.b0 + 1}`;
  return k.b0 === k.b1 && k.k0 === k.k1 ? a : `${a}:${huruf(k.k1)}${k.b1 + 1}`;
}

export function irisan(a: Kotak, b: Kotak): Kotak | null {
  const k = {
    b0: Math.max(a.b0, b.b0),
    k0: Math.max(a.k0, b.k0),
    b1: Math.min(a.b1, b.b1),
    k1: Math.min(a.k1, b.k1),
  };
  return k.b0 > k.b1 || k.k0 > k.k1 ? null : k;
}

export function gabungan(a: Kotak, b: Kotak): Kotak {
  return {
    b0: Math.min(a.b0, b.b0),
    k0: Math.min(a.k0, b.k0),
    b1: Math.max(a.b1, b.b1),
    k1: Math.max(a.k1, b.k1),
  };
}

/** A rectangle checked against the grid: a move or resize past its edge is refused. */
export function dalamGrid(k: Kotak): Kotak {
  if (k.b0 < 0 || k.k0 < 0 || k.b1 >= BARIS_MAKS || k.k1 >= KOLOM_MAKS || k.b0 > k.b1 || k.k0 > k.k1) {
    throw tolak("InvalidArgument", "Rentang di luar lembar (beyond XFD1048576 or before A1)");
  }
  return k;
}
