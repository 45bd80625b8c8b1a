import { KOLOM_CEK_TARGET_TW, TRIWULAN } from "../../domain/triwulan";
import { barisPenuh, hurufKolom, kotak, rujukan, sel, selKolomTetap } from "../alamat";
import { barisJudul, formatPerBaris, lembarKosong } from "./bantu-lembar";
import { FORMAT_CAPAIAN_TANDA, formatAngka, formatKodeAgregasi } from "./format-angka";
import { GAYA, WARNA, tandaCapaian } from "./gaya-dokumen";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { KODE_AGREGASI, rumusAgregatKode } from "../rumus";
import { rumusCapaianSdTw, rumusCekTargetTw, rumusTargetSdTw } from "./rumus-triwulan";
import { KonteksLembar } from "./konteks-lembar";
import { TEKS_LEMBAR_TRIWULAN, tandaCekTarget } from "./teks-triwulan";
import { tinggiUntukTeks } from "./tinggi-baris";

/** At 80% an A4 landscape page holds the indicator columns and one year's twelve, never two years. */
const SKALA_CETAK = 80;

/**
 * Quarterly targets and realisation per indicator and year, typed here once: the year's value
 * (the IKU sheet's realisation refers to it), the target and capaian to date by the indicator's
 * aggregation and polarity, and whether the quarterly targets fit the IKU sheet's annual target.
 */
export function lembarTriwulan(k: KonteksLembar): RencanaLembar {
  const { katalog, baris, tataIku: iku, tataTriwulan: tw, teks } = k;
  const teksTw = TEKS_LEMBAR_TRIWULAN[k.bahasa];
  const namaIku = k.nama.iku;
  const lembar = lembarKosong(k.nama.triwulan);
  const tahun = katalog.tahun;
  const n = baris.length;
  const lebar = tw.kolomAkhir;
  const { barisKepala: KEPALA, barisAwal: AWAL } = tw;

  // Titles and notes over the indicator columns, which every printed page repeats: never cut between pages.
  const lebarJudul = tw.awalTahun(0) - 1;
  const judul = `${teks.judulTriwulan} — ${katalog.judul.toUpperCase()}`;
  barisJudul(lembar, 1, lebarJudul, judul, { ...GAYA.judul, bungkusTeks: true });
  barisJudul(lembar, 2, lebarJudul, katalog.instansi.toUpperCase(), GAYA.subjudul);

  const atas: Sel[] = ["No", "Indikator Kinerja", "Satuan", "Agregasi"];
  const bawah: Sel[] = [null, null, null, null];
  tahun.forEach((y) => {
    atas.push(`Tahun ${y}`, ...Array<Sel>(tw.lebarTahun - 1).fill(null));
    bawah.push(
      ...TRIWULAN.map((q) => `Target ${q}`),
      ...TRIWULAN.map((q) => `Realisasi ${q}`),
      `Realisasi ${y}`,
      "Target s.d. TW",
      "Capaian s.d. TW",
      KOLOM_CEK_TARGET_TW,
    );
  });
  lembar.blok.push({ alamat: sel(1, KEPALA), nilai: [atas, bawah] });
  lembar.format.push({ alamat: kotak(1, KEPALA, lebar, 2), gaya: GAYA.kepala });
  for (let c = 1; c < tw.awalTahun(0); c++) lembar.gabung.push(kotak(c, KEPALA, 1, 2));
  tahun.forEach((_, t) => lembar.gabung.push(kotak(tw.awalTahun(t), KEPALA, tw.lebarTahun, 1)));

  const isi: Sel[][] = baris.map((b, i) => {
    const r = tw.baris(i);
    const rIku = iku.baris(i);
    const kode = selKolomTetap(tw.kolomAgregasi, r);
    const perTahun = tahun.flatMap((_, t): Sel[] => {
      const target = TRIWULAN.map((_, q) => sel(tw.targetTw(t, q), r));
      const realisasi = TRIWULAN.map((_, q) => sel(tw.realisasiTw(t, q), r));
      const polaritas = rujukan(namaIku, selKolomTetap(iku.kolom.polaritas, rIku));
      return [
        ...TRIWULAN.map(() => null),
        ...TRIWULAN.map(() => null),
        // By the row's Agregasi code, so every row has the same formula.
        selRumus(rumusAgregatKode(realisasi, kode)),
        selRumus(rumusTargetSdTw(target, realisasi, kode)),
        selRumus(
          rumusCapaianSdTw(sel(tw.realisasi(t), r), sel(tw.targetSd(t), r), polaritas, b.indikator.polaritas),
        ),
        selRumus(rumusCekTargetTw(target, rujukan(namaIku, sel(iku.target(t), rIku)), kode)),
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
      alamat: kotak(tw.kolomAgregasi, AWAL, 1, n),
      gaya: { formatAngka: formatKodeAgregasi(KODE_AGREGASI.map((j) => teks.agregasi[j])) },
    },
  );
  lembar.validasi.push({
    alamat: kotak(tw.kolomAgregasi, AWAL, 1, n),
    judul: teks.validasiJudul,
    pesan: teks.validasiAgregasiPesan,
  });
  tahun.forEach((_, t) => {
    const awal = tw.awalTahun(t);
    const target = kotak(awal, AWAL, TRIWULAN.length, n);
    const realisasi = kotak(tw.realisasiTw(t, 0), AWAL, TRIWULAN.length, n);
    const capaian = kotak(tw.capaian(t), AWAL, 1, n);
    const cek = kotak(tw.cekTarget(t), AWAL, 1, n);
    lembar.format.push(
      ...formatPerBaris(awal, tw.targetSd(t) - awal + 1, AWAL, format),
      { alamat: target, gaya: GAYA.masukan },
      { alamat: realisasi, gaya: GAYA.masukan },
      { alamat: capaian, gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN_TANDA } },
      { alamat: cek, gaya: GAYA.tengah },
    );
    lembar.validasi.push(
      { alamat: target, judul: teks.validasiJudul, pesan: teksTw.validasiTargetPesan },
      { alamat: realisasi, judul: teks.validasiJudul, pesan: teks.validasiPesan },
    );
    const cekBaris = selKolomTetap(tw.cekTarget(t), AWAL);
    lembar.formatBersyarat.push(
      ...tandaCapaian(capaian, sel(tw.capaian(t), AWAL)),
      // A misfit flags the four targets and its own verdict, never corrects them.
      tandaCekTarget(kotak(awal, AWAL, TRIWULAN.length, n), cekBaris),
      tandaCekTarget(cek, cekBaris),
    );
  });

  lembar.lebarKolom = { A: 4, B: 34, C: 8, D: 17 };
  for (let c = tw.awalTahun(0); c <= lebar; c++) lembar.lebarKolom[hurufKolom(c)] = 9;
  tahun.forEach((_, t) => (lembar.lebarKolom[hurufKolom(tw.cekTarget(t))] = 11));
  const barisKet = AWAL + n + 1;
  const lebarCatatan = Array.from(
    { length: lebarJudul },
    (_, c) => lembar.lebarKolom[hurufKolom(c + 1)],
  ).reduce((a, b) => a + b, 0);
  lembar.tinggiBaris = {
    ...tinggiUntukTeks([{ baris: 1, teks: judul, lebar: lebarCatatan }], 14),
    ...tinggiUntukTeks([{ baris: 2, teks: katalog.instansi, lebar: lebarCatatan }], 12),
    [KEPALA + 1]: 28,
    ...tinggiUntukTeks(
      baris.map((b, i) => ({ baris: AWAL + i, teks: b.indikator.nama, lebar: lembar.lebarKolom.B })),
    ),
    ...tinggiUntukTeks(
      teksTw.keteranganTriwulan.map((t, i) => ({ baris: barisKet + i, teks: t, lebar: lebarCatatan })),
      9,
    ),
  };
  teksTw.keteranganTriwulan.forEach((t, i) => barisJudul(lembar, barisKet + i, lebarJudul, t, GAYA.catatan));
  lembar.bekukan = { baris: KEPALA + 1, kolom: 2 };
  // One year per landscape page, the indicator columns (and so the titles) repeated at its left.
  lembar.cetak = {
    orientasi: "lanskap",
    pasLebarHalaman: false,
    skala: SKALA_CETAK,
    barisJudul: barisPenuh(KEPALA, KEPALA + 1),
    kolomJudul: `$A:$${hurufKolom(tw.awalTahun(0) - 1)}`,
  };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
