/**
 * What is wrong with one year's pagu of a Renstra row, in words: the pane's list and `periksa`'s
 * ringkasan.csv say it the same way. Rupiah is written the Indonesian way in both languages, as
 * the planners' documents print it.
 */
import type { Bahasa, Teks } from "../../bahasa";
import { angkaDokumen } from "../../domain/tulis-angka";
import { indukKode, STATUS_PAGU, StatusPagu } from "../../domain/renstra";
import type { TahunSalah } from "./tabel-renstra";

export const TEKS_TAHUN_RENSTRA = {
  tidakSesuai: {
    id: "pagu tidak sama dengan jumlah pagu turunan langsungnya",
    en: "its pagu differs from the sum of its direct children's pagu",
  },
  kodeTidakDikenali: {
    id: "kode bukan bentuk program X.XX.XX, kegiatan X.XX.XX.X.XX atau sub kegiatan X.XX.XX.X.XX.XXXX",
    en: "the code is not a program X.XX.XX, kegiatan X.XX.XX.X.XX or sub kegiatan X.XX.XX.X.XX.XXXX",
  },
  indukTidakAda: {
    id: "kode induknya {induk} tidak ada di tabel",
    en: "its parent code {induk} is not in the table",
  },
  lebihBesar: {
    id: "jumlah turunan {rp} lebih besar dari pagu",
    en: "the children's sum is {rp} more than the pagu",
  },
  lebihKecil: {
    id: "jumlah turunan {rp} lebih kecil dari pagu",
    en: "the children's sum is {rp} less than the pagu",
  },
  teks: {
    id: 'pagu berisi teks "{teks}", tidak ikut dijumlah; ketik sebagai angka',
    en: 'the pagu is text "{teks}" and is not added up; type it as a number',
  },
  terbaca: { id: " ({rp})", en: " ({rp})" },
  negatif: { id: "pagu negatif ({rp})", en: "negative pagu ({rp})" },
} satisfies Record<string, Teks>;

const isi = (kunci: keyof typeof TEKS_TAHUN_RENSTRA, bahasa: Bahasa, nilai: Record<string, string>): string =>
  TEKS_TAHUN_RENSTRA[kunci][bahasa].replace(/\{(\w+)\}/g, (m, k: string) => nilai[k] ?? m);

/**
 * Rupiah the Indonesian way.
 *
 * @example rupiah(-1500000000) //=> "-Rp1.500.000.000"
 */
export const rupiah = (n: number): string => `${n < 0 ? "-" : ""}Rp${angkaDokumen(Math.abs(n))}`;

/**
 * One wrong year.
 *
 * @example teksTahun({ tahun: 2026, sebab: "selisih", pagu: 100, selisih: -10 }, "id")
 * //=> "2026: jumlah turunan Rp10 lebih kecil dari pagu"
 */
export function teksTahun(s: TahunSalah, bahasa: Bahasa): string {
  const bagian: string[] = [];
  if (s.sebab === "teks") {
    const terbaca = s.terbaca === undefined ? "" : isi("terbaca", bahasa, { rp: rupiah(s.terbaca) });
    bagian.push(isi("teks", bahasa, { teks: String(s.pagu) }) + terbaca);
  }
  if (s.sebab === "negatif") bagian.push(isi("negatif", bahasa, { rp: rupiah(s.pagu as number) }));
  if (s.selisih !== undefined && s.selisih !== 0)
    bagian.push(
      isi(s.selisih > 0 ? "lebihBesar" : "lebihKecil", bahasa, { rp: rupiah(Math.abs(s.selisih)) }),
    );
  return `${s.tahun}: ${bagian.join("; ")}`;
}

/**
 * What the sheet's Cek Pagu word means for a row, after the word itself; "" for none.
 *
 * @example teksStatus("Induk tidak ada", "2.17.09.2.01", "id") //=> "Induk tidak ada: kode induknya 2.17.09 tidak ada di tabel"
 */
export function teksStatus(status: StatusPagu, kode: string, bahasa: Bahasa): string {
  switch (status) {
    case STATUS_PAGU.tidakSesuai:
      return `${status}: ${isi("tidakSesuai", bahasa, {})}`;
    case STATUS_PAGU.kodeTidakDikenali:
      return `${status}: ${isi("kodeTidakDikenali", bahasa, {})}`;
    case STATUS_PAGU.indukTidakAda:
      return `${status}: ${isi("indukTidakAda", bahasa, { induk: indukKode(kode) ?? "" })}`;
    default:
      return "";
  }
}
