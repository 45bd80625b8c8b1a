import { barisPenuh, hurufKolom, kotak, rujukan, sel, selKolomTetap } from "../alamat";
import { barisJudul, formatPerBaris, lembarKosong } from "./bantu-lembar";
import { FORMAT_CAPAIAN_TANDA, formatAngka, formatKodeAgregasi } from "./format-angka";
import { GAYA, WARNA, tandaCapaian } from "./gaya-dokumen";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { KODE_AGREGASI, rumusAgregatKode, rumusCapaian } from "../rumus";
import { KonteksLembar } from "./konteks-lembar";
import { tinggiUntukTeks } from "./tinggi-baris";

const TRIWULAN = ["TW I", "TW II", "TW III", "TW IV"];
/** Per year: four quarters, the year's value, its capaian. */
const LEBAR_TAHUN = TRIWULAN.length + 2;
const KOLOM_AWAL = 5;
/** The Agregasi column: its code decides the year's value, its number format shows the word. */
const KOLOM_AGREGASI = 4;
const KEPALA = 4;
const AWAL = KEPALA + 2;

/** Where year `t`'s group starts. */
const kolomTahun = (t: number): number => KOLOM_AWAL + t * LEBAR_TAHUN;

/**
 * Quarterly realisation per indicator and year, aggregated as the indicator says, with its own
 * capaian against the IKU sheet's target. The IKU sheet's realisation stays the planner's input:
 * the year's value here is a worksheet for it, never a link into it.
 */
export function lembarTriwulan(k: KonteksLembar): RencanaLembar {
  const { katalog, baris, tataIku: iku, teks } = k;
  const namaIku = k.nama.iku;
  const lembar = lembarKosong(k.nama.triwulan);
  const tahun = katalog.tahun;
  const n = baris.length;
  const lebar = kolomTahun(tahun.length) - 1;

  barisJudul(lembar, 1, lebar, `${teks.judulTriwulan} — ${katalog.judul.toUpperCase()}`, GAYA.judul);
  barisJudul(lembar, 2, lebar, katalog.instansi.toUpperCase(), GAYA.subjudul);

  const atas: Sel[] = ["No", "Indikator Kinerja", "Satuan", "Agregasi"];
  const bawah: Sel[] = [null, null, null, null];
  tahun.forEach((y) => {
    atas.push(`Tahun ${y}`, ...Array<Sel>(LEBAR_TAHUN - 1).fill(null));
    bawah.push(...TRIWULAN, `Realisasi ${y}`, `Capaian ${y}`);
  });
  lembar.blok.push({ alamat: sel(1, KEPALA), nilai: [atas, bawah] });
  lembar.format.push({ alamat: kotak(1, KEPALA, lebar, 2), gaya: GAYA.kepala });
  for (let k = 1; k < KOLOM_AWAL; k++) lembar.gabung.push(kotak(k, KEPALA, 1, 2));
  tahun.forEach((_, t) => lembar.gabung.push(kotak(kolomTahun(t), KEPALA, LEBAR_TAHUN, 1)));

  const isi: Sel[][] = baris.map((b, i) => {
    const r = AWAL + i;
    const rIku = iku.baris(i);
    const perTahun = tahun.flatMap((_, t): Sel[] => {
      const k = kolomTahun(t);
      const target = rujukan(namaIku, sel(iku.target(t), rIku));
      const polaritas = rujukan(namaIku, sel(iku.kolom.polaritas, rIku));
      return [
        ...TRIWULAN.map(() => null),
        // By the row's Agregasi code, so every row has the same formula.
        selRumus(
          rumusAgregatKode(
            TRIWULAN.map((_, q) => sel(k + q, r)),
            selKolomTetap(KOLOM_AGREGASI, r),
          ),
        ),
        // The year value is a number, "" or an error, never a text or TRUE.
        selRumus(rumusCapaian(sel(k + TRIWULAN.length, r), target, polaritas, b.indikator.polaritas, true)),
      ];
    });
    return [
      b.no,
      k.dariIku("indikator", i),
      k.dariIku("satuan", i),
      KODE_AGREGASI.indexOf(b.indikator.agregasi) + 1,
      ...perTahun,
    ];
  });
  lembar.blok.push({ alamat: sel(1, AWAL), nilai: isi });

  const format = baris.map((b) => formatAngka(b.indikator));
  lembar.format.push(
    { alamat: kotak(1, AWAL, lebar, n), gaya: GAYA.isi },
    { alamat: kotak(1, AWAL, 1, n), gaya: GAYA.tengah },
    { alamat: kotak(3, AWAL, 2, n), gaya: GAYA.tengah },
    {
      alamat: kotak(KOLOM_AGREGASI, AWAL, 1, n),
      gaya: { formatAngka: formatKodeAgregasi(KODE_AGREGASI.map((j) => teks.agregasi[j])) },
    },
  );
  lembar.validasi.push({
    alamat: kotak(KOLOM_AGREGASI, AWAL, 1, n),
    judul: teks.validasiJudul,
    pesan: teks.validasiAgregasiPesan,
  });
  tahun.forEach((_, t) => {
    const k = kolomTahun(t);
    const triwulan = kotak(k, AWAL, TRIWULAN.length, n);
    const capaian = kotak(k + TRIWULAN.length + 1, AWAL, 1, n);
    lembar.format.push(
      ...formatPerBaris(k, TRIWULAN.length + 1, AWAL, format),
      { alamat: triwulan, gaya: GAYA.masukan },
      { alamat: capaian, gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN_TANDA } },
    );
    lembar.validasi.push({ alamat: triwulan, judul: teks.validasiJudul, pesan: teks.validasiPesan });
    lembar.formatBersyarat.push(...tandaCapaian(capaian, sel(k + TRIWULAN.length + 1, AWAL)));
  });

  lembar.lebarKolom = { A: 4, B: 34, C: 8, D: 17 };
  for (let k = KOLOM_AWAL; k <= lebar; k++) lembar.lebarKolom[hurufKolom(k)] = 9;
  lembar.tinggiBaris = {
    1: 22,
    2: 20,
    [KEPALA + 1]: 28,
    ...tinggiUntukTeks(
      baris.map((b, i) => ({ baris: AWAL + i, teks: b.indikator.nama, lebar: lembar.lebarKolom.B })),
    ),
  };
  lembar.bekukan = { baris: KEPALA + 1, kolom: 2 };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: barisPenuh(KEPALA, KEPALA + 1) };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
