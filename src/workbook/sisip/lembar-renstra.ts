import { KOLOM_RENSTRA, Tingkat } from "../../domain/renstra";
import { tahunPeriodeKatalog } from "../../domain/types";
import { barisPenuh, hurufKolom, kotak, sel } from "../alamat";
import { tinggiHalaman } from "../kepala-halaman";
import { barisPutusEkor } from "../putus-halaman";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { barisJudul, formatPerBaris, lembarKosong } from "./bantu-lembar";
import { FORMAT_RUPIAH, formatAngka } from "./format-angka";
import { GAYA, WARNA } from "./gaya-dokumen";
import { KonteksLembar } from "./konteks-lembar";
import {
  rumusCekPagu,
  rumusCekSalah,
  rumusJumlahIsi,
  rumusPaguSalah,
  rumusSelisihPagu,
  rumusTingkat,
} from "./rumus-renstra";
import { TeksSel, tinggiUntukTeks } from "./tinggi-baris";
import { BARIS_ISIAN_RENSTRA, KEPALA_RENSTRA, barisRenstra, tataLetakRenstra } from "./tata-letak-renstra";

const KEPALA = KEPALA_RENSTRA;
/** Print scale: Excel's own text size less a sixth, the widest that keeps a program's row on two pages. */
const SKALA_CETAK_RENSTRA = 85;
/** Widths (characters) of the text columns, also used to size the rows their texts wrap in. */
const LEBAR = { nama: 40, indikator: 36, unit: 18, lokasi: 16 } as const;

/** The Renstra sheet speaks the planners' document language, like the IKU table and the PK. */
const TEKS_RENSTRA = {
  judul: (awal: number, akhir: number) => `RENCANA PROGRAM, KEGIATAN DAN PENDANAAN ${awal}–${akhir}`,
  catatan:
    "Tingkat dibaca dari bentuk kode: program X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan X.XX.XX.X.XX.XXXX. " +
    "Cek Pagu membandingkan pagu setiap tahun dengan jumlah pagu turunan langsungnya; Selisih Pagu = jumlah " +
    "turunan − pagu sendiri. Pagu yang salah berwarna merah. Baris kosong di bawah siap diisi; baris yang " +
    "diketik di mana pun ikut diperiksa.",
  validasiPesan: "Isi pagu dalam rupiah dengan angka, misalnya 1500000000.",
  validasiTargetPesan: "Isi target dengan angka.",
} as const;

const TINGKAT_OUTLINE: Record<Tingkat, number> = { Program: 1, Kegiatan: 2, "Sub Kegiatan": 3 };

/**
 * The Renstra sheet (T-C.27): the catalog's programs, kegiatan and sub kegiatan under their
 * sasaran, with indicators, targets and pagu per year of the Renstra period, live checks of codes
 * and pagu, outline levels to collapse the cascade, and empty rows checked the same way.
 */
export function lembarRenstra(k: KonteksLembar): RencanaLembar {
  const lembar = lembarKosong(k.nama.renstra);
  const tahun = tahunPeriodeKatalog(k.katalog);
  const t = tataLetakRenstra(tahun);
  const lebar = t.kolomAkhir;
  const baris = barisRenstra(k);
  const awal = KEPALA + 1;
  // Whole columns: a row typed anywhere, below the empty rows too, is checked; titles and headers never match a code.
  const kodeKolom = "A:A";

  barisJudul(lembar, 1, lebar, TEKS_RENSTRA.judul(tahun[0], tahun[tahun.length - 1]), GAYA.judul);
  barisJudul(lembar, 2, lebar, k.katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, lebar, TEKS_RENSTRA.catatan, GAYA.catatan);

  const rumusBaris = (r: number): Partial<Record<number, Sel>> => {
    const isi: Partial<Record<number, Sel>> = {
      [t.tingkat]: selRumus(rumusTingkat(sel(t.kode, r))),
      [t.paguAkhir]: selRumus(rumusJumlahIsi(tahun.map((_, i) => sel(t.pagu(i), r)))),
      [t.cek]: selRumus(
        rumusCekPagu(sel(t.kode, r), sel(t.tingkat, r), kodeKolom, kotak(t.selisih(0), r, tahun.length, 1)),
      ),
    };
    tahun.forEach((_, i) => {
      const kolomPagu = hurufKolom(t.pagu(i));
      isi[t.selisih(i)] = selRumus(
        rumusSelisihPagu(`$A${r}`, `$B${r}`, kodeKolom, `${kolomPagu}:${kolomPagu}`, sel(t.pagu(i), r)),
      );
    });
    return isi;
  };

  const teksSel: TeksSel[] = [];
  const formatTarget: string[] = [];
  const isi: Sel[][] = [];
  baris.forEach((b, i) => {
    const r = awal + i;
    const baru: Sel[] = Array.from({ length: lebar }, () => null);
    const taruh = (kolom: number, v: Sel | undefined) => (baru[kolom - 1] = v ?? null);
    if (b.jenis === "judul") {
      // Across the row from the name column: column A stays empty, so the heading is never read as a code.
      taruh(t.nama, b.teks);
      lembar.gabung.push(kotak(t.nama, r, lebar - t.nama + 1, 1));
      lembar.format.push({ alamat: kotak(1, r, lebar, 1), gaya: { tebal: true, warnaIsi: WARNA.catatan } });
      formatTarget.push("General");
    } else {
      for (const [kolom, v] of Object.entries(rumusBaris(r))) taruh(Number(kolom), v);
      if (b.pokok) {
        taruh(t.kode, b.pokok.kode);
        taruh(t.nama, b.pokok.nama);
        tahun.forEach((y, j) => taruh(t.pagu(j), b.pokok!.pagu[String(y)]));
        taruh(t.unit, b.pokok.unit);
        taruh(t.lokasi, b.pokok.lokasi);
        teksSel.push(
          { baris: r, teks: b.pokok.nama, lebar: LEBAR.nama },
          ...(b.pokok.unit ? [{ baris: r, teks: b.pokok.unit, lebar: LEBAR.unit }] : []),
          ...(b.pokok.lokasi ? [{ baris: r, teks: b.pokok.lokasi, lebar: LEBAR.lokasi }] : []),
        );
      }
      const kin = b.kinerja;
      if (kin) {
        taruh(t.indikator, kin.nama);
        taruh(t.satuan, kin.satuan);
        taruh(t.kondisiAwal, kin.kondisiAwal);
        tahun.forEach((y, j) => taruh(t.target(j), kin.target[String(y)]));
        const sel0 = tahun.map((_, j) => sel(t.target(j), r));
        taruh(
          t.targetAkhir,
          selRumus(
            kin.agregasi === "jumlah"
              ? rumusJumlahIsi(sel0)
              : `IF(${sel0[sel0.length - 1]}="","",${sel0[sel0.length - 1]})`,
          ),
        );
        teksSel.push({ baris: r, teks: kin.nama, lebar: LEBAR.indikator });
      }
      formatTarget.push(kin ? formatAngka(kin) : "General");
      lembar.tingkatBaris[r] = TINGKAT_OUTLINE[b.tingkat];
    }
    isi.push(baru);
  });
  for (let j = 0; j < BARIS_ISIAN_RENSTRA; j++) {
    const r = awal + baris.length + j;
    const baru: Sel[] = Array.from({ length: lebar }, () => null);
    for (const [kolom, v] of Object.entries(rumusBaris(r))) baru[Number(kolom) - 1] = v ?? null;
    const akhirTarget = sel(t.target(tahun.length - 1), r);
    baru[t.targetAkhir - 1] = selRumus(`IF(${akhirTarget}="","",${akhirTarget})`);
    isi.push(baru);
    formatTarget.push("General");
  }
  lembar.blok.push({ alamat: sel(1, KEPALA), nilai: [KOLOM_RENSTRA(tahun), ...isi] });

  const n = isi.length;
  const slot = awal + baris.length;
  lembar.format.push(
    { alamat: kotak(1, KEPALA, lebar, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, awal, lebar, n), gaya: GAYA.isi },
    { alamat: kotak(t.tingkat, awal, 1, n), gaya: GAYA.tengah },
    { alamat: kotak(t.satuan, awal, 1, n), gaya: GAYA.tengah },
    { alamat: kotak(t.cek, awal, 1, n), gaya: GAYA.tengah },
    ...[t.kondisiAwal, t.targetAkhir].flatMap((kolom) =>
      formatPerBaris(kolom, 1, awal, formatTarget).map((f) => ({ ...f, gaya: { ...f.gaya, ...GAYA.kanan } })),
    ),
    { alamat: kotak(t.paguAkhir, awal, 1, n), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
    {
      alamat: kotak(t.selisih(0), awal, tahun.length, n),
      gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH },
    },
    // Where to type: the empty rows' own cells.
    { alamat: kotak(t.kode, slot, 1, BARIS_ISIAN_RENSTRA), gaya: GAYA.masukan },
    // Codes are text: a typed 2.17.02 must never become a number or a date in any locale.
    { alamat: kotak(t.kode, awal, 1, n), gaya: { formatAngka: "@" } },
    { alamat: kotak(t.nama, slot, 4, BARIS_ISIAN_RENSTRA), gaya: GAYA.masukan },
    { alamat: kotak(t.target(0), slot, 2 * tahun.length, BARIS_ISIAN_RENSTRA), gaya: GAYA.masukan },
    { alamat: kotak(t.unit, slot, 2, BARIS_ISIAN_RENSTRA), gaya: GAYA.masukan },
  );
  tahun.forEach((_, j) => {
    lembar.format.push(
      ...formatPerBaris(t.target(j), 1, awal, formatTarget).map((f) => ({
        ...f,
        gaya: { ...f.gaya, ...GAYA.kanan },
      })),
      { alamat: kotak(t.pagu(j), awal, 1, n), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
    );
    lembar.validasi.push(
      { alamat: kotak(t.pagu(j), awal, 1, n), judul: "Pagu", pesan: TEKS_RENSTRA.validasiPesan },
      { alamat: kotak(t.target(j), awal, 1, n), judul: "Target", pesan: TEKS_RENSTRA.validasiTargetPesan },
    );
    lembar.formatBersyarat.push({
      alamat: kotak(t.pagu(j), awal, 1, n),
      rumus: rumusPaguSalah(sel(t.pagu(j), awal), sel(t.selisih(j), awal)),
      warnaIsi: WARNA.merahIsi,
      warnaFont: WARNA.merahFont,
    });
  });
  lembar.formatBersyarat.push({
    alamat: kotak(t.cek, awal, 1, n),
    rumus: rumusCekSalah(sel(t.cek, awal)),
    warnaIsi: WARNA.merahIsi,
    warnaFont: WARNA.merahFont,
  });

  lembar.lebarKolom = { A: 17, B: 12, C: LEBAR.nama, D: LEBAR.indikator, E: 10, F: 10 };
  tahun.forEach((_, j) => {
    lembar.lebarKolom[hurufKolom(t.target(j))] = 10;
    lembar.lebarKolom[hurufKolom(t.pagu(j))] = 16;
    lembar.lebarKolom[hurufKolom(t.selisih(j))] = 15;
  });
  Object.assign(lembar.lebarKolom, {
    [hurufKolom(t.targetAkhir)]: 10,
    [hurufKolom(t.paguAkhir)]: 17,
    [hurufKolom(t.unit)]: LEBAR.unit,
    [hurufKolom(t.lokasi)]: LEBAR.lokasi,
    [hurufKolom(t.cek)]: 19,
  });
  lembar.tinggiBaris = { 1: 22, 2: 20, 3: 42, [KEPALA]: 30, ...tinggiUntukTeks(teksSel) };
  lembar.bekukan = { baris: KEPALA, kolom: 3 };
  lembar.cetak = {
    orientasi: "lanskap",
    // Fit to one page wide printed ~5 pt text; at this scale three years take two pages wide.
    pasLebarHalaman: false,
    skala: SKALA_CETAK_RENSTRA,
    barisJudul: barisPenuh(KEPALA),
    // The codes again on every page to the right, so each row is still known there.
    kolomJudul: "$A:$A",
    // The table as the Renstra prints it, to Cek Pagu; the titles in the page header, the
    // differences per year on screen only.
    areaCetak: kotak(1, KEPALA, t.cek, n + 1),
    // The last filled rows go with the empty ones, so no page prints empty rows only.
    ...putusEkor(lembar.tinggiBaris, n),
    kepalaHalaman: [TEKS_RENSTRA.judul(tahun[0], tahun[tahun.length - 1]), k.katalog.instansi.toUpperCase()],
  };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}

/** A break that keeps the last filled rows on one page with the empty input rows, if one is needed. */
function putusEkor(tinggi: Record<number, number>, n: number): { putusSebelum?: number[] } {
  const awal = KEPALA + 1;
  const muat = tinggiHalaman("lanskap", SKALA_CETAK_RENSTRA, true) - tinggi[KEPALA];
  const r = barisPutusEkor(tinggi, awal, KEPALA + n, awal + n - BARIS_ISIAN_RENSTRA, muat);
  return r === undefined ? {} : { putusSebelum: [r] };
}
