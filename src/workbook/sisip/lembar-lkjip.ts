import { skalaLebarHalaman } from "../kepala-halaman";
import { TEKS_PERIODE } from "../../domain/judul-lkjip";
import { barisPenuh, hurufKolom } from "../alamat";
import { RencanaLembar } from "../rencana";
import { barisJudul, lembarKosong } from "./bantu-lembar";
import { GAYA, WARNA } from "./gaya-dokumen";
import { KonteksLembar } from "./konteks-lembar";
import { konteksLkjip } from "./lkjip/konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, LEBAR_LKJIP, PenulisTabel } from "./lkjip/penulis-tabel";
import { tabelAnalisis } from "./lkjip/tabel-analisis";
import { grafikLkjip } from "./lkjip/grafik-lkjip";
import { tabelCapaian } from "./lkjip/tabel-capaian";
import { tabelCapaianSasaran } from "./lkjip/tabel-capaian-sasaran";
import { lebarTabel37, tabelCapaianTahunan } from "./lkjip/tabel-capaian-tahunan";
import { tabelStandar } from "./lkjip/tabel-standar";
import { tabelEfisiensi } from "./lkjip/tabel-efisiensi";
import { tabelPerbandingan } from "./lkjip/tabel-perbandingan";
import { tabelTargetAkhir } from "./lkjip/tabel-target-akhir";
import { tinggiUntukTeks } from "./tinggi-baris";

/** Seven lines of 10 pt: about a hundred characters in the 13–15-character analysis columns. */
const TINGGI_ISIAN = 95;

/** Tabel 3.7 grows two columns a year past the nine the other tables share. */
const LEBAR_KOLOM_TAMBAHAN = 13;
const lebarTambahan = (lebar: number): Record<string, number> =>
  Object.fromEntries(
    Array.from({ length: Math.max(0, lebar - LEBAR_LKJIP) }, (_, j) => [
      hurufKolom(LEBAR_LKJIP + j + 1),
      LEBAR_KOLOM_TAMBAHAN,
    ]),
  );

/**
 * LKjIP Bab III for year N (PermenPANRB 53/2014): tables 3.1–3.8 and charts 3.1–3.2 as live formulas over the IKU and
 * Anggaran sheets, by the rules of src/domain/lkjip.ts, each with its method note. Jenis Target and
 * the three analysis columns of 3.5 are the planner's.
 */
export function lembarLkjip(konteks: KonteksLembar): RencanaLembar {
  const k = konteksLkjip(konteks);
  const lembar = lembarKosong(k.nama.lkjip);
  const tulis = new PenulisTabel(lembar);

  barisJudul(lembar, 1, LEBAR_LKJIP, k.teks.judulLkjip(k.n), GAYA.judul);
  barisJudul(lembar, 2, LEBAR_LKJIP, k.katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, LEBAR_LKJIP, TEKS_PERIODE(k.awal, k.akhir), GAYA.sumber);

  const capaian31 = tabelCapaian(k, tulis);
  tabelPerbandingan(k, tulis);
  tabelTargetAkhir(k, tulis);
  tabelEfisiensi(k, tulis, capaian31);
  tabelAnalisis(k, tulis);
  const t36 = tabelCapaianSasaran(k, tulis, capaian31);
  tabelCapaianTahunan(k, tulis);
  tabelStandar(k, tulis);
  grafikLkjip(k, tulis, capaian31, t36);

  lembar.lebarKolom = { ...LEBAR_KOLOM_LKJIP, ...lebarTambahan(lebarTabel37(k)) };
  lembar.tinggiBaris = {
    ...lembar.tinggiBaris,
    1: 22,
    2: 20,
    ...tinggiUntukTeks(tulis.teksSel),
    ...tinggiUntukTeks(tulis.catatan, 9),
  };
  for (const r of tulis.barisIsian)
    lembar.tinggiBaris[r] = Math.max(lembar.tinggiBaris[r] ?? 0, TINGGI_ISIAN);
  lembar.cetak = {
    orientasi: "lanskap",
    // A scale that fits the width, not "fit to page": under that the page breaks would be ignored.
    pasLebarHalaman: false,
    skala: skalaLebarHalaman(lembar.lebarKolom, "lanskap"),
    barisJudul: barisPenuh(1, 2),
    // Each table after the first on a page of its own, its title and header with its rows.
    putusSebelum: tulis.barisJudul.slice(1),
  };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
