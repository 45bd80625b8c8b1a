import { Galat, tidakTersedia } from "./galat";
import { PESAN } from "./pesan";
import { barisKatalog, Indikator, Katalog } from "./types";

/**
 * Codes and names compared as the same text however their accents were typed: "KÉ" precomposed
 * and "KE" + combining acute (NFC and NFD) are one code. Case is ignored.
 *
 * @example kunciTeks("K\u0045\u0301") === kunciTeks("k\u00c9") // true
 */
export const kunciTeks = (s: string): string => s.normalize("NFC").toLowerCase();

const rapikanNama = (s: string): string => kunciTeks(s).replace(/\s+/g, " ").trim();

/** "IKU-01", "iku 1" and "IKU01" are the same code. */
const kunciKode = (s: string): string =>
  kunciTeks(s)
    .replace(/[^a-z0-9]/g, "")
    .replace(/(^|\D)0+(?=\d)/g, "$1");

/**
 * Finds an indicator by its code or its name (the document's wording or an alias), ignoring case
 * and extra spaces.
 *
 * @example cariIndikator(KATALOG_BAWAAN, "iku-09")?.nama // "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang"
 */
export function cariIndikator(katalog: Katalog, teks: string): Indikator | undefined {
  const nama = rapikanNama(teks);
  const kode = kunciKode(teks);
  for (const { indikator } of barisKatalog(katalog)) {
    if (kode !== "" && kunciKode(indikator.kode) === kode) return indikator;
    if (rapikanNama(indikator.nama) === nama || indikator.alias?.some((a) => rapikanNama(a) === nama))
      return indikator;
  }
  return undefined;
}

/**
 * The catalog's target of an indicator for a year; an unknown indicator or year is #N/A with a
 * message that names it and says what is available.
 *
 * @example targetIndikator(KATALOG_BAWAAN, "IKU-07", 2025) // 14
 */
export function targetIndikator(katalog: Katalog, indikator: string, tahun: number): number | Galat {
  const i = cariIndikator(katalog, indikator);
  if (!i) return tidakTersedia(PESAN.indikatorTakDikenal(indikator));
  const t = i.target[String(tahun)];
  return t ?? tidakTersedia(PESAN.tahunTanpaTarget(i.kode, tahun, Object.keys(i.target).join(", ")));
}

/** The whole catalog as a table with a header row: code, tujuan, sasaran, name, unit, polarity, targets. */
export function tabelKatalog(katalog: Katalog): (string | number)[][] {
  const judul = [
    "Kode",
    "Tujuan",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    ...katalog.tahun.map((t) => `Target ${t}`),
  ];
  const isi = barisKatalog(katalog).map(({ tujuan, sasaran, indikator: i }) => [
    i.kode,
    tujuan,
    sasaran,
    i.nama,
    i.satuan,
    i.polaritas,
    ...katalog.tahun.map((t) => i.target[String(t)] ?? ""),
  ]);
  return [judul, ...isi];
}
