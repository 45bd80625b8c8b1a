/**
 * The catalog's optional `standar` of an indicator (docs/katalog.md): a value the realisation is
 * compared with in Tabel 3.8, its level and its source. Checked like the rest of the catalog.
 */
import { bacaAngka, KOSONG } from "./baca-angka";
import { adalahGalat, tampilkan } from "./galat";
import type { Pelapor } from "./katalog-laporan";
import { Standar, TINGKAT_STANDAR, TingkatStandar } from "./types";

type Objek = Record<string, unknown>;
const adalahObjek = (v: unknown): v is Objek => typeof v === "object" && v !== null && !Array.isArray(v);

const CONTOH = `misalnya { "nilai": 0.95, "tingkat": "SPM", "sumber": "Permendagri 59/2021" }`;
const PILIHAN_TINGKAT = TINGKAT_STANDAR.map((t) => `"${t}"`).join(", ");

/**
 * A standard; a share as a fraction, like the targets. Undefined when absent or wrong (reported).
 *
 * @example bacaStandar(p, { nilai: "95%", tingkat: "spm", sumber: "Permendagri 59/2021" }, "…standar", true)
 * // { nilai: 0.95, tingkat: "SPM", sumber: "Permendagri 59/2021" }
 */
export function bacaStandar(p: Pelapor, v: unknown, jalur: string, persen: boolean): Standar | undefined {
  if (v === undefined) return undefined;
  if (!adalahObjek(v)) return p.salah(jalur, `harus berupa objek ${CONTOH}`);
  const n = bacaAngka(v.nilai);
  let nilai: number | undefined;
  if (v.nilai === undefined || n === KOSONG) p.salah(`${jalur}.nilai`, `wajib diisi (angka), ${CONTOH}`);
  else if (adalahGalat(n)) p.salah(`${jalur}.nilai`, `${tampilkan(v.nilai)} bukan angka`);
  else if (n < 0) p.salah(`${jalur}.nilai`, `${tampilkan(v.nilai)} negatif; standar tidak boleh negatif`);
  else if (persen && n > 10)
    p.salah(
      `${jalur}.nilai`,
      `${tampilkan(v.nilai)} terlalu besar untuk persen; tulis 95% sebagai 0.95 atau "95%"`,
    );
  else nilai = n;
  const kata = typeof v.tingkat === "string" ? v.tingkat.trim().toLowerCase() : undefined;
  const tingkat: TingkatStandar | undefined = TINGKAT_STANDAR.find((t) => t.toLowerCase() === kata);
  if (!tingkat) p.salah(`${jalur}.tingkat`, `${tampilkan(v.tingkat)} tidak dikenal; isi ${PILIHAN_TINGKAT}`);
  const sumber = p.teks(v, "sumber", jalur);
  for (const k of Object.keys(v))
    if (!["nilai", "tingkat", "sumber"].includes(k))
      p.salah(`${jalur}.${k}`, `kunci tidak dikenal; standar hanya berisi nilai, tingkat dan sumber`);
  if (nilai === undefined || !tingkat || sumber === undefined) return undefined;
  return { nilai, tingkat, sumber };
}
