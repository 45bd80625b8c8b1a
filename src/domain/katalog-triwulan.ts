/**
 * The catalog's optional quarter settings (docs/katalog.md): the two thresholds of the Rencana
 * Aksi's Status, checked like the rest of the catalog.
 */
import { bacaAngka, KOSONG } from "./baca-angka";
import { adalahGalat, tampilkan } from "./galat";
import type { Pelapor } from "./katalog-laporan";
import { AMBANG_STATUS_BAWAAN, AmbangStatusTw } from "./triwulan";
import { Katalog } from "./types";

const CONTOH = '{ "sesuai": "100%", "perhatian": "76%" }';

/** The thresholds as fractions, at most 1.000%, `perhatian` not above `sesuai`; missing ones take the defaults. */
export function bacaAmbangRencanaAksi(p: Pelapor, v: unknown): AmbangStatusTw | undefined {
  const jalur = "ambangRencanaAksi";
  if (v === undefined) return undefined;
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return p.salah(jalur, `harus berupa objek, misalnya ${CONTOH}`);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (k !== "sesuai" && k !== "perhatian")
      p.salah(`${jalur}.${k}`, `tidak dikenal; isi "sesuai" dan/atau "perhatian"`);
  const satu = (k: keyof AmbangStatusTw): number | undefined => {
    const n = bacaAngka(o[k]);
    if (o[k] === undefined || n === KOSONG) return AMBANG_STATUS_BAWAAN[k];
    if (adalahGalat(n) || !(n > 0) || n > 10)
      return p.salah(
        `${jalur}.${k}`,
        `${tampilkan(o[k])} bukan persen capaian antara 0% dan 1.000%; ${CONTOH}`,
      );
    return n;
  };
  const sesuai = satu("sesuai");
  const perhatian = satu("perhatian");
  if (sesuai === undefined || perhatian === undefined) return undefined;
  if (perhatian > sesuai)
    return p.salah(
      jalur,
      `perhatian ${tampilkan(perhatian)} di atas sesuai ${tampilkan(sesuai)}; perhatian harus lebih kecil`,
    );
  return { sesuai, perhatian };
}

/** The thresholds a catalog sets, else the defaults (100% and the predikat's Tinggi bound). */
export const ambangRencanaAksi = (k: Pick<Katalog, "ambangRencanaAksi">): AmbangStatusTw =>
  k.ambangRencanaAksi ?? AMBANG_STATUS_BAWAAN;
