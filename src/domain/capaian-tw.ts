import { bacaJenisAgregasi } from "./agregat";
import { KOSONG, Kosong } from "./baca-angka";
import { Galat, adalahGalat, nilaiSalah } from "./galat";
import { Nama, PESAN } from "./pesan";
import { bacaPolaritas } from "./polaritas";
import { TRIWULAN, capaianSdTw } from "./triwulan";

/** The four cells of a quarter range, a row or a column, in order; any other size is refused. */
function empatSel(m: unknown[][], nama: Nama): unknown[] | Galat {
  const sel = m.flat();
  const garis = m.length === 1 || m.every((b) => b.length === 1);
  if (!garis || sel.length !== TRIWULAN.length)
    return nilaiSalah(PESAN.bukanEmpatSel(nama, m.length, m[0]?.length ?? 0));
  return sel;
}

/** One cell's text argument (jenis, polaritas): a range is refused. */
const satuSel = (m: unknown[][]): unknown => (m.length === 1 && m[0].length === 1 ? m[0][0] : m);

/**
 * CAPAIAN_TW's whole rule over its arguments as Excel passes them: four quarters of realisation
 * and of target, the aggregation and the polarity (blank: positif). Blank while no quarter is
 * filled or while nothing was planned for the filled ones (positif); an error says why.
 *
 * @example capaianTw([[10, 12, null, null]], [[10, 12, 14, 14]], [["jumlah"]], [[null]]) // 1
 */
export function capaianTw(
  realisasiTw: unknown[][],
  targetTw: unknown[][],
  jenis: unknown[][],
  polaritas: unknown[][],
): number | Kosong | Galat {
  const r = empatSel(realisasiTw, "realisasi_tw");
  if (adalahGalat(r)) return r;
  const t = empatSel(targetTw, "target_tw");
  if (adalahGalat(t)) return t;
  const j =
    jenis.length === 1 && jenis[0].length === 1
      ? bacaJenisAgregasi(jenis[0][0])
      : nilaiSalah(PESAN.jenisBukanSatuSel(jenis.length, jenis[0]?.length ?? 0));
  if (adalahGalat(j)) return j;
  const p = bacaPolaritas(satuSel(polaritas));
  if (adalahGalat(p)) return p;
  const h = capaianSdTw(r, t, j, p);
  if (h.keadaan === "galat") return h.galat;
  return h.keadaan === "belum" ? KOSONG : h.capaian;
}
