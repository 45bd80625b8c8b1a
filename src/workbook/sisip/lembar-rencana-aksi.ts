import { ambangRencanaAksi } from "../../domain/katalog-triwulan";
import { KOLOM_RENCANA_AKSI, TRIWULAN } from "../../domain/triwulan";
import { barisPenuh, kotak, rujukan, sel } from "../alamat";
import { barisJudul, formatPerBaris, lembarKosong, rentangSama } from "./bantu-lembar";
import { FORMAT_CAPAIAN, formatAngka } from "./format-angka";
import { GAYA, WARNA } from "./gaya-dokumen";
import { KonteksLembar } from "./konteks-lembar";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { rumusSalin } from "../rumus";
import { rumusStatusTw } from "./rumus-triwulan";
import { TEKS_LEMBAR_TRIWULAN, tandaStatusTw } from "./teks-triwulan";
import { TeksSel, tinggiUntukTeks } from "./tinggi-baris";

const KEPALA = 5;
const AWAL = KEPALA + 1;
/** The columns, in the order PRODUCT.md lists the header texts. */
const K = {
  no: 1,
  sasaran: 2,
  indikator: 3,
  satuan: 4,
  target: 5,
  targetTw: 6,
  rencana: 10,
  realisasiTw: 13,
} as const;
const KOLOM_REALISASI_SD = K.realisasiTw + TRIWULAN.length;
const KOLOM_CAPAIAN = KOLOM_REALISASI_SD + 1;
const KOLOM_STATUS = KOLOM_CAPAIAN + 1;
const LEBAR_KOLOM: Record<string, number> = {
  A: 4,
  B: 20,
  C: 30,
  D: 8,
  E: 9,
  F: 8,
  G: 8,
  H: 8,
  I: 8,
  J: 24,
  K: 24,
  L: 16,
  M: 8,
  N: 8,
  O: 8,
  P: 8,
  Q: 9,
  R: 10,
  S: 14,
};

/** The header texts, exactly as PRODUCT.md lists them, for year `n`. */
export const kepalaRencanaAksi = KOLOM_RENCANA_AKSI;

/**
 * The Rencana Aksi for the PK's year N: every number refers to the IKU and Triwulan sheets (the
 * quarters are typed once, on Triwulan); the plan's words are typed here; Status is a formula
 * with the word printed and flagged.
 */
export function lembarRencanaAksi(k: KonteksLembar): RencanaLembar {
  const { katalog, baris, tataIku: iku, tataTriwulan: tw, tahunRencana: n } = k;
  const teks = TEKS_LEMBAR_TRIWULAN[k.bahasa];
  const ambang = ambangRencanaAksi(katalog);
  const t = katalog.tahun.indexOf(n);
  const m = baris.length;
  const lebar = KOLOM_STATUS;
  const lembar = lembarKosong(k.nama.rencanaAksi);
  const salin = (lembarNama: string, kolom: number, r: number) =>
    selRumus(rumusSalin(rujukan(lembarNama, sel(kolom, r))));

  barisJudul(lembar, 1, lebar, teks.judulRencanaAksi(n), GAYA.judul);
  barisJudul(lembar, 2, lebar, katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, lebar, teks.subjudulRencanaAksi(n, k.nama.triwulan), GAYA.sumber);

  const sasaran = rentangSama(baris.map((b) => b.sasaran));
  const mulai = new Set(sasaran.map(([i]) => i));
  const isi: Sel[][] = baris.map((b, i) => {
    const r = AWAL + i;
    const rTw = tw.baris(i);
    const targetTw = TRIWULAN.map((_, q) => sel(K.targetTw + q, r));
    return [
      b.no,
      mulai.has(i) ? k.dariIku("sasaran", i) : null,
      k.dariIku("indikator", i),
      k.dariIku("satuan", i),
      salin(k.nama.iku, iku.target(t), iku.baris(i)),
      ...TRIWULAN.map((_, q) => salin(k.nama.triwulan, tw.targetTw(t, q), rTw)),
      null,
      null,
      null,
      ...TRIWULAN.map((_, q) => salin(k.nama.triwulan, tw.realisasiTw(t, q), rTw)),
      salin(k.nama.triwulan, tw.realisasi(t), rTw),
      salin(k.nama.triwulan, tw.capaian(t), rTw),
      selRumus(rumusStatusTw(sel(KOLOM_CAPAIAN, r), sel(KOLOM_REALISASI_SD, r), targetTw, ambang)),
    ];
  });
  lembar.blok.push(
    { alamat: sel(1, KEPALA), nilai: [kepalaRencanaAksi(n)] },
    { alamat: sel(1, AWAL), nilai: isi },
  );
  for (const [i, panjang] of sasaran)
    if (panjang > 1) lembar.gabung.push(kotak(K.sasaran, AWAL + i, 1, panjang));

  const format = baris.map((b) => formatAngka(b.indikator));
  const status = kotak(KOLOM_STATUS, AWAL, 1, m);
  lembar.format.push(
    { alamat: kotak(1, KEPALA, lebar, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, AWAL, lebar, m), gaya: GAYA.isi },
    { alamat: kotak(1, AWAL, 1, m), gaya: GAYA.tengah },
    { alamat: kotak(K.satuan, AWAL, 1, m), gaya: GAYA.tengah },
    ...formatPerBaris(K.target, 1 + TRIWULAN.length, AWAL, format),
    ...formatPerBaris(K.realisasiTw, TRIWULAN.length + 1, AWAL, format),
    { alamat: kotak(K.rencana, AWAL, 3, m), gaya: GAYA.masukan },
    { alamat: kotak(KOLOM_CAPAIAN, AWAL, 1, m), gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN } },
    { alamat: status, gaya: { ...GAYA.tengah, tebal: true } },
  );
  lembar.formatBersyarat.push(...tandaStatusTw(status, sel(KOLOM_STATUS, AWAL)));

  const barisKet = AWAL + m + 1;
  const ket = teks.keteranganRencanaAksi(ambang);
  ket.forEach((x, i) => barisJudul(lembar, barisKet + i, lebar, x, GAYA.catatan));

  lembar.lebarKolom = { ...LEBAR_KOLOM };
  const lebarTotal = Object.values(LEBAR_KOLOM).reduce((a, b) => a + b, 0);
  const teksSel: TeksSel[] = [
    // Every wrapped text of the row: the indicator's name and its unit.
    ...baris.flatMap((b, i) => [
      { baris: AWAL + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM.C },
      { baris: AWAL + i, teks: b.indikator.satuan, lebar: LEBAR_KOLOM.D },
    ]),
    ...sasaran.map(([i, banyak]) => ({
      baris: AWAL + i,
      banyak,
      teks: baris[i].sasaran,
      lebar: LEBAR_KOLOM.B,
    })),
  ];
  lembar.tinggiBaris = {
    1: 22,
    2: 20,
    3: 28,
    [KEPALA]: 30,
    ...tinggiUntukTeks(teksSel),
    ...tinggiUntukTeks(
      ket.map((x, i) => ({ baris: barisKet + i, teks: x, lebar: lebarTotal })),
      9,
    ),
  };
  lembar.bekukan = { baris: KEPALA, kolom: K.indikator };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: barisPenuh(KEPALA) };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
