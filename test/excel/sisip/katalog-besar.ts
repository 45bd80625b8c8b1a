import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { barisKatalog, Katalog, Tujuan } from "../../../src/domain/types";

/**
 * A catalog of `n` indicators for size tests: the built-in indicators repeated with their own codes
 * and names, five per sasaran and four sasaran per tujuan.
 */
export function katalogBesar(n: number): Katalog {
  const contoh = barisKatalog(KATALOG_BAWAAN).map((b) => b.indikator);
  const tujuan: Tujuan[] = [];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / 5);
    const t = Math.floor(s / 4);
    if (!tujuan[t]) tujuan[t] = { nama: `Tujuan ${t + 1}`, sasaran: [] };
    const daftar = tujuan[t].sasaran;
    if (daftar.length === s - t * 4) daftar.push({ nama: `Sasaran ${s + 1}`, indikator: [] });
    const asal = contoh[i % contoh.length];
    const kode = `IKU-${String(i + 1).padStart(3, "0")}`;
    daftar[daftar.length - 1].indikator.push({ ...asal, kode, nama: `${asal.nama} ${i + 1}`, alias: [] });
  }
  return { ...KATALOG_BAWAAN, instansi: `Dinas Uji ${n} Indikator`, tujuan };
}
