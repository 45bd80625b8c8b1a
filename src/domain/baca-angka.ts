import { galat, Galat, kodeGalatSel, masihDihitung, nilaiSalah, tidakTersedia } from "./galat";
import { NAMA, Nama, PESAN } from "./pesan";

/** A blank input: the value is not yet reported. */
export const KOSONG = "";
export type Kosong = typeof KOSONG;

const UNIT = /^(.*?\d)\s*([A-Za-z][A-Za-z ./]*)$/;

/**
 * An Excel error passed in: #N/A and a value still being computed (#BUSY!) stay #N/A (no data
 * yet), any other becomes #VALUE!; all name it.
 */
export function galatMasuk(nama: Nama, kode: string): Galat {
  if (masihDihitung(kode)) return tidakTersedia(PESAN.masihDihitung(nama, kode));
  return galat(kode === "#N/A" ? "#N/A" : "#VALUE!", PESAN.galatMasuk(nama, kode));
}

/**
 * Reads a cell value as a number, the Indonesian way when it is text:
 * "37%" → 0.37, "82,97" → 82.97, "1.234,5" → 1234.5, "1.234" → 1234, "12 Unit" → 12.
 * A blank (null, undefined, "" or spaces) is KOSONG; an Excel error value ("#REF!") is an error of
 * the input (galatMasuk); anything else unreadable is a #VALUE! Galat that
 * names the value and says how to fix it.
 *
 * @example bacaAngka("1.234,5") // 1234.5
 */
export function bacaAngka(v: unknown, nama: Nama = NAMA.nilai): number | Kosong | Galat {
  if (v === null || v === undefined) return KOSONG;
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v === 0 ? 0 : v; // Prevent negative zero
    return nilaiSalah(PESAN.angkaTakHingga(nama, v));
  }
  if (typeof v === "boolean") {
    return nilaiSalah(PESAN.logikaBukanAngka(nama, v));
  }
  // Range.values gives an error value as its exact text ("#REF!"), never as a typed text.
  const kode = kodeGalatSel(v);
  if (kode) return galatMasuk(nama, kode);
  if (typeof v !== "string") return nilaiSalah(PESAN.bukanAngka(nama, v));
  const teks = v.replace(/[\u00a0\u202f]/g, " ").trim();
  if (teks === "") return KOSONG;
  const n = bacaTeks(teks);
  if (n === undefined) {
    return nilaiSalah(PESAN.teksBukanAngka(nama, v));
  }
  return n;
}

function bacaTeks(teks: string): number | undefined {
  let s = teks;
  let pembagi = 1;
  if (s.endsWith("%")) {
    s = s.slice(0, -1).trim();
    pembagi = 100;
  } else {
    const unit = UNIT.exec(s);
    if (unit) s = unit[1];
  }
  let tanda = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    tanda = s.startsWith("-") ? -1 : 1;
    s = s.slice(1).trim();
  }
  const baku = bakukan(s);
  if (baku === undefined || !/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(baku)) return undefined;
  // Shift the decimal point in the text so "41%" and "83,22%" parse to exactly 0.41 and 0.8322.
  const n = tanda * (pembagi === 100 && !/e/i.test(baku) ? Number(`${baku}e-2`) : Number(baku) / pembagi);
  if (!Number.isFinite(n)) return undefined;
  return n === 0 ? 0 : n;
}

/** Turns Indonesian or English digit grouping into a plain "1234.5". */
function bakukan(s: string): string | undefined {
  const titik = s.split(".").length - 1;
  const koma = s.split(",").length - 1;
  if (titik > 0 && koma > 0) {
    // The separator that comes last is the decimal one: "1.234,5" or "1,234.5".
    const desimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const ribuan = desimal === "," ? "." : ",";
    const [bulat, pecahan, ...lebih] = s.split(desimal);
    if (lebih.length || !ribuanSah(bulat, ribuan)) return undefined;
    return bulat.split(ribuan).join("") + "." + pecahan;
  }
  if (koma === 1) return s.replace(",", ".");
  if (koma > 1) return ribuanSah(s, ",") ? s.split(",").join("") : undefined;
  // "1.234" and "1.234.567" are Indonesian thousands; "82.97" is a decimal point.
  if (titik > 1 || (titik === 1 && /^[1-9]\d{0,2}\.\d{3}$/.test(s))) {
    return ribuanSah(s, ".") ? s.split(".").join("") : undefined;
  }
  return s;
}

function ribuanSah(s: string, pemisah: string): boolean {
  const bagian = s.split(pemisah);
  return /^[1-9]\d{0,2}$/.test(bagian[0]) && bagian.slice(1).every((b) => /^\d{3}$/.test(b));
}
