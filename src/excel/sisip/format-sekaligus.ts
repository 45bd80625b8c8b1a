import { kotak, kotakDariAlamat, rentangPenuh } from "../../workbook/alamat";
import { FormatRentang } from "../../workbook/rencana";

/** What an untouched cell of a new sheet shows, so filling gaps with it changes nothing. */
const UMUM = "General";

/**
 * All number formats of a sheet as one rectangle: later entries win where they overlap, gaps get
 * "General". One write instead of one per unit and row: a 500-indicator table has hundreds.
 *
 * @example satuFormatAngka([{ alamat: "B2", gaya: { formatAngka: "0%" } }, { alamat: "C3", gaya: { formatAngka: "0" } }])
 * //=> { alamat: "B2:C3", nilai: [["0%", "General"], ["General", "0"]] }
 */
export function satuFormatAngka(
  format: readonly FormatRentang[],
): { alamat: string; nilai: string[][] } | null {
  const sel = new Map<number, Map<number, string>>();
  let atas = Infinity,
    bawah = 0,
    kiri = Infinity,
    kanan = 0;
  for (const { alamat, gaya } of format) {
    if (gaya.formatAngka === undefined) continue;
    if (rentangPenuh(alamat)) throw new RangeError(`Format angka perlu rentang sel, bukan "${alamat}"`);
    const [a] = kotakDariAlamat(alamat);
    for (let r = a.baris; r < a.baris + a.tinggi; r++) {
      const baris = sel.get(r) ?? new Map<number, string>();
      sel.set(r, baris);
      for (let k = a.kolom; k < a.kolom + a.lebar; k++) baris.set(k, gaya.formatAngka);
    }
    [atas, bawah] = [Math.min(atas, a.baris), Math.max(bawah, a.baris + a.tinggi - 1)];
    [kiri, kanan] = [Math.min(kiri, a.kolom), Math.max(kanan, a.kolom + a.lebar - 1)];
  }
  if (bawah === 0) return null;
  const nilai = Array.from({ length: bawah - atas + 1 }, (_, i) =>
    Array.from({ length: kanan - kiri + 1 }, (_, j) => sel.get(atas + i)?.get(kiri + j) ?? UMUM),
  );
  return { alamat: kotak(kiri, atas, kanan - kiri + 1, bawah - atas + 1), nilai };
}
