/**
 * Finds an IKU table in a grid of cell values: the header row, the Target/Realisasi pairs, the
 * label and polarity columns and the data rows. Pure: the same code serves the add-in (over the
 * values Office.js reads) and the offline `periksa` command (over the values saved in the file).
 */
import { AlurTandai } from "./alur";
import { HasilDeteksi, Kisi, TabelTerdeteksi } from "./tipe";

export { cariJudul, JENDELA_JUDUL } from "./baris-judul";
export { cariBarisData } from "./baris-data";
export * from "./tipe";

/** Detects the first table in a whole grid, through the same sequence the add-in and periksa run. */
export function deteksiTabel(kisi: Kisi): HasilDeteksi<TabelTerdeteksi> {
  const baris = new Set<number>();
  const alur = new AlurTandai({ satuTabel: true, butir: (b) => baris.add(b.baris) });
  kisi.forEach((b, r) => alur.tambah(r, b ?? []));
  const h = alur.selesai();
  if (h.tabel.length === 0)
    return { ok: false, alasan: h.alasan ?? { id: "Lembar kosong.", en: "The sheet is empty." } };
  const { barisJudul, pasangan, kolomLabel, kolomPolaritas } = h.tabel[0];
  return { ok: true, tabel: { barisJudul, pasangan, kolomLabel, kolomPolaritas, barisData: [...baris] } };
}
export { tinjau, labelBaris, selDihitung } from "./tinjau";
export type { ButirTinjauan, SelTeks, SelDihitung, Tinjauan, RingkasanPeriode, StatusButir } from "./tinjau";
export { AlurTandai, BARIS_CONTOH, rencanaAlur, tabelPertama, tinjauTabel } from "./alur";
export type { HasilAlur, OpsiAlur, TabelDilewati, TabelDinilai } from "./alur";
export { nilaiBaris } from "./tinjau";
