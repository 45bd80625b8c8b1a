import type { Bahasa } from "../../bahasa";
import { IKM_TERTINGGI, PREDIKAT_TERENDAH, SKALA_MUTU, SKALA_PREDIKAT } from "../../domain/predikat";
import { tulisAngka } from "./tulis";

// Rules stated in the texts are written from the domain's constants, so a changed threshold shows here.

const ATAU: Record<Bahasa, string> = { id: "atau", en: "or" };

/** "Sangat Tinggi (≥ 91%), …, Rendah (≥ 51%) atau Sangat Rendah". */
export function predikatDenganBatas(bahasa: Bahasa): string {
  const tingkat = SKALA_PREDIKAT.map(([bawah, nama]) => `${nama} (≥ ${tulisAngka(bawah / 100, bahasa)}%)`);
  return `${tingkat.join(", ")} ${ATAU[bahasa]} ${PREDIKAT_TERENDAH}`;
}

/** "≥ 91% Sangat Tinggi, …, ≥ 51% Rendah" (the lowest level, below all of them, is not named). */
export const batasPredikat = (bahasa: Bahasa): string =>
  SKALA_PREDIKAT.map(([bawah, nama]) => `≥ ${tulisAngka(bawah / 100, bahasa)}% ${nama}`).join(", ");

/** Each mutu band with its IKM range, both ends included after rounding to two decimals. */
function pitaMutu(bahasa: Bahasa): { huruf: string; nama: string; rentang: string }[] {
  return SKALA_MUTU.map(([bawah, huruf, nama], i) => {
    const atas = i === 0 ? String(IKM_TERTINGGI) : tulisAngka((SKALA_MUTU[i - 1][0] - 1) / 100, bahasa, 2);
    return { huruf, nama, rentang: `${tulisAngka(bawah / 100, bahasa, 2)}–${atas}` };
  });
}

/** "A (88,31–100), B (76,61–88,30), …". */
export const mutuDenganRentang = (bahasa: Bahasa): string =>
  pitaMutu(bahasa)
    .map((p) => `${p.huruf} (${p.rentang})`)
    .join(", ");

/** "88,31–100 A (Sangat Baik); 76,61–88,30 B (Baik); …". */
export const rentangMutuLengkap = (bahasa: Bahasa): string =>
  pitaMutu(bahasa)
    .map((p) => `${p.rentang} ${p.huruf} (${p.nama})`)
    .join("; ");

/** The full form of the best band, as MUTU_PELAYANAN shows it with `lengkap`: "A (Sangat Baik)". */
export const mutuLengkapTeratas = (): string => `${SKALA_MUTU[0][1]} (${SKALA_MUTU[0][2]})`;

/** The IKM's range: "25 dan 100" / "25 and 100". */
export const rentangIkm = (bahasa: Bahasa): string =>
  `${tulisAngka(SKALA_MUTU[SKALA_MUTU.length - 1][0] / 100, bahasa)} ${bahasa === "id" ? "dan" : "and"} ${IKM_TERTINGGI}`;
