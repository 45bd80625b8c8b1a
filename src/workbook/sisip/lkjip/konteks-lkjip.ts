import { tahunPeriodeKatalog } from "../../../domain/types";
import { kotak, rujukan, sel } from "../../alamat";
import { FormatRentang, Rumus, selRumus } from "../../rencana";
import { rumusSalin } from "../../rumus";
import { formatPerBaris } from "../bantu-lembar";
import { FORMAT_CAPAIAN, formatAngka } from "../format-angka";
import { GAYA } from "../gaya-dokumen";
import { KonteksLembar } from "../konteks-lembar";

/** What the LKjIP tables share: the report year's columns on the IKU sheet and the formats. */
export interface KonteksLkjip extends KonteksLembar {
  /** The report year N, its index in the catalog, and that of N−1 (−1 in the period's first year). */
  n: number;
  t: number;
  tLalu: number;
  /** The Renstra period's first and last year. */
  awal: number;
  akhir: number;
  /** A cell of indicator `i`'s IKU row, with the sheet name. */
  ikuSel: (kolom: number, i: number) => string;
  /** A formula copying that cell. */
  salinIku: (kolom: number, i: number) => Rumus;
  /** Each indicator's own number format over columns [kolom, kolom + lebar), one range per run. */
  perBaris: (kolom: number, lebar: number, awalData: number) => FormatRentang[];
  /** Capaian's percent format over `banyak` rows. */
  persen: (kolom: number, lebar: number, awalData: number, banyak: number) => FormatRentang;
}

export function konteksLkjip(k: KonteksLembar): KonteksLkjip {
  const { katalog, tataIku: iku, baris } = k;
  const periode = tahunPeriodeKatalog(katalog);
  const awal = periode[0];
  const n = k.tahunLaporan;
  const ikuSel = (kolom: number, i: number) => rujukan(k.nama.iku, sel(kolom, iku.baris(i)));
  const formatIndikator = baris.map((b) => formatAngka(b.indikator));
  return {
    ...k,
    n,
    t: katalog.tahun.indexOf(n),
    tLalu: n > awal ? katalog.tahun.indexOf(n - 1) : -1,
    awal,
    akhir: periode[periode.length - 1],
    ikuSel,
    salinIku: (kolom, i) => selRumus(rumusSalin(ikuSel(kolom, i))),
    // One range per run of rows sharing a format, so 5,000 indicators do not cost 5,000 requests.
    perBaris: (kolom, lebar, awalData) => formatPerBaris(kolom, lebar, awalData, formatIndikator),
    persen: (kolom, lebar, awalData, banyak) => ({
      alamat: kotak(kolom, awalData, lebar, banyak),
      gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN },
    }),
  };
}
