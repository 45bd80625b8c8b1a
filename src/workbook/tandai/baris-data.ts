import { bacaAngka } from "../../domain/baca-angka";
import { barisBerisi, barisNomorKolom, kolomPasangan } from "./batas-tabel";
import { Kerangka, Kisi, NilaiSel } from "./tipe";

const angka = (v: NilaiSel): boolean => typeof bacaAngka(v) === "number";

/**
 * Rows under the header that hold a number (or a number typed as text, or TRUE/FALSE) in a target
 * or realisation column. Blank rows between groups and group rows (tujuan, sasaran) without
 * numbers are skipped. Used on a sample to find the label column; AlurTandai decides the rows judged.
 */
export function cariBarisData(kisi: Kisi, kerangka: Kerangka): number[] {
  const kolom = kolomPasangan(kerangka);
  const hasil: number[] = [];
  for (let r = kerangka.barisJudul + 1; r < kisi.length; r++) {
    const baris = kisi[r] ?? [];
    if (!barisBerisi(baris, kolom)) continue;
    if (hasil.length === 0 && barisNomorKolom(baris)) continue;
    hasil.push(r);
  }
  return hasil;
}

/**
 * The indicator label column when no header says "Indikator": the column with the longest texts
 * in the data rows, outside the pairs and the polarity column.
 */
export function kolomTeksTerlebar(
  kisi: Kisi,
  kerangka: Kerangka,
  barisData: readonly number[],
): number | undefined {
  const dipakai = new Set(kerangka.pasangan.flatMap((p) => [p.kolomTarget, p.kolomRealisasi]));
  if (kerangka.kolomPolaritas !== undefined) dipakai.add(kerangka.kolomPolaritas);
  const panjang = new Map<number, number>();
  for (const r of barisData) {
    (kisi[r] ?? []).forEach((v, c) => {
      if (dipakai.has(c) || typeof v !== "string" || angka(v)) return;
      panjang.set(c, (panjang.get(c) ?? 0) + v.trim().length);
    });
  }
  let terbaik: number | undefined;
  for (const [c, p] of panjang)
    if (p >= 3 * barisData.length && (terbaik === undefined || p > panjang.get(terbaik)!)) terbaik = c;
  return terbaik;
}
