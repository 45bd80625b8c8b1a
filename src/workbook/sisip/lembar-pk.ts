import { kotak, rujukan, sel } from "../alamat";
import { skalaLebarHalaman } from "../kepala-halaman";
import { barisJudul, formatPerBaris, lembarKosong, rentangSama } from "./bantu-lembar";
import { FORMAT_RUPIAH, formatAngka } from "./format-angka";
import { GAYA, WARNA } from "./gaya-dokumen";
import { KonteksLembar } from "./konteks-lembar";
import { Gaya, RencanaLembar, selRumus } from "../rencana";
import { rumusSalin } from "../rumus";
import { TeksSel, tinggiUntukTeks } from "./tinggi-baris";

const LEBAR = 5;
const LEBAR_KOLOM = { A: 5, B: 30, C: 38, D: 10, E: 16 };
/** The PK is the agency's Indonesian document in every language, like the IKU table. */
const TEKS_PK = {
  judul: (n: number) => `PERJANJIAN KINERJA TAHUN ${n}`,
  lampiran: (n: number) => `LAMPIRAN PERJANJIAN KINERJA TAHUN ${n}`,
  ikrar:
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi " +
    "pada hasil, kami yang bertanda tangan di bawah ini:",
  pihakPertama: "selanjutnya disebut PIHAK PERTAMA.",
  pihakKedua: "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.",
  janji:
    "PIHAK PERTAMA berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka " +
    "mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan " +
    "dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab PIHAK PERTAMA.",
  supervisi:
    "PIHAK KEDUA akan memberikan supervisi yang diperlukan serta melakukan evaluasi terhadap capaian kinerja dari " +
    "perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
  jabatanKosong: "(jabatan)",
  tanggal: (tempat: string, n: number) => `${tempat}, ................................ ${n}`,
  jumlah: "Jumlah",
} as const;

const paragraf: Gaya = { ukuranFont: 11, bungkusTeks: true, rataVertikal: "atas", rataHorizontal: "kiri" };
const tengah: Gaya = { ukuranFont: 11, rataHorizontal: "tengah", bungkusTeks: true, rataVertikal: "atas" };

/** The agreement's text: title, pledge, the two parties (names typed, positions from the catalog). */
function pihakPk(lembar: RencanaLembar, { katalog, tahunRencana: n }: KonteksLembar): TeksSel[] {
  const pk = katalog.pk;
  const paragrafBaris: TeksSel[] = [];
  const lebarTotal = Object.values(LEBAR_KOLOM).reduce((a, b) => a + b, 0);
  const teks = (r: number, isi: string) => {
    barisJudul(lembar, r, LEBAR, isi, paragraf);
    paragrafBaris.push({ baris: r, teks: isi, lebar: lebarTotal });
  };
  // No input fill: this page is printed and signed, and a fill would print yellow under the names.
  const isian = (r: number, label: string, nilai: string | null) => {
    lembar.blok.push({ alamat: sel(2, r), nilai: [[label, nilai]] });
    lembar.gabung.push(kotak(3, r, 3, 1));
    lembar.format.push({ alamat: kotak(2, r, 4, 1), gaya: paragraf });
  };

  barisJudul(lembar, 1, LEBAR, TEKS_PK.judul(n), GAYA.judul);
  barisJudul(lembar, 2, LEBAR, katalog.instansi.toUpperCase(), GAYA.subjudul);
  teks(4, TEKS_PK.ikrar);
  isian(6, "Nama", null);
  isian(7, "Jabatan", pk?.jabatanPertama ?? TEKS_PK.jabatanKosong);
  teks(8, TEKS_PK.pihakPertama);
  isian(10, "Nama", null);
  isian(11, "Jabatan", pk?.jabatanKedua ?? TEKS_PK.jabatanKosong);
  teks(12, TEKS_PK.pihakKedua);
  teks(14, TEKS_PK.janji);
  teks(15, TEKS_PK.supervisi);
  return paragrafBaris;
}

/** The indicator table from row `k1`, sasaran merged as in the IKU document; returns its wrapped texts. */
function tabelSasaranPk(lembar: RencanaLembar, k: KonteksLembar, k1: number): TeksSel[] {
  const { baris, tataIku: iku, tahunRencana: n } = k;
  const m = baris.length;
  const t = k.katalog.tahun.indexOf(n);
  const a1 = k1 + 1;
  const ikuSel = (kolom: number, i: number) => rujukan(k.nama.iku, sel(kolom, iku.baris(i)));
  const sasaran = rentangSama(baris.map((b) => b.sasaran));
  const mulai = new Set(sasaran.map(([i]) => i));
  lembar.blok.push({
    alamat: sel(1, k1),
    nilai: [
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", `Target ${n}`],
      ...baris.map((b, i) => [
        b.no,
        mulai.has(i) ? k.dariIku("sasaran", i) : null,
        k.dariIku("indikator", i),
        k.dariIku("satuan", i),
        selRumus(rumusSalin(ikuSel(iku.target(t), i))),
      ]),
    ],
  });
  for (const [i, panjang] of sasaran) if (panjang > 1) lembar.gabung.push(kotak(2, a1 + i, 1, panjang));
  lembar.format.push(
    { alamat: kotak(1, k1, LEBAR, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, a1, LEBAR, m), gaya: GAYA.isi },
    { alamat: kotak(1, a1, 1, m), gaya: GAYA.tengah },
    { alamat: kotak(4, a1, 1, m), gaya: GAYA.tengah },
    { alamat: kotak(5, a1, 1, m), gaya: GAYA.kanan },
    ...formatPerBaris(
      5,
      1,
      a1,
      baris.map((b) => formatAngka(b.indikator)),
    ),
  );
  return [
    ...baris.map((b, i) => ({ baris: a1 + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM.C })),
    ...sasaran.map(([i, banyak]) => ({
      baris: a1 + i,
      banyak,
      teks: baris[i].sasaran,
      lebar: LEBAR_KOLOM.B,
    })),
  ];
}

/** The program table from row `k2`: pagu N from the Anggaran sheet, and its total. */
function tabelProgramPk(lembar: RencanaLembar, k: KonteksLembar, k2: number): void {
  const ang = k.tataAnggaran;
  const ta = ang.tahun.indexOf(k.tahunRencana);
  const a2 = k2 + 1;
  const banyak = ang.banyak;
  const angSel = (kolom: number, j: number) => rujukan(k.nama.anggaran, sel(kolom, ang.barisAwal + j));
  lembar.blok.push({
    alamat: sel(1, k2),
    nilai: [
      ["No", "Program", null, null, "Anggaran"],
      ...Array.from({ length: banyak }, (_, j) => [
        j + 1,
        selRumus(rumusSalin(angSel(ang.kolom.program, j))),
        null,
        null,
        selRumus(rumusSalin(angSel(ang.pagu(ta), j))),
      ]),
      [null, TEKS_PK.jumlah, null, null, selRumus(`SUM(${kotak(5, a2, 1, banyak)})`)],
    ],
  });
  for (let r = k2; r <= a2 + banyak; r++) lembar.gabung.push(kotak(2, r, 3, 1));
  lembar.format.push(
    { alamat: kotak(1, k2, LEBAR, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, a2, LEBAR, banyak + 1), gaya: GAYA.isi },
    { alamat: kotak(1, a2, 1, banyak), gaya: GAYA.tengah },
    { alamat: kotak(5, a2, 1, banyak + 1), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
    { alamat: kotak(1, a2 + banyak, LEBAR, 1), gaya: { tebal: true } },
  );
}

/** Place and date from row `tt`, then the signature blocks: PIHAK KEDUA left, PIHAK PERTAMA right. */
function tandaTanganPk(lembar: RencanaLembar, { katalog, tahunRencana: n }: KonteksLembar, tt: number): void {
  const pk = katalog.pk;
  const kanan = (r: number) => kotak(3, r, 3, 1);
  lembar.blok.push(
    { alamat: sel(3, tt), nilai: [[TEKS_PK.tanggal(pk?.tempat ?? "................", n)]] },
    { alamat: sel(2, tt + 1), nilai: [["PIHAK KEDUA,", "PIHAK PERTAMA,"]] },
    {
      alamat: sel(2, tt + 2),
      nilai: [[pk?.jabatanKedua ?? TEKS_PK.jabatanKosong, pk?.jabatanPertama ?? TEKS_PK.jabatanKosong]],
    },
    { alamat: sel(2, tt + 6), nilai: [[selRumus(rumusSalin(sel(3, 10))), selRumus(rumusSalin(sel(3, 6)))]] },
  );
  for (const r of [tt, tt + 1, tt + 2, tt + 6]) lembar.gabung.push(kanan(r));
  lembar.format.push(
    { alamat: kanan(tt), gaya: tengah },
    { alamat: kotak(2, tt + 1, 4, 2), gaya: tengah },
    { alamat: kotak(2, tt + 6, 4, 1), gaya: { ...tengah, tebal: true } },
  );
}

/** Rows of the place, date and signature blocks (tandaTanganPk). */
const TINGGI_TANDA_TANGAN = 7;

/**
 * The Perjanjian Kinerja for year N on two A4 portrait pages, each signed, as the agreement is:
 * the agreement (the parties, names typed by the planner, positions from the catalog) and its
 * lampiran (the indicator targets N and the programs' pagu N, read live from the IKU and Anggaran
 * sheets). Both signature blocks show the names typed once at the top.
 */
export function lembarPk(k: KonteksLembar): RencanaLembar {
  const lembar = lembarKosong(k.nama.pk);
  const tt1 = 17;
  const lampiran = tt1 + TINGGI_TANDA_TANGAN + 1;
  const k1 = lampiran + 3;
  const k2 = k1 + 1 + k.baris.length + 1;
  const tt = k2 + 1 + k.tataAnggaran.banyak + 2;
  const paragrafBaris = pihakPk(lembar, k);
  tandaTanganPk(lembar, k, tt1);
  barisJudul(lembar, lampiran, LEBAR, TEKS_PK.lampiran(k.tahunRencana), GAYA.judul);
  barisJudul(lembar, lampiran + 1, LEBAR, k.katalog.instansi.toUpperCase(), GAYA.subjudul);
  const teksSasaran = tabelSasaranPk(lembar, k, k1);
  tabelProgramPk(lembar, k, k2);
  tandaTanganPk(lembar, k, tt);

  lembar.lebarKolom = { ...LEBAR_KOLOM };
  lembar.tinggiBaris = {
    1: 22,
    2: 20,
    [lampiran]: 22,
    [lampiran + 1]: 20,
    [k1]: 30,
    ...tinggiUntukTeks(paragrafBaris, 11),
    ...tinggiUntukTeks(teksSasaran),
    [tt1 + 2]: 45,
    [tt + 2]: 45,
  };
  lembar.cetak = {
    orientasi: "potret",
    // A scale that fits the width, not "fit to page": under that the page break would be ignored.
    pasLebarHalaman: false,
    skala: skalaLebarHalaman(LEBAR_KOLOM, "potret"),
    putusSebelum: [lampiran],
  };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
