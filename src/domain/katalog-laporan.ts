/**
 * The catalog's optional parts for the yearly reports (docs/katalog.md): the Renstra period,
 * programs with pagu and linked indicators, and the PK parties. Checked like the rest of the
 * catalog: every problem found, each naming its field path, in Indonesian.
 */
import { kunciTeks } from "./katalog";
import { bacaAngka, KOSONG } from "./baca-angka";
import { adalahGalat, tampilkan } from "./galat";
import { bacaTurunanProgram, periksaBentukKode } from "./katalog-renstra";
import { JenisTarget, PihakPk, Program } from "./types";

type Objek = Record<string, unknown>;
const adalahObjek = (v: unknown): v is Objek => typeof v === "object" && v !== null && !Array.isArray(v);

/** What the catalog reader lends: where to report, and its text check. */
export interface Pelapor {
  salah(jalur: string, teks: string): undefined;
  teks(o: Objek, kunci: string, jalur: string, wajib?: boolean): string | undefined;
}

export function bacaPeriode(
  p: Pelapor,
  v: unknown,
  tahun: number[],
): { awal: number; akhir: number } | undefined {
  if (v === undefined) return undefined;
  const contoh = `misalnya { "awal": ${tahun[0] ?? 2025}, "akhir": ${tahun[tahun.length - 1] ?? 2026} }`;
  if (!adalahObjek(v)) return p.salah("periode", `harus berupa objek ${contoh}`);
  const satu = (k: "awal" | "akhir"): number | undefined => {
    const y = v[k];
    if (typeof y !== "number" || !Number.isInteger(y))
      return p.salah(`periode.${k}`, `${tampilkan(y)} bukan tahun; ${contoh}`);
    if (tahun.length > 0 && !tahun.includes(y))
      return p.salah(
        `periode.${k}`,
        `${y} tidak ada di daftar "tahun" (${tahun.join(", ")}); target akhir Renstra dihitung dari target tahunan katalog`,
      );
    return y;
  };
  const awal = satu("awal");
  const akhir = satu("akhir");
  if (awal === undefined || akhir === undefined) return undefined;
  if (awal > akhir) return p.salah("periode", `awal ${awal} sesudah akhir ${akhir}`);
  return { awal, akhir };
}

export function bacaJenisTarget(p: Pelapor, v: unknown, jalur: string): JenisTarget | undefined {
  if (v === undefined) return undefined;
  const teks = typeof v === "string" ? v.trim().toLowerCase() : "";
  if (teks === "absolut" || teks === "kumulatif") return teks;
  return p.salah(jalur, `${tampilkan(v)} tidak dikenal; isi "absolut" atau "kumulatif"`);
}

/** A baseline number; a share as a fraction, like the targets. */
export function bacaKondisiAwal(p: Pelapor, v: unknown, jalur: string, persen: boolean): number | undefined {
  if (v === undefined) return undefined;
  const n = bacaAngka(v);
  if (n === KOSONG) return undefined;
  if (adalahGalat(n)) return p.salah(jalur, `${tampilkan(v)} bukan angka`);
  if (persen && Math.abs(n) > 10)
    return p.salah(jalur, `${tampilkan(v)} terlalu besar untuk persen; tulis 41% sebagai 0.41 atau "41%"`);
  return n;
}

/**
 * Numbers per year where any year may be missing (pagu, Renstra targets): each year in `tahun`,
 * none negative, a percent at most 1000% when `persen`. `nama` names the value in messages.
 */
export function bacaPerTahun(
  p: Pelapor,
  v: unknown,
  jalur: string,
  tahun: number[],
  { nama, contoh, persen = false }: { nama: string; contoh: number; persen?: boolean },
): Record<string, number> {
  const hasil: Record<string, number> = {};
  if (v === undefined) return hasil;
  if (!adalahObjek(v)) {
    p.salah(jalur, `harus berupa ${nama} per tahun, misalnya { "${tahun[0] ?? 2025}": ${contoh} }`);
    return hasil;
  }
  for (const [k, mentah] of Object.entries(v)) {
    const n = bacaAngka(mentah);
    if (!tahun.map(String).includes(k)) p.salah(`${jalur}.${k}`, `tahun ${k} tidak ada di daftar "tahun"`);
    else if (n === KOSONG) continue;
    else if (adalahGalat(n)) p.salah(`${jalur}.${k}`, `${tampilkan(mentah)} bukan angka`);
    else if (n < 0) p.salah(`${jalur}.${k}`, `${tampilkan(mentah)} negatif; ${nama} tidak boleh negatif`);
    else if (persen && n > 10)
      p.salah(
        `${jalur}.${k}`,
        `${tampilkan(mentah)} terlalu besar untuk persen; tulis 41% sebagai 0.41 atau "41%"`,
      );
    else hasil[k] = n;
  }
  return hasil;
}

/** Pagu per year, in rupiah; years without one stay blank. */
export const bacaPagu = (p: Pelapor, v: unknown, jalur: string, tahun: number[]): Record<string, number> =>
  bacaPerTahun(p, v, jalur, tahun, { nama: "pagu", contoh: 1500000000 });

/** Programs; `kodeIndikator` maps lower-case indicator codes to their written form. */
export function bacaProgram(
  p: Pelapor,
  v: unknown,
  tahun: number[],
  kodeIndikator: ReadonlyMap<string, string>,
): Program[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return p.salah("program", "harus daftar program [{ kode, nama, indikator, pagu }]");
  const kode = new Map<string, string>();
  // Every code of the cascade, programs, kegiatan and sub kegiatan alike: each unique.
  const semuaKode = new Map<string, string>();
  const hasil: Program[] = [];
  v.forEach((o, i) => {
    const jalur = `program[${i}]`;
    if (!adalahObjek(o)) return p.salah(jalur, "harus berupa objek { kode, nama, indikator, pagu }");
    const k = p.teks(o, "kode", jalur);
    if (k !== undefined) {
      if (kode.has(kunciTeks(k)))
        p.salah(`${jalur}.kode`, `"${k}" sudah dipakai di ${kode.get(kunciTeks(k))}; kode harus unik`);
      else kode.set(kunciTeks(k), jalur);
    }
    const nama = p.teks(o, "nama", jalur);
    const indikator: string[] = [];
    if (o.indikator !== undefined && !Array.isArray(o.indikator))
      p.salah(`${jalur}.indikator`, 'harus daftar kode indikator, misalnya ["IKU-01", "IKU-02"]');
    (Array.isArray(o.indikator) ? o.indikator : []).forEach((ki: unknown, j) => {
      const dikenal = typeof ki === "string" ? kodeIndikator.get(kunciTeks(ki.trim())) : undefined;
      if (dikenal === undefined)
        p.salah(`${jalur}.indikator[${j}]`, `${tampilkan(ki)} bukan kode indikator di katalog ini`);
      else indikator.push(dikenal);
    });
    const pagu = bacaPagu(p, o.pagu, `${jalur}.pagu`, tahun);
    if (k !== undefined) periksaBentukKode(p, k, "Program", `${jalur}.kode`);
    const turunan = bacaTurunanProgram(p, o, jalur, tahun, k, semuaKode);
    if (k !== undefined && nama !== undefined) hasil.push({ kode: k, nama, indikator, pagu, ...turunan });
  });
  return hasil;
}

export function bacaPihakPk(p: Pelapor, v: unknown): PihakPk | undefined {
  if (v === undefined) return undefined;
  if (!adalahObjek(v)) return p.salah("pk", "harus berupa objek { jabatanPertama, jabatanKedua, tempat }");
  const jabatanPertama = p.teks(v, "jabatanPertama", "pk");
  const jabatanKedua = p.teks(v, "jabatanKedua", "pk");
  const tempat = p.teks(v, "tempat", "pk", false);
  if (jabatanPertama === undefined || jabatanKedua === undefined) return undefined;
  return { jabatanPertama, jabatanKedua, ...(tempat !== undefined ? { tempat } : {}) };
}
