/**
 * periksa over our own filled workbook (test/workbook/sisip/lkjip-terisi.ts), with every judged
 * summary row checked against what the planner typed: its indicator must be a catalog indicator,
 * its target that indicator's target of the row's year, its realisation the one typed for it.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { barisKatalog } from "../../src/domain/types";
import { periksa } from "../../src/periksa";
import { BarisRingkasan } from "../../src/periksa/ringkasan";
import { katalogLkjip, REALISASI_LKJIP } from "../workbook/sisip/lkjip-terisi";
import { bacaRingkasan } from "./buat-buku";

const DINILAI = new Set(["Tercapai", "Tidak Tercapai", "Belum diisi", "Galat", "Angka teks"]);

export interface HasilBukuSendiri {
  baris: BarisRingkasan[];
  dinilai: BarisRingkasan[];
  /** Judged rows whose Indikator is no catalog indicator ("Tercapai", "0.385", "Absolut"…). */
  bukanIndikator: string[];
  /** Judged rows whose target or realisation is not the indicator's own for the row's year. */
  salahPasang: string[];
  salinan: string;
  csv: Record<string, string>[];
}

const sama = (a: unknown, b: unknown) =>
  (a === "" || a === null || a === undefined) && (b === null || b === undefined)
    ? true
    : typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-9;

export async function periksaBukuSendiri(berkas: string, keluar: string): Promise<HasilBukuSendiri> {
  const baris: BarisRingkasan[] = [];
  const hasil = await periksa(
    [berkas],
    keluar,
    () => undefined,
    (b) => baris.push(b),
  );
  const katalog = katalogLkjip();
  const indikator = barisKatalog(katalog).map((b) => b.indikator);
  const tahun = katalog.tahun.map(String);
  const dinilai = baris.filter((b) => DINILAI.has(b.status));
  const bukanIndikator: string[] = [];
  const salahPasang: string[] = [];
  for (const b of dinilai) {
    const tempat = `${b.lembar}!${b.sel} ${b.indikator}`;
    const i = indikator.findIndex((x) => x.nama === b.indikator);
    if (i < 0) {
      bukanIndikator.push(tempat);
      continue;
    }
    const t = tahun.indexOf(b.periode);
    const harapan = { target: indikator[i].target[b.periode], realisasi: REALISASI_LKJIP[i][t] };
    if (t < 0 || !sama(b.target, harapan.target) || !sama(b.realisasi, harapan.realisasi))
      salahPasang.push(`${tempat}: ${String(b.target)}/${String(b.realisasi)}`);
  }
  return {
    baris,
    dinilai,
    bukanIndikator,
    salahPasang,
    salinan: join(keluar, basename(berkas)),
    csv: bacaRingkasan(readFileSync(hasil.ringkasan, "utf8")),
  };
}
