import {
  CATATAN_METODE,
  JUDUL_TABEL,
  KOLOM_31,
  KOLOM_32,
  KOLOM_33,
  KOLOM_34,
  KOLOM_35,
  TEKS_JENIS_TARGET,
  TEKS_PERIODE,
} from "../../domain/judul-lkjip";
import { Katalog, barisKatalog, jenisTargetIndikator, tahunPeriodeKatalog } from "../../domain/types";
import { barisPenuh, kotak, rujukan, sel } from "../alamat";
import { barisJudul, formatPerBaris, lembarKosong, rentangSama } from "./bantu-lembar";
import { FORMAT_CAPAIAN, formatAngka } from "./format-angka";
import { GAYA, WARNA } from "./gaya-dokumen";
import { FORMAT_RUPIAH, TataLetakAnggaran } from "./lembar-anggaran";
import { FormatRentang, RencanaLembar, Sel, selRumus } from "../rencana";
import { rumusCapaian, rumusPredikat, rumusSalin } from "../rumus";
import {
  rumusCapaianProgram,
  rumusDaftarKode,
  rumusEfisiensi,
  rumusKeteranganEfisiensi,
  rumusMenurutJenis,
  rumusPerubahan,
  rumusTren,
} from "./rumus-lkjip";
import { TataLetakIku } from "./tata-letak-iku";
import { TeksLembar } from "./teks-lembar";
import { TeksSel, tinggiUntukTeks } from "./tinggi-baris";

/** The widest table (3.4) has nine columns. */
const LEBAR = 9;
const LEBAR_KOLOM: Record<string, number> = { A: 5, B: 30, C: 34, D: 14, E: 15, F: 13, G: 13, H: 13, I: 16 };

export interface LembarTerkait {
  iku: string;
  anggaran: string;
  tataIku: TataLetakIku;
  tataAnggaran: TataLetakAnggaran;
}

/** The year the report covers: the active year when it lies in the Renstra period, else the nearest one. */
export function tahunLaporan(katalog: Katalog, tahunAktif: number): number {
  const periode = tahunPeriodeKatalog(katalog);
  if (periode.includes(tahunAktif)) return tahunAktif;
  return tahunAktif < periode[0] ? periode[0] : periode[periode.length - 1];
}

/** The row written next, and what the tables share. */
class Penulis {
  baris = 5;
  readonly tinggi: TeksSel[] = [];
  constructor(readonly lembar: RencanaLembar) {}

  /** A title, its header row, its rows and the method note under it; returns the first data row. */
  tabel(
    judul: string,
    kepala: string[],
    isi: Sel[][],
    catatan: string,
    format: (awal: number) => FormatRentang[],
  ) {
    const l = this.lembar;
    const r = this.baris;
    barisJudul(l, r, LEBAR, judul, { tebal: true, ukuranFont: 11 });
    l.blok.push({ alamat: sel(1, r + 1), nilai: [kepala] });
    const awal = r + 2;
    const n = isi.length;
    l.format.push({ alamat: kotak(1, r + 1, kepala.length, 1), gaya: GAYA.kepala });
    if (n > 0) {
      l.blok.push({ alamat: sel(1, awal), nilai: isi });
      l.format.push(
        { alamat: kotak(1, awal, kepala.length, n), gaya: GAYA.isi },
        { alamat: kotak(1, awal, 1, n), gaya: GAYA.tengah },
        ...format(awal),
      );
    }
    // Three wrapped lines: "Capaian terhadap Target Akhir" in a 13-character column.
    l.tinggiBaris[r + 1] = 42;
    barisJudul(l, awal + n, LEBAR, catatan, GAYA.catatan);
    const lebarTotal = Object.values(LEBAR_KOLOM).reduce((a, b) => a + b, 0);
    this.tinggi.push({ baris: awal + n, teks: catatan, lebar: lebarTotal });
    this.baris = awal + n + 2;
    return awal;
  }
}

/**
 * LKjIP Bab III for year N (PermenPANRB 53/2014): tables 3.1–3.5 as live formulas over the IKU and
 * Anggaran sheets, by the rules of src/domain/lkjip.ts, each with its method note. Jenis Target and
 * the three analysis columns of 3.5 are the planner's.
 */
export function lembarLkjip(
  katalog: Katalog,
  nama: string,
  terkait: LembarTerkait,
  tahunAktif: number,
  teks: TeksLembar,
): RencanaLembar {
  const lembar = lembarKosong(nama);
  const tulis = new Penulis(lembar);
  const { tataIku: iku, tataAnggaran: ang } = terkait;
  const baris = barisKatalog(katalog);
  const periode = tahunPeriodeKatalog(katalog);
  const awal = periode[0];
  const akhir = periode[periode.length - 1];
  const n = tahunLaporan(katalog, tahunAktif);
  const t = katalog.tahun.indexOf(n);
  const tLalu = n > awal ? katalog.tahun.indexOf(n - 1) : -1;
  const ikuSel = (kolom: number, i: number) => rujukan(terkait.iku, sel(kolom, iku.baris(i)));
  const salinIku = (kolom: number, i: number) => selRumus(rumusSalin(ikuSel(kolom, i)));
  const formatIndikator = baris.map((b) => formatAngka(b.indikator));
  // One range per run of rows sharing a format, so 5,000 indicators do not cost 5,000 requests.
  const perBaris = (kolom: number, lebar: number, awalData: number): FormatRentang[] =>
    formatPerBaris(kolom, lebar, awalData, formatIndikator);
  const persen = (kolom: number, lebar: number, awalData: number, banyak: number): FormatRentang => ({
    alamat: kotak(kolom, awalData, lebar, banyak),
    gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN },
  });
  const m = baris.length;

  barisJudul(lembar, 1, LEBAR, teks.judulLkjip(n), GAYA.judul);
  barisJudul(lembar, 2, LEBAR, katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, LEBAR, TEKS_PERIODE(awal, akhir), GAYA.sumber);

  // Tabel 3.1: capaian and predikat N as the IKU sheet computes them.
  const mulaiSasaran = new Set(rentangSama(baris.map((b) => b.sasaran)).map(([i]) => i));
  const a31 = tulis.baris + 2;
  tulis.tabel(
    JUDUL_TABEL.t31(n),
    KOLOM_31(n),
    baris.map((b, i) => [
      b.no,
      mulaiSasaran.has(i) ? b.sasaran : null,
      b.indikator.nama,
      b.indikator.satuan,
      salinIku(iku.target(t), i),
      salinIku(iku.realisasi(t), i),
      salinIku(iku.capaian(t), i),
      selRumus(rumusPredikat(sel(7, a31 + i))),
    ]),
    CATATAN_METODE.t31,
    (r) => [...perBaris(5, 2, r), persen(7, 1, r, m), { alamat: kotak(8, r, 1, m), gaya: GAYA.tengah }],
  );
  for (const [i, panjang] of rentangSama(baris.map((b) => b.sasaran)))
    if (panjang > 1) lembar.gabung.push(kotak(2, a31 + i, 1, panjang));
  const capaian31 = kotak(7, a31, 1, m);

  // Tabel 3.2: the year before (kondisi awal in the first year), the change and its trend.
  const a32 = tulis.baris + 2;
  tulis.tabel(
    JUDUL_TABEL.t32,
    KOLOM_32(n, awal),
    baris.map((b, i) => [
      b.no,
      b.indikator.nama,
      n > awal ? (tLalu >= 0 ? salinIku(iku.realisasi(tLalu), i) : null) : salinIku(iku.kolom.kondisiAwal, i),
      salinIku(iku.realisasi(t), i),
      tLalu >= 0 ? salinIku(iku.capaian(tLalu), i) : null,
      salinIku(iku.capaian(t), i),
      selRumus(rumusPerubahan(sel(3, a32 + i), sel(4, a32 + i))),
      selRumus(rumusTren(sel(7, a32 + i), ikuSel(iku.kolom.polaritas, i))),
    ]),
    CATATAN_METODE.t32,
    (r) => [
      ...perBaris(3, 2, r),
      ...perBaris(7, 1, r),
      persen(5, 2, r, m),
      { alamat: kotak(8, r, 1, m), gaya: GAYA.tengah },
    ],
  );

  // Tabel 3.3: the end-of-period target and the realisation so far, by the row's Jenis Target.
  const a33 = tulis.baris + 2;
  const rentangIku = (kolom: (t: number) => number, dari: number, sampai: number, i: number) =>
    rujukan(terkait.iku, kotak(kolom(dari), iku.baris(i), sampai - dari + 1, 1));
  const tAwal = katalog.tahun.indexOf(awal);
  const tAkhir = katalog.tahun.indexOf(akhir);
  tulis.tabel(
    JUDUL_TABEL.t33,
    KOLOM_33(n),
    baris.map((b, i) => [
      b.no,
      b.indikator.nama,
      TEKS_JENIS_TARGET[jenisTargetIndikator(b.indikator)],
      selRumus(
        rumusMenurutJenis(
          sel(3, a33 + i),
          ikuSel(iku.target(tAkhir), i),
          rentangIku(iku.target, tAwal, tAkhir, i),
          akhir - awal + 1,
        ),
      ),
      selRumus(
        rumusMenurutJenis(
          sel(3, a33 + i),
          ikuSel(iku.realisasi(t), i),
          rentangIku(iku.realisasi, tAwal, t, i),
          n - awal + 1,
        ),
      ),
      selRumus(
        rumusCapaian(sel(5, a33 + i), sel(4, a33 + i), ikuSel(iku.kolom.polaritas, i), b.indikator.polaritas),
      ),
    ]),
    CATATAN_METODE.t33,
    (r) => [
      { alamat: kotak(3, r, 1, m), gaya: { ...GAYA.tengah, ...GAYA.masukan } },
      ...perBaris(4, 2, r),
      persen(6, 1, r, m),
    ],
  );

  // Tabel 3.4: per Anggaran row, serapan, the linked indicators' mean capaian and the efficiency.
  const a34 = tulis.baris + 2;
  const kodeIku = rujukan(terkait.iku, kotak(iku.kolom.kode, iku.barisAwal, 1, m));
  const angSel = (kolom: number, j: number) => rujukan(terkait.anggaran, sel(kolom, ang.barisAwal + j));
  const ta = ang.tahun.indexOf(n);
  tulis.tabel(
    JUDUL_TABEL.t34,
    KOLOM_34(n),
    Array.from({ length: ang.banyak }, (_, j) => {
      const r = a34 + j;
      return [
        j + 1,
        selRumus(rumusSalin(angSel(ang.kolom.program, j))),
        selRumus(rumusDaftarKode(angSel(ang.kolom.indikator, j))),
        selRumus(rumusSalin(angSel(ang.pagu(ta), j))),
        selRumus(rumusSalin(angSel(ang.realisasi(ta), j))),
        selRumus(rumusSalin(angSel(ang.serapan(ta), j))),
        selRumus(rumusCapaianProgram(sel(3, r), kodeIku, capaian31)),
        selRumus(rumusEfisiensi(sel(7, r), sel(6, r))),
        selRumus(rumusKeteranganEfisiensi(sel(8, r))),
      ];
    }),
    CATATAN_METODE.t34,
    (r) => [
      { alamat: kotak(4, r, 2, ang.banyak), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
      persen(6, 3, r, ang.banyak),
      { alamat: kotak(9, r, 1, ang.banyak), gaya: GAYA.tengah },
    ],
  );

  // Tabel 3.5: the planner's analysis beside each capaian.
  const a35 = tulis.baris + 2;
  tulis.tabel(
    JUDUL_TABEL.t35,
    KOLOM_35(n),
    baris.map((b, i) => [b.no, b.indikator.nama, salinIku(iku.capaian(t), i), null, null, null]),
    CATATAN_METODE.t35,
    (r) => [persen(3, 1, r, m), { alamat: kotak(4, r, 3, m), gaya: GAYA.masukan }],
  );

  lembar.lebarKolom = { ...LEBAR_KOLOM };
  const nama31: TeksSel[] = [
    ...baris.map((b, i) => ({ baris: a31 + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM.C })),
    ...rentangSama(baris.map((b) => b.sasaran)).map(([i, banyak]) => ({
      baris: a31 + i,
      banyak,
      teks: baris[i].sasaran,
      lebar: LEBAR_KOLOM.B,
    })),
  ];
  const namaLain = [a32, a33, a35].flatMap((a) =>
    baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM.B })),
  );
  lembar.tinggiBaris = {
    ...lembar.tinggiBaris,
    1: 22,
    2: 20,
    ...tinggiUntukTeks([...nama31, ...namaLain]),
    ...tinggiUntukTeks(tulis.tinggi, 9),
  };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: barisPenuh(1, 2) };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
