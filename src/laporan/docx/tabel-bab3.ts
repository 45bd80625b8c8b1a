/**
 * One builder per table of Bab III: the domain's computed rows (hitungLkjip) as the texts a planner
 * reads. Adding a table is one more builder in TABEL_BAB3.
 */
import { adalahGalat } from "../../domain/galat";
import {
  CATATAN_METODE,
  JUDUL_TABEL,
  KOLOM_31,
  KOLOM_32,
  KOLOM_33,
  KOLOM_34,
  KOLOM_35,
  KOLOM_36,
  KOLOM_37,
  KOLOM_38,
  BARIS_RATA_RATA_PD,
  TEKS_JENIS_TARGET,
} from "../../domain/judul-lkjip";
import { TEKS_TANPA_STANDAR } from "../../domain/standar";
import {
  CATATAN_PENDUKUNG,
  JUDUL_TABEL_PENDUKUNG,
  KOLOM_39,
  KOLOM_310,
  TEKS_JUMLAH,
  TEKS_TANPA_CASCADE,
} from "../../domain/judul-renja";
import type { Baris39 } from "../../domain/lkjip-pendukung";
import type { Tabel39Dibaca } from "../baca-pendukung";
import { DataLaporan, NilaiLaporan, TabelLkjip } from "../../domain/lkjip";
import { kolomPerubahan, kolomPersen, kolomRupiah, kolomSatuan } from "./angka-kolom";
import { BagianHilang } from "../bagian-hilang";
import { KolomTabel, Rata, TabelDokumen } from "./tabel";
import { TEKS } from "./teks-draf";

/** What a builder knows: the inputs, the computed tables, and which parts the workbook lacked. */
export interface KonteksBab3 {
  data: DataLaporan;
  t: TabelLkjip;
  hilang: ReadonlySet<BagianHilang>;
  /** Tabel 3.9 as the saved LKjIP sheet shows it (npm run laporan); else the domain's rows, when it has any. */
  t39?: Tabel39Dibaca;
}

/**
 * Columns from their header texts and a letter per column: k(iri), n (right, numbers), t(engah),
 * g (left, merged groups), i (left, typed by the planner).
 */
function kolom(judul: readonly string[], rata: string): KolomTabel[] {
  const arti: Record<string, Rata> = { k: "kiri", n: "kanan", t: "tengah", g: "kiri", i: "kiri" };
  return judul.map((j, i) => ({
    judul: j,
    rata: arti[rata[i]],
    gabung: rata[i] === "g" || undefined,
    isian: rata[i] === "i" || undefined,
  }));
}

/** Columns given as lists of cells, turned into rows. */
const keBaris = (...kol: readonly (readonly string[])[]): string[][] =>
  (kol[0] ?? []).map((_, r) => kol.map((k) => k[r]));

/** The method note, then one line per computation the rules refused, named by its row. */
function catatan(metode: string, butir: Array<{ nama: string; nilai: NilaiLaporan[] }>): string[] {
  const galat = butir.flatMap(({ nama, nilai }) =>
    nilai.filter(adalahGalat).map((g) => TEKS.galat(nama, g.pesan.id)),
  );
  return [TEKS.catatanMetode(metode), ...galat];
}

const no = (b: { no: number }[]) => b.map((x) => String(x.no));
const satuan = (k: KonteksBab3) => k.data.indikator.map((i) => i.satuan);

const tabel31 = (k: KonteksBab3): TabelDokumen => {
  const { t } = k;
  return {
    judul: JUDUL_TABEL.t31(t.tahun),
    kolom: kolom(KOLOM_31(t.tahun), "tgktnnnt"),
    baris: keBaris(
      no(t.t31),
      t.t31.map((b) => b.sasaran),
      t.t31.map((b) => b.indikator),
      t.t31.map((b) => b.satuan),
      kolomSatuan(
        t.t31.map((b) => b.target),
        satuan(k),
      ),
      kolomSatuan(
        t.t31.map((b) => b.realisasi),
        satuan(k),
      ),
      kolomPersen(t.t31.map((b) => b.capaian)),
      t.t31.map((b) => b.predikat),
    ),
    catatan: catatan(
      CATATAN_METODE.t31,
      t.t31.map((b) => ({ nama: b.indikator, nilai: [b.capaian] })),
    ),
  };
};

const tabel32 = (k: KonteksBab3): TabelDokumen => {
  const { t } = k;
  return {
    judul: JUDUL_TABEL.t32,
    kolom: kolom(KOLOM_32(t.tahun, k.data.periode.awal), "tknnnnnt"),
    baris: keBaris(
      no(t.t32),
      t.t32.map((b) => b.indikator),
      kolomSatuan(
        t.t32.map((b) => b.realisasiLalu),
        satuan(k),
      ),
      kolomSatuan(
        t.t32.map((b) => b.realisasi),
        satuan(k),
      ),
      kolomPersen(t.t32.map((b) => b.capaianLalu)),
      kolomPersen(t.t32.map((b) => b.capaian)),
      kolomPerubahan(
        t.t32.map((b) => b.perubahan),
        satuan(k),
      ),
      t.t32.map((b) => b.keterangan),
    ),
    catatan: catatan(
      CATATAN_METODE.t32,
      t.t32.map((b) => ({ nama: b.indikator, nilai: [b.capaianLalu] })),
    ),
  };
};

const tabel33 = (k: KonteksBab3): TabelDokumen | undefined => {
  const { t } = k;
  if (k.hilang.has("lembarLkjip") || k.hilang.has("tabel33")) return undefined;
  return {
    judul: JUDUL_TABEL.t33,
    kolom: kolom(KOLOM_33(t.tahun), "tktnnn"),
    baris: keBaris(
      no(t.t33),
      t.t33.map((b) => b.indikator),
      t.t33.map((b) => TEKS_JENIS_TARGET[b.jenisTarget]),
      kolomSatuan(
        t.t33.map((b) => b.targetAkhir),
        satuan(k),
      ),
      kolomSatuan(
        t.t33.map((b) => b.realisasiSampai),
        satuan(k),
      ),
      kolomPersen(t.t33.map((b) => b.capaian)),
    ),
    catatan: catatan(
      CATATAN_METODE.t33,
      t.t33.map((b) => ({ nama: b.indikator, nilai: [b.capaian] })),
    ),
  };
};

const tabel34 = ({ t, hilang }: KonteksBab3): TabelDokumen | undefined => {
  if (hilang.has("lembarAnggaran")) return undefined;
  return {
    judul: JUDUL_TABEL.t34,
    kolom: kolom(KOLOM_34(t.tahun), "tkknnnnnt"),
    baris: keBaris(
      no(t.t34),
      t.t34.map((b) => b.program),
      t.t34.map((b) => b.indikatorTerkait),
      kolomRupiah(t.t34.map((b) => b.pagu)),
      kolomRupiah(t.t34.map((b) => b.realisasiAnggaran)),
      kolomPersen(t.t34.map((b) => b.serapan)),
      kolomPersen(t.t34.map((b) => b.capaianKinerja)),
      kolomPersen(t.t34.map((b) => b.efisiensi)),
      t.t34.map((b) => b.keterangan),
    ),
    catatan: catatan(
      CATATAN_METODE.t34,
      t.t34.map((b) => ({ nama: b.program, nilai: [b.serapan] })),
    ),
  };
};

const tabel35 = ({ t }: KonteksBab3): TabelDokumen => ({
  judul: JUDUL_TABEL.t35,
  kolom: kolom(KOLOM_35(t.tahun), "tkniii"),
  baris: keBaris(
    no(t.t35),
    t.t35.map((b) => b.indikator),
    kolomPersen(t.t35.map((b) => b.capaian)),
    t.t35.map((b) => b.faktorPendukung),
    t.t35.map((b) => b.faktorPenghambat),
    t.t35.map((b) => b.upayaPerbaikan),
  ),
  catatan: [TEKS.catatanMetode(CATATAN_METODE.t35)],
});

const tabel36 = ({ t }: KonteksBab3): TabelDokumen => {
  const baris = [...t.t36.sasaran, { no: "", sasaran: BARIS_RATA_RATA_PD, ...t.t36.perangkatDaerah }];
  return {
    judul: JUDUL_TABEL.t36(t.tahun),
    kolom: kolom(KOLOM_36(t.tahun), "tknnnnnt"),
    baris: keBaris(
      baris.map((b) => String(b.no)),
      baris.map((b) => b.sasaran),
      baris.map((b) => String(b.jumlahIndikator)),
      baris.map((b) => String(b.tercapai)),
      baris.map((b) => String(b.tidakTercapai)),
      baris.map((b) => String(b.belumDapatDiukur)),
      kolomPersen(baris.map((b) => b.rataRata)),
      baris.map((b) => b.predikat),
    ),
    tebal: [baris.length - 1],
    catatan: [TEKS.catatanMetode(CATATAN_METODE.t36)],
  };
};

const tabel37 = (k: KonteksBab3): TabelDokumen => {
  const { t } = k;
  const tahun = t.t37[0]?.tahun.map((x) => x.tahun) ?? [];
  return {
    judul: JUDUL_TABEL.t37(k.data.periode.awal, t.tahun),
    kolom: kolom(KOLOM_37(tahun), "tkn" + "nn".repeat(tahun.length)),
    baris: keBaris(
      no(t.t37),
      t.t37.map((b) => b.indikator),
      kolomSatuan(
        t.t37.map((b) => b.kondisiAwal),
        satuan(k),
      ),
      ...tahun.flatMap((_, j) => [
        kolomSatuan(
          t.t37.map((b) => b.tahun[j].realisasi),
          satuan(k),
        ),
        kolomPersen(t.t37.map((b) => b.tahun[j].capaian)),
      ]),
    ),
    catatan: [TEKS.catatanMetode(CATATAN_METODE.t37)],
  };
};

const tabel38 = (k: KonteksBab3): TabelDokumen => {
  const { t } = k;
  const kolom38 = kolom(KOLOM_38(t.tahun), "tknnttt");
  const catatan38 = [TEKS.catatanMetode(CATATAN_METODE.t38)];
  if (t.t38.length === 0)
    return {
      judul: JUDUL_TABEL.t38,
      kolom: kolom38,
      baris: [["", TEKS_TANPA_STANDAR, "", "", "", "", ""]],
      catatan: catatan38,
    };
  // Tabel 3.8 lists only the indicators with a standard: their units by name
  const satuanMenurutNama = new Map(k.data.indikator.map((i) => [i.nama, i.satuan]));
  const satuan38 = t.t38.map((b) => satuanMenurutNama.get(b.indikator) ?? "");
  return {
    judul: JUDUL_TABEL.t38,
    kolom: kolom38,
    baris: keBaris(
      no(t.t38),
      t.t38.map((b) => b.indikator),
      kolomSatuan(
        t.t38.map((b) => b.realisasi),
        satuan38,
      ),
      kolomSatuan(
        t.t38.map((b) => b.standar),
        satuan38,
      ),
      t.t38.map((b) => b.tingkat),
      t.t38.map((b) => b.sumber),
      t.t38.map((b) => b.keterangan),
    ),
    catatan: catatan38,
  };
};

/** A saved value the table can print: a number or an error; anything else is blank. */
const angkaAtauGalat = (v: unknown): NilaiLaporan | null =>
  typeof v === "number" || adalahGalat(v) ? v : null;

/** Each row's sasaran, carried down from the first row of its group, so the column merges over the group. */
function sasaranTurun(baris: readonly { sasaran: string }[]): string[] {
  let lalu = "";
  return baris.map((b) => (lalu = b.sasaran || lalu));
}

function tabel39(k: KonteksBab3): TabelDokumen | undefined {
  const { t } = k;
  const kolom39 = kolom(KOLOM_39(t.tahun), "tgtkknnnnnn");
  const catatan39 = [TEKS.catatanMetode(CATATAN_PENDUKUNG.t39)];
  if (k.t39 && !k.t39.ada) {
    if (!("tanpaCascade" in k.t39)) return undefined;
    return {
      judul: JUDUL_TABEL_PENDUKUNG.t39,
      kolom: kolom39,
      baris: [["", TEKS_TANPA_CASCADE, "", "", "", "", "", "", "", "", ""]],
      catatan: catatan39,
    };
  }
  const [baris, satuan]: [Baris39[], string[]] = k.t39?.ada
    ? [k.t39.baris, k.t39.satuan]
    : [t.t39, t.t39.map(() => "")];
  // Without a cascade the table says so in one row, as the sheet's does
  if (baris.length === 0) return tabel39({ ...k, t39: { ada: false, tanpaCascade: true } });
  return {
    judul: JUDUL_TABEL_PENDUKUNG.t39,
    kolom: kolom39,
    baris: keBaris(
      no(baris),
      sasaranTurun(baris),
      baris.map((b) => b.kode),
      baris.map((b) => b.nama),
      baris.map((b) => b.indikator),
      kolomSatuan(
        baris.map((b) => angkaAtauGalat(b.target)),
        satuan,
      ),
      kolomSatuan(
        baris.map((b) => b.realisasi),
        satuan,
      ),
      kolomPersen(baris.map((b) => b.capaian)),
      kolomRupiah(baris.map((b) => angkaAtauGalat(b.pagu))),
      kolomRupiah(baris.map((b) => b.realisasiAnggaran)),
      kolomPersen(baris.map((b) => b.serapan)),
    ),
    catatan: catatan(
      CATATAN_PENDUKUNG.t39,
      baris.map((b) => ({
        nama: [b.kode, b.indikator].filter(Boolean).join(" "),
        // One line per row: its cells share the one reason the Evaluasi Renja row gives
        nilai: [angkaAtauGalat(b.target) ?? "", b.realisasi, b.capaian, b.realisasiAnggaran, b.serapan]
          .filter(adalahGalat)
          .slice(0, 1),
      })),
    ),
  };
}

const tabel310 = ({ t, hilang }: KonteksBab3): TabelDokumen | undefined => {
  if (hilang.has("lembarAnggaran") || t.t310.length === 0) return undefined;
  const baris = [
    ...t.t310.map((b) => ({ ...b, no: String(b.no) })),
    { no: "", sasaran: "", program: TEKS_JUMLAH, ...t.jumlah310 },
  ];
  return {
    judul: JUDUL_TABEL_PENDUKUNG.t310,
    kolom: kolom(KOLOM_310(t.tahun), "tgknnnn"),
    baris: keBaris(
      baris.map((b) => b.no),
      baris.map((b) => b.sasaran),
      baris.map((b) => b.program),
      kolomRupiah(baris.map((b) => b.pagu)),
      kolomRupiah(baris.map((b) => b.realisasiAnggaran)),
      kolomRupiah(baris.map((b) => b.sisa)),
      kolomPersen(baris.map((b) => b.serapan)),
    ),
    tebal: [baris.length - 1],
    catatan: catatan(
      CATATAN_PENDUKUNG.t310,
      // One line per program: its cells share the one reason
      t.t310.map((b) => ({
        nama: b.program,
        nilai: [b.pagu, b.realisasiAnggaran, b.sisa, b.serapan].filter(adalahGalat).slice(0, 1),
      })),
    ),
  };
};

/** Bab III B, the budget realisation: its tables in their order. */
export const TABEL_BAB3B: ReadonlyArray<(k: KonteksBab3) => TabelDokumen | undefined> = [tabel310];

/** The tables of Bab III A in their order; a builder returns undefined when its inputs are missing. */
export const TABEL_BAB3: ReadonlyArray<(k: KonteksBab3) => TabelDokumen | undefined> = [
  tabel31,
  tabel32,
  tabel33,
  tabel34,
  tabel35,
  tabel36,
  tabel37,
  tabel38,
  tabel39,
];
