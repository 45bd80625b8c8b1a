/**
 * The Renstra cascade (Permendagri 86/2017, table T-C.27): programs, kegiatan and sub kegiatan,
 * their level read from the shape of their code (Kepmendagri 900.1.15.5-1317/2023) and their pagu
 * checked against the sum of their direct children. Pure: the same rules serve the catalog reader,
 * the functions IKU.TINGKAT / IKU.INDUK, the pane and `periksa`; the Renstra sheet's formulas are
 * checked against them (test/workbook/sisip/lembar-renstra and its LibreOffice twin).
 */

export type Tingkat = "Program" | "Kegiatan" | "Sub Kegiatan";

/** Each level's code shape, written as the planner reads it, and its pattern. */
export const BENTUK_KODE: ReadonlyArray<{
  tingkat: Tingkat;
  contoh: string;
  pola: RegExp;
  wildcard: string;
}> = [
  { tingkat: "Program", contoh: "2.17.02", pola: /^\d\.\d{2}\.\d{2}$/, wildcard: "?.??.??" },
  {
    tingkat: "Kegiatan",
    contoh: "2.17.02.2.01",
    pola: /^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/,
    wildcard: "?.??.??.?.??",
  },
  {
    tingkat: "Sub Kegiatan",
    contoh: "2.17.02.2.01.0001",
    pola: /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/,
    wildcard: "?.??.??.?.??.????",
  },
];

/**
 * A child's code is its parent's followed by five characters: ".2.01" under a program, ".0001"
 * under a kegiatan. The sheet finds direct children with the wildcard `kode&".????"`.
 */
export const PANJANG_AKHIRAN_ANAK = 5;

/** The words the sheet's checks write (the `Cek Pagu` column), one place for both. */
export const STATUS_PAGU = {
  sesuai: "Sesuai",
  tidakSesuai: "Tidak Sesuai",
  kodeTidakDikenali: "Kode tidak dikenali",
  indukTidakAda: "Induk tidak ada",
} as const;
export type StatusPagu = (typeof STATUS_PAGU)[keyof typeof STATUS_PAGU] | "";

/**
 * The level of a code; undefined for any other shape (a number, spaces, `2.17.2`).
 *
 * @example tingkatKode("2.17.02.2.01") //=> "Kegiatan"
 */
export function tingkatKode(kode: unknown): Tingkat | undefined {
  if (typeof kode !== "string") return undefined;
  return BENTUK_KODE.find((b) => b.pola.test(kode))?.tingkat;
}

/**
 * The parent's code: the prefix one level up; "" for a program; undefined for a code of no shape.
 *
 * @example indukKode("2.17.02.2.01.0001") //=> "2.17.02.2.01"
 */
export function indukKode(kode: unknown): string | undefined {
  const t = tingkatKode(kode);
  if (t === undefined) return undefined;
  return t === "Program" ? "" : (kode as string).slice(0, -PANJANG_AKHIRAN_ANAK);
}

/** One row of the cascade as the sheet holds it: a code (blank on an indicator's continuation row) and pagu per year. */
export interface BarisRenstra {
  kode: unknown;
  /** Pagu per year as typed: a number, blank, or anything else (text is a problem). */
  pagu: Record<string, unknown>;
}

/** The checks of one row, as the sheet's `Cek Pagu` and `Selisih Pagu` columns show them. */
export interface CekBaris {
  status: StatusPagu;
  /** Per year: the children's sum less this row's pagu (a text or blank pagu counts 0); only for rows with children. */
  selisih: Record<string, number>;
  /** The years whose pagu is wrong: a text, a negative number, or a mismatch with the children's sum. */
  tahunSalah: string[];
}

/** Differences to the sen, as the sheet rounds them: sums of decimals never leave a 1e-9 residue. */
export const bulatRupiah = (n: number): number => Math.round(n * 100) / 100 + 0;

const angka = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** A pagu that a formula cannot add: text, or a negative amount. */
export const paguTidakSah = (v: unknown): boolean =>
  (typeof v === "string" && v.trim() !== "") || (typeof v === "number" && v < 0);

/**
 * Checks every row, as the sheet does: a code of no shape, a child without its parent in the
 * table, and for a row with children, in every year, its pagu against the sum of its direct
 * children's pagu (text and blanks count 0, as SUMIF does). Codes are compared exactly as typed.
 */
export function periksaRenstra(baris: readonly BarisRenstra[], tahun: readonly number[]): CekBaris[] {
  const kode = new Set(baris.map((b) => b.kode).filter((k): k is string => typeof k === "string"));
  // Children as the sheet's wildcard `kode&".????"` finds them: the parent, a dot, any four characters.
  const anak = new Map<string, BarisRenstra[]>();
  for (const b of baris) {
    if (typeof b.kode !== "string" || b.kode.length <= PANJANG_AKHIRAN_ANAK) continue;
    const induk = b.kode.slice(0, -PANJANG_AKHIRAN_ANAK);
    if (b.kode[induk.length] === ".") anak.set(induk, [...(anak.get(induk) ?? []), b]);
  }
  return baris.map((b) => {
    const tahunSalah = tahun.map(String).filter((y) => paguTidakSah(b.pagu[y]));
    const kosong = b.kode === null || b.kode === undefined || b.kode === "";
    if (kosong) return { status: "", selisih: {}, tahunSalah };
    const t = tingkatKode(b.kode);
    if (t === undefined) return { status: STATUS_PAGU.kodeTidakDikenali, selisih: {}, tahunSalah };
    // The differences stand whatever the row's status, as the sheet's Selisih Pagu columns do.
    const daftar = t === "Sub Kegiatan" ? [] : (anak.get(b.kode as string) ?? []);
    const selisih: Record<string, number> = {};
    for (const y of daftar.length > 0 ? tahun.map(String) : []) {
      selisih[y] = bulatRupiah(daftar.reduce((n, a) => n + angka(a.pagu[y]), 0) - angka(b.pagu[y]));
      if (selisih[y] !== 0 && !tahunSalah.includes(y)) tahunSalah.push(y);
    }
    const induk = indukKode(b.kode) as string;
    if (induk !== "" && !kode.has(induk)) return { status: STATUS_PAGU.indukTidakAda, selisih, tahunSalah };
    if (daftar.length === 0) return { status: "", selisih, tahunSalah };
    const cocok = Object.values(selisih).every((s) => s === 0);
    return { status: cocok ? STATUS_PAGU.sesuai : STATUS_PAGU.tidakSesuai, selisih, tahunSalah };
  });
}

/** The Renstra sheet's header cells (PRODUCT.md, "the Renstra cascade"), then the differences per year. */
export const KOLOM_RENSTRA = (tahun: readonly number[]): string[] => [
  "Kode",
  "Tingkat",
  "Program / Kegiatan / Sub Kegiatan",
  "Indikator Kinerja",
  "Satuan",
  "Kondisi Awal",
  ...tahun.flatMap((y) => [`Target ${y}`, `Pagu ${y}`]),
  "Target Akhir Renstra",
  "Pagu Akhir Renstra",
  "Unit Penanggung Jawab",
  "Lokasi",
  "Cek Pagu",
  ...tahun.map((y) => `Selisih Pagu ${y}`),
];
