/**
 * A Renstra table on any sheet, found by its header cells (KOLOM_RENSTRA) and checked with the
 * domain's rules: which rows are wrong, in which years, by how much. Pure: the Office.js reader
 * (src/excel/renstra) gives it cell values and turns row indexes into addresses.
 */
import { bacaAngka } from "../../domain/baca-angka";
import { KOLOM_RENSTRA, paguTidakSah, periksaRenstra, STATUS_PAGU, StatusPagu } from "../../domain/renstra";

/** Where a header row was found in a grid, and the columns the checks need (0-based, in the grid). */
export interface KepalaRenstra {
  baris: number;
  kolom: number;
  lebar: number;
  tahun: number[];
  kolomKode: number;
  kolomNama: number;
  kolomPagu: number[];
}

const AWAL = KOLOM_RENSTRA([]).slice(0, 6);
const teksSel = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** The years of a header that starts at `c`: "Target YYYY", "Pagu YYYY" pairs after the six fixed cells. */
function tahunDari(baris: readonly unknown[], c: number): number[] {
  const tahun: number[] = [];
  for (let j = c + AWAL.length; ; j += 2) {
    const m = /^Pagu (\d{4})$/.exec(teksSel(baris[j + 1]));
    if (!m || teksSel(baris[j]) !== `Target ${m[1]}`) return tahun;
    tahun.push(Number(m[1]));
  }
}

/**
 * The first row holding the whole Renstra header, cell for cell (spaces around a cell ignored),
 * from any column; undefined when no row does.
 *
 * @example cariKepalaRenstra([[], ["x", ...KOLOM_RENSTRA([2025])]])
 * //=> { baris: 1, kolom: 1, lebar: 14, tahun: [2025], kolomKode: 1, kolomNama: 3, kolomPagu: [8] }
 */
export function cariKepalaRenstra(kisi: readonly (readonly unknown[])[]): KepalaRenstra | undefined {
  for (let r = 0; r < kisi.length; r++) {
    const baris = kisi[r] ?? [];
    for (let c = 0; c < baris.length; c++) {
      if (teksSel(baris[c]) !== AWAL[0]) continue;
      const tahun = tahunDari(baris, c);
      const kepala = KOLOM_RENSTRA(tahun);
      if (tahun.length === 0 || kepala.some((t, j) => teksSel(baris[c + j]) !== t)) continue;
      const kolomPagu = tahun.map((_, i) => c + AWAL.length + 2 * i + 1);
      return { baris: r, kolom: c, lebar: kepala.length, tahun, kolomKode: c, kolomNama: c + 2, kolomPagu };
    }
  }
  return undefined;
}

/** Why one year's pagu of a row is wrong. */
export type SebabPagu = "teks" | "negatif" | "selisih";

export interface TahunSalah {
  tahun: number;
  sebab: SebabPagu;
  /** The pagu as the cell holds it. */
  pagu: unknown;
  /** The children's sum less this pagu, for a row with children (text counts 0, as the sheet's SUMIF). */
  selisih?: number;
  /** What a text pagu reads as the Indonesian way ("1.500.000.000" → 1500000000), when it reads. */
  terbaca?: number;
}

/** One wrong row: its index among the rows given, code, name, the sheet's status word, wrong years. */
export interface MasalahRenstra {
  indeks: number;
  kode: string;
  nama: string;
  status: StatusPagu;
  tahun: TahunSalah[];
}

/** One row as read: the code, name and pagu cells (pagu in the header's year order). */
export interface BarisDibaca {
  kode: unknown;
  nama: unknown;
  pagu: readonly unknown[];
}

const STATUS_MASALAH: ReadonlySet<StatusPagu> = new Set([
  STATUS_PAGU.tidakSesuai,
  STATUS_PAGU.kodeTidakDikenali,
  STATUS_PAGU.indukTidakAda,
]);

function sebab(pagu: unknown): SebabPagu {
  if (typeof pagu === "number" && pagu < 0) return "negatif";
  return paguTidakSah(pagu) ? "teks" : "selisih";
}

/**
 * The rows the sheet's checks mark (Tidak Sesuai, Kode tidak dikenali, Induk tidak ada) or whose
 * pagu is red in some year, in sheet order, each wrong year with its cause and difference.
 *
 * @example masalahRenstra([{ kode: "2.17.02", nama: "P", pagu: [100] },
 *   { kode: "2.17.02.2.01", nama: "K", pagu: [90] }], [2025])[0].tahun
 * //=> [{ tahun: 2025, sebab: "selisih", pagu: 100, selisih: -10 }]
 */
export function masalahRenstra(baris: readonly BarisDibaca[], tahun: readonly number[]): MasalahRenstra[] {
  const cek = periksaRenstra(
    baris.map((b) => ({ kode: b.kode, pagu: Object.fromEntries(tahun.map((y, i) => [y, b.pagu[i]])) })),
    tahun,
  );
  const hasil: MasalahRenstra[] = [];
  cek.forEach((c, i) => {
    if (!STATUS_MASALAH.has(c.status) && c.tahunSalah.length === 0) return;
    const b = baris[i];
    const salah = tahun
      .filter((y) => c.tahunSalah.includes(String(y)))
      .map((y): TahunSalah => {
        const pagu = b.pagu[tahun.indexOf(y)];
        const t: TahunSalah = { tahun: y, sebab: sebab(pagu), pagu };
        const s = c.selisih[String(y)];
        if (s !== undefined) t.selisih = s;
        const n = typeof pagu === "string" ? bacaAngka(pagu) : undefined;
        if (typeof n === "number") t.terbaca = n;
        return t;
      });
    const teks = (v: unknown) => (v === null || v === undefined ? "" : String(v).replace(/\s+/g, " ").trim());
    hasil.push({ indeks: i, kode: teks(b.kode), nama: teks(b.nama), status: c.status, tahun: salah });
  });
  return hasil;
}
