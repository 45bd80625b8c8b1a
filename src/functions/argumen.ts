import { bacaAngka, KOSONG } from "../domain/baca-angka";
import { nilaiSalah } from "../domain/galat";
import { Nama, PESAN } from "../domain/pesan";
import { bacaModePertumbuhan } from "../domain/pertumbuhan";
import { bacaPolaritas } from "../domain/polaritas";
import { Argumen } from "./sebar";

/** A number argument; a blank cell gives a blank result. */
export const angka = (nama: Nama): Argumen<number | ""> => ({
  nama,
  baca: (v) => bacaAngka(v, nama),
  angka: true,
});

/** An optional number: a blank means "not given" (undefined), not a blank result. */
export const angkaOpsional = (nama: Nama): Argumen<number | undefined> => ({
  nama,
  baca: (v) => {
    const n = bacaAngka(v, nama);
    return n === KOSONG ? undefined : n;
  },
});

/** A text argument (an indicator code or name); numbers are read as their digits. */
export const teks = (nama: Nama): Argumen<string> => ({
  nama,
  baca: (v) => {
    if (v === null || v === undefined) return KOSONG;
    if (typeof v === "string") return v.trim() === "" ? KOSONG : v;
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    return nilaiSalah(PESAN.bukanTeks(nama, v));
  },
});

export const polaritas: Argumen<ReturnType<typeof bacaPolaritas>> = {
  nama: "polaritas",
  baca: bacaPolaritas,
};

export const mode: Argumen<ReturnType<typeof bacaModePertumbuhan>> = {
  nama: "mode",
  baca: bacaModePertumbuhan,
};

const YA = new Set(["ya", "y", "true", "benar", "lengkap", "1"]);
const TIDAK = new Set(["tidak", "t", "false", "salah", "singkat", "0", ""]);

/** TRUE/FALSE as Excel passes it, or as text ("ya"/"tidak"); a blank is FALSE. */
export const logika = (nama: Nama): Argumen<boolean> => ({
  nama,
  baca: (v) => {
    if (v === null || v === undefined) return false;
    if (typeof v === "boolean") return v;
    if (typeof v === "number" && (v === 0 || v === 1)) return v === 1;
    const kunci = typeof v === "string" ? v.toLowerCase().trim() : undefined;
    if (kunci !== undefined && YA.has(kunci)) return true;
    if (kunci !== undefined && TIDAK.has(kunci)) return false;
    return nilaiSalah(PESAN.bukanLogika(nama, v));
  },
});
