/**
 * Bab III of the LKjIP as a Word document: the five tables with their method notes and one draft
 * paragraph per sasaran, for the planner to edit. Values come from the domain (src/domain/lkjip).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { adalahGalat } from "../domain/galat";
import {
  CATATAN_METODE,
  JUDUL_TABEL,
  KOLOM_31,
  KOLOM_32,
  KOLOM_33,
  KOLOM_34,
  KOLOM_35,
  TEKS_JENIS_TARGET,
} from "../domain/judul-lkjip";
import {
  DataLaporan,
  hitungLkjip,
  Isian,
  NilaiLaporan,
  perubahanDalamPoin,
  TabelLkjip,
} from "../domain/lkjip";
import { paragrafSasaran } from "../domain/narasi-lkjip";
import { angkaDokumen, persenDokumen } from "../domain/tulis-angka";

const UKURAN = 18; // half-points: 9 pt, so nine columns fit an A4 page
const HURUF = "Arial";

/** A value in its indicator's unit: shares are stored as fractions and printed as percentages. */
const dalamSatuan = (v: Isian | NilaiLaporan, satuan: string): string => {
  if (v === null || v === "" || typeof v !== "number") return "";
  return satuan.trim() === "%" ? persenDokumen(v) : angkaDokumen(v);
};

/** Perubahan: points for a percent indicator (perubahanDalamPoin), else the indicator's unit. */
const perubahanDalamSatuan = (v: NilaiLaporan, satuan: string): string =>
  typeof v === "number" && perubahanDalamPoin(satuan) ? `${angkaDokumen(v)} poin` : dalamSatuan(v, satuan);

const persen = (v: NilaiLaporan): string => (typeof v === "number" ? persenDokumen(v) : "");
const rupiah = (v: Isian): string => (v === null ? "" : angkaDokumen(v, 0));

/** A computed cell the rules refused shows a mark that points to the note under the table. */
function sel(teks: string, kanan = false, judul = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: kanan ? AlignmentType.RIGHT : judul ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: teks, bold: judul, size: UKURAN, font: HURUF })],
      }),
    ],
    shading: judul ? { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" } : undefined,
  });
}

/** `kanan` marks the columns of numbers. */
function tabel(judul: string[], baris: string[][], kanan: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: judul.map((j) => sel(j, false, true)) }),
      ...baris.map((b) => new TableRow({ children: b.map((t, i) => sel(t, kanan.includes(i))) })),
    ],
  });
}

const teks = (isi: string, opsi: { miring?: boolean; tebal?: boolean } = {}): Paragraph =>
  new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text: isi, italics: opsi.miring, bold: opsi.tebal, size: 22, font: HURUF })],
  });

const judulTabel = (isi: string): Paragraph =>
  new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: isi, bold: true, size: 22, font: HURUF })],
  });

/** The refused computations of one table, named by indicator, with the domain's message. */
function catatanGalat(butir: Array<{ nama: string; nilai: NilaiLaporan[] }>): Paragraph[] {
  return butir.flatMap(({ nama, nilai }) =>
    nilai
      .filter(adalahGalat)
      .map((g) => teks(`Tidak dapat dihitung untuk ${nama}: ${g.pesan.id}`, { miring: true })),
  );
}

const TANDA_GALAT = "tidak dapat dihitung";
const tampil = (v: NilaiLaporan, tulis: (v: NilaiLaporan) => string): string =>
  adalahGalat(v) ? TANDA_GALAT : tulis(v);

function bagianTabel(data: DataLaporan, t: TabelLkjip): Array<Paragraph | Table> {
  const n = t.tahun;
  const satuan = data.indikator.map((i) => i.satuan);
  const catatan = (isi: string) => teks(`Catatan metode: ${isi}`, { miring: true });
  return [
    judulTabel(JUDUL_TABEL.t31(n)),
    tabel(
      KOLOM_31(n),
      t.t31.map((b, i) => [
        String(b.no),
        b.sasaran,
        b.indikator,
        b.satuan,
        dalamSatuan(b.target, satuan[i]),
        dalamSatuan(b.realisasi, satuan[i]),
        tampil(b.capaian, persen),
        b.predikat,
      ]),
      [4, 5, 6],
    ),
    catatan(CATATAN_METODE.t31),
    ...catatanGalat(t.t31.map((b) => ({ nama: b.indikator, nilai: [b.capaian] }))),

    judulTabel(JUDUL_TABEL.t32),
    tabel(
      KOLOM_32(n, data.periode.awal),
      t.t32.map((b, i) => [
        String(b.no),
        b.indikator,
        dalamSatuan(b.realisasiLalu, satuan[i]),
        dalamSatuan(b.realisasi, satuan[i]),
        tampil(b.capaianLalu, persen),
        tampil(b.capaian, persen),
        perubahanDalamSatuan(b.perubahan, satuan[i]),
        b.keterangan,
      ]),
      [2, 3, 4, 5, 6],
    ),
    catatan(CATATAN_METODE.t32),
    ...catatanGalat(t.t32.map((b) => ({ nama: b.indikator, nilai: [b.capaianLalu] }))),

    judulTabel(JUDUL_TABEL.t33),
    tabel(
      KOLOM_33(n),
      t.t33.map((b, i) => [
        String(b.no),
        b.indikator,
        TEKS_JENIS_TARGET[b.jenisTarget],
        dalamSatuan(b.targetAkhir, satuan[i]),
        dalamSatuan(b.realisasiSampai, satuan[i]),
        tampil(b.capaian, persen),
      ]),
      [3, 4, 5],
    ),
    catatan(CATATAN_METODE.t33),
    ...catatanGalat(t.t33.map((b) => ({ nama: b.indikator, nilai: [b.capaian] }))),

    judulTabel(JUDUL_TABEL.t34),
    tabel(
      KOLOM_34(n),
      t.t34.map((b) => [
        String(b.no),
        b.program,
        b.indikatorTerkait,
        rupiah(b.pagu),
        rupiah(b.realisasiAnggaran),
        tampil(b.serapan, persen),
        tampil(b.capaianKinerja, persen),
        tampil(b.efisiensi, persen),
        b.keterangan,
      ]),
      [3, 4, 5, 6, 7],
    ),
    catatan(CATATAN_METODE.t34),
    ...catatanGalat(t.t34.map((b) => ({ nama: b.program, nilai: [b.serapan] }))),

    judulTabel(JUDUL_TABEL.t35),
    tabel(
      KOLOM_35(n),
      t.t35.map((b) => [
        String(b.no),
        b.indikator,
        tampil(b.capaian, persen),
        b.faktorPendukung,
        b.faktorPenghambat,
        b.upayaPerbaikan,
      ]),
      [2],
    ),
    catatan(CATATAN_METODE.t35),
  ];
}

/** The Word document of Bab III for year `n`. */
export function dokumenBab3(data: DataLaporan, n: number): Document {
  const t = hitungLkjip(data, n);
  const isi: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, text: "BAB III" }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      text: "AKUNTABILITAS KINERJA",
    }),
    teks(`${data.instansi} — Tahun ${n}`, { tebal: true }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: "A. Capaian Kinerja Organisasi" }),
    teks(
      "Draf ini disusun otomatis dari buku kerja IKU. Periksa angka-angkanya, lalu lengkapi uraian setiap sasaran.",
      { miring: true },
    ),
    ...paragrafSasaran(t).map((p) => teks(p.teks)),
    ...bagianTabel(data, t),
  ];
  return new Document({
    creator: "IKU Kinerja",
    title: `LKjIP ${n} Bab III`,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 }, // A4 in twips
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: isi,
      },
    ],
  });
}

/** The .docx file's bytes. */
export const bytesBab3 = (data: DataLaporan, n: number): Promise<Buffer> =>
  Packer.toBuffer(dokumenBab3(data, n));
