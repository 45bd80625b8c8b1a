import { KOLOM_RENJA } from "../../domain/judul-renja";
import { Agregasi, Polaritas, tahunPeriodeKatalog } from "../../domain/types";
import { barisPenuh, hurufKolom, indeksKolom, kotak, rujukan, sel } from "../alamat";
import { skalaLebarHalaman, tinggiHalaman } from "../kepala-halaman";
import { barisPutusEkor } from "../putus-halaman";
import { RencanaLembar, Sel, selRumus } from "../rencana";
import { rumusPredikat, rumusSalin } from "../rumus";
import { barisJudul, formatPerBaris, lembarKosong } from "./bantu-lembar";
import { FORMAT_CAPAIAN, FORMAT_RUPIAH, formatAngka } from "./format-angka";
import { GAYA, WARNA, tandaCapaian } from "./gaya-dokumen";
import { KonteksLembar } from "./konteks-lembar";
import { BARIS_ISIAN_RENSTRA, KEPALA_RENSTRA, barisRenstra, tataLetakRenstra } from "./tata-letak-renstra";
import { tataLetakRenja } from "./tata-letak-renja";
import {
  rumusAgregatTw,
  rumusCapaianRenja,
  rumusJumlahAnak,
  rumusJumlahAnakTw,
  rumusKeteranganRenja,
  rumusRataCapaian,
  rumusSerapanRenja,
  rumusTambahLalu,
} from "./rumus-renja";
import { TeksSel, tinggiUntukTeks } from "./tinggi-baris";

/** The sheet speaks the planners' document language, like the Renstra sheet it evaluates. */
export const TEKS_RENJA = {
  judul: (n: number) => `EVALUASI HASIL RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN ${n}`,
  catatan: (n: number) =>
    `Evaluasi tahun ${n} atas sheet Renstra (kode, nama, indikator, target dan pagu dibaca dari sana). ` +
    "Isi realisasi K (kinerja, satuan indikator) dan Rp per triwulan pada baris sub kegiatan (sel kuning); Rp " +
    "kegiatan dan program = jumlah turunannya. Realisasi N: K menurut agregasi indikator, Rp dijumlah. Realisasi s.d. " +
    "N: K kumulatif dan Rp ditambah realisasi s.d. tahun lalu; K absolut = realisasi N. Capaian K menurut polaritas; " +
    "capaian Rp = serapan. Realisasi di atas 1.000% target dianggap salah ketik.",
  rataRata: "Rata-rata Capaian Kinerja",
  predikat: "Predikat Kinerja",
  faktor: ["Faktor Pendorong", "Faktor Penghambat", "Tindak Lanjut"],
  validasiJudul: "Realisasi",
  validasiPesan: "Isi realisasi dengan angka; kosongkan triwulan yang belum dilaporkan.",
} as const;

const TW = [0, 1, 2, 3];

/**
 * The Renja evaluation (E.81) for the report year: one row per row of the Renstra sheet (its
 * empty rows too, so a typed sub kegiatan is evaluated), names, targets and pagu referred to there,
 * K and Rp per quarter typed once on the rows without children, parents' Rp summed, capaian by
 * the rules of src/domain/renja.ts, and under the table the mean capaian, predikat and factors.
 */
export function lembarEvaluasiRenja(k: KonteksLembar): RencanaLembar {
  const lembar = lembarKosong(k.nama.evaluasiRenja);
  const n = k.tahunLaporan;
  const periode = tahunPeriodeKatalog(k.katalog);
  const tr = tataLetakRenstra(periode);
  const tn = periode.indexOf(n);
  const t = tataLetakRenja();
  const lebar = t.kolomAkhir;
  const cascade = barisRenstra(k);
  const awal = KEPALA_RENSTRA + 1;
  const banyak = cascade.length + BARIS_ISIAN_RENSTRA;
  const akhir = awal + banyak - 1;
  const dariRenstra = (kolom: number, r: number) =>
    selRumus(rumusSalin(rujukan(k.nama.renstra, sel(kolom, r))));
  // Children are searched below a row only, so a parent's sum never reads its own cell.
  const bawah = (kolom: number, r: number) => `${sel(kolom, r + 1)}:${sel(kolom, akhir)}`;

  barisJudul(lembar, 1, t.akhirJudul, TEKS_RENJA.judul(n), GAYA.judul);
  barisJudul(lembar, 2, t.akhirJudul, k.katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, t.akhirJudul, TEKS_RENJA.catatan(n), GAYA.catatan);

  const formatK: string[] = [];
  const teksSel: TeksSel[] = [];
  const masukanK: number[] = [];
  const masukanRp: number[] = [];
  const isi: Sel[][] = [];
  const baris = [
    ...cascade,
    ...Array.from({ length: BARIS_ISIAN_RENSTRA }, () => ({ jenis: "kosong" }) as const),
  ];
  baris.forEach((b, i) => {
    const r = awal + i;
    const baru: Sel[] = Array.from({ length: lebar }, () => null);
    const taruh = (kolom: number, v: Sel) => (baru[kolom - 1] = v);
    if (b.jenis === "judul") {
      taruh(t.nama, dariRenstra(tr.nama, r));
      lembar.gabung.push(kotak(t.nama, r, lebar - t.nama + 1, 1));
      lembar.format.push({ alamat: kotak(1, r, lebar, 1), gaya: { tebal: true, warnaIsi: WARNA.catatan } });
      formatK.push("General");
      isi.push(baru);
      return;
    }
    const kinerja = b.jenis === "isi" ? b.kinerja : undefined;
    const pokok = b.jenis === "kosong" || b.pokok !== undefined;
    const kodeCascade = b.jenis === "isi" ? b.pokok?.kode : undefined;
    const induk =
      kodeCascade !== undefined &&
      cascade.some((c) => c.jenis === "isi" && c.pokok?.kode.startsWith(`${kodeCascade}.`));
    const agregasi: Agregasi = kinerja?.agregasi ?? "akhir";
    const polaritas: Polaritas = kinerja?.polaritas ?? "positif";
    const twK = TW.map((q) => sel(t.twK(q), r));
    const twRp = TW.map((q) => sel(t.twRp(q), r));
    const s = (kolom: number) => sel(kolom, r);

    taruh(t.kode, dariRenstra(tr.kode, r));
    taruh(t.nama, dariRenstra(tr.nama, r));
    taruh(t.indikator, dariRenstra(tr.indikator, r));
    taruh(t.satuan, dariRenstra(tr.satuan, r));
    taruh(t.targetAkhirK, dariRenstra(tr.targetAkhir, r));
    taruh(t.targetK, dariRenstra(tr.target(tn), r));
    taruh(t.unit, dariRenstra(tr.unit, r));
    taruh(t.realisasiK, selRumus(rumusAgregatTw(twK, agregasi)));
    taruh(t.capaianK, selRumus(rumusCapaianRenja(s(t.realisasiK), s(t.targetK), polaritas)));
    taruh(
      t.sampaiK,
      selRumus(
        agregasi === "jumlah" ? rumusTambahLalu(s(t.laluK), s(t.realisasiK)) : rumusSalin(s(t.realisasiK)),
      ),
    );
    taruh(t.capaianSampaiK, selRumus(rumusCapaianRenja(s(t.sampaiK), s(t.targetAkhirK), polaritas)));
    masukanK.push(r);
    if (pokok) {
      taruh(t.targetAkhirRp, dariRenstra(tr.paguAkhir, r));
      taruh(t.targetRp, dariRenstra(tr.pagu(tn), r));
      if (induk) {
        TW.forEach((q) =>
          taruh(t.twRp(q), selRumus(rumusJumlahAnakTw(s(t.kode), bawah(t.kode, r), bawah(t.twRp(q), r)))),
        );
        taruh(
          t.realisasiRp,
          selRumus(rumusJumlahAnak(twRp, s(t.kode), bawah(t.kode, r), bawah(t.realisasiRp, r))),
        );
      } else {
        taruh(t.realisasiRp, selRumus(rumusAgregatTw(twRp, "jumlah")));
        masukanRp.push(r);
      }
      taruh(t.capaianRp, selRumus(rumusSerapanRenja(s(t.realisasiRp), s(t.targetRp))));
      taruh(t.sampaiRp, selRumus(rumusTambahLalu(s(t.laluRp), s(t.realisasiRp))));
      taruh(t.capaianSampaiRp, selRumus(rumusSerapanRenja(s(t.sampaiRp), s(t.targetAkhirRp))));
    }
    taruh(
      t.keterangan,
      selRumus(
        rumusKeteranganRenja(
          kotak(t.twK(0), r, 8, 1),
          s(t.targetK),
          s(t.targetRp),
          s(t.realisasiK),
          s(t.realisasiRp),
          kotak(t.realisasiK, r, 8, 1),
        ),
      ),
    );
    formatK.push(kinerja ? formatAngka(kinerja) : "General");
    if (b.jenis === "isi") {
      lembar.tingkatBaris[r] = { Program: 1, Kegiatan: 2, "Sub Kegiatan": 3 }[b.tingkat];
      // Every wrapped text of the row: names, the indicator's unit and the unit in charge.
      if (b.pokok) teksSel.push({ baris: r, teks: b.pokok.nama, lebar: LEBAR.nama });
      if (b.pokok?.unit) teksSel.push({ baris: r, teks: b.pokok.unit, lebar: LEBAR.unit });
      if (kinerja)
        teksSel.push(
          { baris: r, teks: kinerja.nama, lebar: LEBAR.indikator },
          { baris: r, teks: kinerja.satuan, lebar: LEBAR.satuan },
        );
    }
    isi.push(baru);
  });
  lembar.blok.push({ alamat: sel(1, KEPALA_RENSTRA), nilai: [KOLOM_RENJA(n), ...isi] });

  lembar.format.push(
    { alamat: kotak(1, KEPALA_RENSTRA, lebar, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, awal, lebar, banyak), gaya: GAYA.isi },
    { alamat: kotak(t.satuan, awal, 1, banyak), gaya: GAYA.tengah },
    { alamat: kotak(t.kode, awal, 1, banyak), gaya: { formatAngka: "@" } },
  );
  const kolomK = [t.targetAkhirK, t.laluK, t.targetK, ...TW.map(t.twK), t.realisasiK, t.sampaiK];
  for (const kolom of kolomK)
    lembar.format.push(
      ...formatPerBaris(kolom, 1, awal, formatK).map((f) => ({ ...f, gaya: { ...f.gaya, ...GAYA.kanan } })),
    );
  for (const kolom of [t.targetAkhirRp, t.laluRp, t.targetRp, ...TW.map(t.twRp), t.realisasiRp, t.sampaiRp])
    lembar.format.push({
      alamat: kotak(kolom, awal, 1, banyak),
      gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH },
    });
  for (const kolom of [t.capaianK, t.capaianRp, t.capaianSampaiK, t.capaianSampaiRp])
    lembar.format.push({
      alamat: kotak(kolom, awal, 1, banyak),
      gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN },
    });
  // Where to type: K on every indicator row, Rp and last year's realisation on rows without children.
  const selMasukan = [
    ...rentangBaris([t.laluK, ...TW.map(t.twK)], masukanK),
    ...rentangBaris([t.laluRp, ...TW.map(t.twRp)], masukanRp),
  ];
  for (const alamat of selMasukan) {
    lembar.format.push({ alamat, gaya: GAYA.masukan });
    lembar.validasi.push({ alamat, judul: TEKS_RENJA.validasiJudul, pesan: TEKS_RENJA.validasiPesan });
  }
  lembar.formatBersyarat.push(...tandaCapaian(kotak(t.capaianK, awal, 1, banyak), sel(t.capaianK, awal)), {
    alamat: kotak(t.keterangan, awal, 1, banyak),
    rumus: `${sel(t.keterangan, awal)}<>""`,
    warnaIsi: WARNA.merahIsi,
    warnaFont: WARNA.merahFont,
  });

  const kaki = akhir + 2;
  footer(lembar, kaki, t, awal, akhir);
  lembar.formatBersyarat.push(...tandaCapaian(sel(t.nilaiKaki, kaki), sel(t.nilaiKaki, kaki)));

  lembar.lebarKolom = { A: 17, B: LEBAR.nama, C: LEBAR.indikator, D: LEBAR.satuan };
  for (let c = t.targetAkhirK; c <= t.capaianSampaiRp; c++)
    lembar.lebarKolom[hurufKolom(c)] = c % 2 ? 10 : 14;
  // A capaian is a percentage: no rupiah's width, even in an Rp column.
  for (const c of [t.capaianRp, t.capaianSampaiRp]) lembar.lebarKolom[hurufKolom(c)] = 10;
  Object.assign(lembar.lebarKolom, { [hurufKolom(t.unit)]: LEBAR.unit, [hurufKolom(t.keterangan)]: 22 });
  // Added to the footer's factor rows, set above.
  Object.assign(lembar.tinggiBaris, {
    1: 22,
    2: 20,
    3: 54,
    [KEPALA_RENSTRA]: 44,
    ...tinggiUntukTeks(teksSel),
  });
  lembar.bekukan = { baris: KEPALA_RENSTRA, kolom: t.kolomJudul };
  lembar.cetak = cetakRenja(lembar, t, k, akhir + 1 - awal - BARIS_ISIAN_RENSTRA, kaki + 4);
  lembar.warnaTab = WARNA.tab;
  return lembar;
}

/** Widths (characters) of the text columns, also used to size the rows their texts wrap in. */
const LEBAR = { nama: 26, indikator: 24, satuan: 9, unit: 16 } as const;

/**
 * Legible on A4 landscape: one page per column group (tataLetakRenja's awalHalaman) at the scale
 * the widest group fits, with Kode and the names repeated on its left and the header on top; pages
 * across a band of rows first, so each row's targets, quarters and results come one after another.
 * The titles go in the page header; the footer shares its page with the last filled rows.
 */
function cetakRenja(
  lembar: RencanaLembar,
  t: ReturnType<typeof tataLetakRenja>,
  k: KonteksLembar,
  banyakTerisi: number,
  barisAkhir: number,
): NonNullable<RencanaLembar["cetak"]> {
  const lebar = (dari: number, sampai: number) =>
    Object.fromEntries(
      Object.entries(lembar.lebarKolom).filter(([h]) => {
        const c = indeksKolom(h);
        return c <= t.kolomJudul || (c >= dari && c <= sampai);
      }),
    );
  const skala = Math.min(
    ...t.awalHalaman.map((dari, i) =>
      skalaLebarHalaman(lebar(dari, (t.awalHalaman[i + 1] ?? t.kolomAkhir + 1) - 1), "lanskap"),
    ),
  );
  const awal = KEPALA_RENSTRA + 1;
  const muat = tinggiHalaman("lanskap", skala, true) - lembar.tinggiBaris[KEPALA_RENSTRA];
  const putus = barisPutusEkor(lembar.tinggiBaris, awal, barisAkhir, awal + banyakTerisi, muat);
  return {
    orientasi: "lanskap",
    pasLebarHalaman: false,
    skala,
    barisJudul: barisPenuh(KEPALA_RENSTRA),
    kolomJudul: `$A:$${hurufKolom(t.kolomJudul)}`,
    putusKolomSebelum: t.awalHalaman.slice(1),
    menyampingDulu: true,
    ...(putus === undefined ? {} : { putusSebelum: [putus] }),
    areaCetak: kotak(1, KEPALA_RENSTRA, t.kolomAkhir, barisAkhir - KEPALA_RENSTRA + 1),
    kepalaHalaman: [TEKS_RENJA.judul(k.tahunLaporan), k.katalog.instansi.toUpperCase()],
  };
}

/** Under the table: the mean capaian and its predikat, then the planner's three factors. */
function footer(
  lembar: RencanaLembar,
  r: number,
  t: ReturnType<typeof tataLetakRenja>,
  awal: number,
  akhir: number,
): void {
  // Labels, values and factors all on the first printed group of columns.
  const lebarLabel = t.nilaiKaki - t.labelKaki;
  const label = (baris: number, teks: string) => {
    lembar.blok.push({ alamat: sel(t.labelKaki, baris), nilai: [[teks]] });
    lembar.gabung.push(kotak(t.labelKaki, baris, lebarLabel, 1));
    lembar.format.push({
      alamat: kotak(t.labelKaki, baris, lebarLabel, 1),
      gaya: { tebal: true, garis: true, rataVertikal: "atas" },
    });
  };
  const nilai = t.nilaiKaki;
  label(r, TEKS_RENJA.rataRata);
  label(r + 1, TEKS_RENJA.predikat);
  lembar.blok.push({
    alamat: sel(nilai, r),
    nilai: [
      [selRumus(rumusRataCapaian(kotak(t.capaianK, awal, 1, akhir - awal + 1)))],
      [selRumus(rumusPredikat(sel(nilai, r)))],
    ],
  });
  for (const b of [r, r + 1]) lembar.gabung.push(kotak(nilai, b, 3, 1));
  lembar.format.push(
    { alamat: kotak(nilai, r, 3, 1), gaya: { tebal: true, garis: true, formatAngka: FORMAT_CAPAIAN } },
    { alamat: kotak(nilai, r + 1, 3, 1), gaya: { tebal: true, garis: true, rataHorizontal: "kanan" } },
  );
  const lebarFaktor = t.akhirHalamanPertama - nilai + 1;
  TEKS_RENJA.faktor.forEach((f, j) => {
    const b = r + 2 + j;
    label(b, f);
    lembar.gabung.push(kotak(nilai, b, lebarFaktor, 1));
    lembar.format.push({ alamat: kotak(nilai, b, lebarFaktor, 1), gaya: { ...GAYA.isi, ...GAYA.masukan } });
    lembar.tinggiBaris[b] = 45;
  });
}

/** One range per column and run of consecutive rows, so a long cascade costs few requests. */
function rentangBaris(kolom: readonly number[], baris: readonly number[]): string[] {
  const hasil: string[] = [];
  for (let i = 0; i < baris.length;) {
    let j = i + 1;
    while (j < baris.length && baris[j] === baris[j - 1] + 1) j++;
    for (const c of kolom) hasil.push(kotak(c, baris[i], 1, j - i));
    i = j;
  }
  return hasil;
}
