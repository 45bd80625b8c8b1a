import { uraiSel } from "../workbook/alamat";

/** Rows and columns of an A1 rectangle ("B7", "B7:E9"); null for whole rows or columns ("5:5", "C:D"). */
export function ukuranRentang(alamat: string): { baris: number; kolom: number } | null {
  const [awal, akhir = awal] = alamat.split(":");
  if (!/\d/.test(awal) || !/[A-Za-z]/.test(awal)) return null;
  const a = uraiSel(awal);
  const b = uraiSel(akhir);
  return { baris: Math.abs(b.baris - a.baris) + 1, kolom: Math.abs(b.kolom - a.kolom) + 1 };
}
