/**
 * The LKjIP draft as a Word document: Bab II's Perjanjian Kinerja tables, then Bab III with the
 * ikhtisar, the figures, one drafted paragraph per sasaran and the numbered tables. Wide tables get
 * landscape pages; every page carries its number. Values come from the domain (src/domain/lkjip).
 */
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
} from "docx";
import { CATATAN_GRAFIK_TERBATAS, JUDUL_GRAFIK } from "../domain/judul-lkjip";
import { hitungLkjip, DataLaporan, TabelLkjip } from "../domain/lkjip";
import { ikhtisar, paragrafSasaran } from "../domain/narasi-lkjip";
import { Arah, GAYA_DRAF, HALAMAN, sifatHalaman, UKURAN } from "./docx/gaya-draf";
import { Batang, gambarGrafik, potongGrafik } from "./docx/grafik";
import { batangTampil } from "../domain/batas-grafik";
import { keterangan, uraiJudul } from "./docx/keterangan";
import { arahTabel } from "./docx/lebar-kolom";
import { isiKolom, TabelDokumen, tabelWord } from "./docx/tabel";
import { tabelPk, tabelPkProgram } from "./docx/tabel-bab2";
import { BagianHilang } from "./bagian-hilang";
import { KonteksBab3, TABEL_BAB3, TABEL_BAB3B } from "./docx/tabel-bab3";
import type { Tabel39Dibaca } from "./baca-pendukung";
import { TEKS } from "./docx/teks-draf";

type Isi = Paragraph | Table;

/** A run of content that wants one page orientation. */
interface Blok {
  arah: Arah;
  isi: Isi[];
}

export interface OpsiBab3 {
  /** Parts of the workbook that were missing; their tables are left out. */
  hilang?: readonly BagianHilang[];
  /** Tabel 3.9 as the saved LKjIP sheet shows it. */
  tabel39?: Tabel39Dibaca;
}

const paragraf = (isi: string, miring = false): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text: isi, italics: miring })],
  });

/** A note under a table: smaller, italic, clear of the table's last row. */
const catatan = (isi: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 80, after: 80 },
    children: [new TextRun({ text: isi, italics: true, size: UKURAN.tabel })],
  });

/** A chapter title; `halamanBaru` starts it on a new page. */
const judulBab = (baris: readonly string[], halamanBaru = false): Paragraph[] =>
  baris.map(
    (text, i) => new Paragraph({ heading: "Heading1", text, pageBreakBefore: halamanBaru && i === 0 }),
  );

const subjudul = (text: string, tingkat: "Heading2" | "Heading3" = "Heading2"): Paragraph =>
  new Paragraph({ heading: tingkat, text });

/** Numbers captions in document order per chapter and label, as Word's SEQ fields will. */
class Penomor {
  private readonly hitung = new Map<string, number>();
  berikut(judul: string): number {
    const { label, bab } = uraiJudul(judul);
    const kunci = `${label} ${bab}`;
    const n = (this.hitung.get(kunci) ?? 0) + 1;
    this.hitung.set(kunci, n);
    return n;
  }
}

function blokTabel(t: TabelDokumen, nomor: Penomor, awal: Isi[] = []): Blok {
  const arah = arahTabel(isiKolom(t));
  return {
    arah,
    isi: [
      ...awal,
      keterangan(t.judul, nomor.berikut(t.judul)),
      tabelWord(t, HALAMAN[arah].isi),
      ...t.catatan.map(catatan),
    ],
  };
}

/** The picture of one part of a figure, centred, kept with what follows. */
const paragrafGambar = (batang: readonly Batang[]): Paragraph => {
  const g = gambarGrafik(batang);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // Single spacing: a proportional line height would clip the picture to one line in LibreOffice
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({ type: "png", data: g.png, transformation: { width: g.lebar, height: g.tinggi } }),
    ],
  });
};

/**
 * A figure: the chart (in as many pictures as it needs pages), then its caption under it; notes name
 * what could not be drawn and, for a very long list, which bars were chosen.
 */
function blokGrafik(
  judul: string,
  batang: Batang[],
  tanpa: string[],
  nomor: Penomor,
  terbatas?: string,
): Blok {
  const isi: Isi[] = [];
  if (batang.length > 0) isi.push(...potongGrafik(batang).map(paragrafGambar));
  else isi.push(paragraf(TEKS.tanpaGrafik, true));
  isi.push(keterangan(judul, nomor.berikut(judul), { lanjutBawah: false }));
  if (terbatas) isi.push(paragraf(terbatas, true));
  if (tanpa.length > 0 && batang.length > 0) isi.push(paragraf(TEKS.tidakDigambar(tanpa), true));
  return { arah: "tegak", isi };
}

/**
 * The rows a figure draws: the first BATAS_BATANG_GRAFIK, as the workbook's chart does, and the
 * note that says so when there are more.
 */
function terbatas<T>(baris: readonly T[], catatan: (tampil: number, semua: number) => string) {
  const tampil = batangTampil(baris.length);
  return {
    baris: baris.slice(0, tampil),
    catatan: tampil < baris.length ? catatan(tampil, baris.length) : undefined,
  };
}

/** Grafik 3.1: capaian per indicator, labelled with Tabel 3.1's numbers. */
function grafik31(t: TabelLkjip, nomor: Penomor): Blok {
  const { baris, catatan } = terbatas(t.t31, CATATAN_GRAFIK_TERBATAS.g31);
  const batang = baris.flatMap((b) =>
    typeof b.capaian === "number" ? [{ label: `${b.no}. ${b.indikator}`, capaian: b.capaian }] : [],
  );
  const tanpa = baris.filter((b) => typeof b.capaian !== "number").map((b) => b.indikator);
  return blokGrafik(JUDUL_GRAFIK.g31(t.tahun), batang, tanpa, nomor, catatan);
}

/** Grafik 3.2: each sasaran's mean capaian, labelled with Tabel 3.6's numbers. */
function grafik32(t: TabelLkjip, nomor: Penomor): Blok {
  const { baris, catatan } = terbatas(t.t36.sasaran, CATATAN_GRAFIK_TERBATAS.g32);
  const batang = baris.flatMap((b) =>
    typeof b.rataRata === "number" ? [{ label: `${b.no}. ${b.sasaran}`, capaian: b.rataRata }] : [],
  );
  const tanpa = baris.filter((b) => typeof b.rataRata !== "number").map((b) => b.sasaran);
  return blokGrafik(JUDUL_GRAFIK.g32(t.tahun), batang, tanpa, nomor, catatan);
}

function bab2(data: DataLaporan, n: number, nomor: Penomor): Blok[] {
  const program = tabelPkProgram(data, n);
  return [
    {
      arah: "tegak",
      isi: [...judulBab(TEKS.bab2), subjudul(TEKS.bab2B), paragraf(TEKS.pengantarPk(data.instansi, n))],
    },
    blokTabel(tabelPk(data, n), nomor),
    ...(program ? [blokTabel(program, nomor)] : []),
  ];
}

function bab3(k: KonteksBab3, nomor: Penomor): Blok[] {
  const { data, t } = k;
  const buat = (daftar: typeof TABEL_BAB3) => daftar.map((b) => b(k)).filter((x): x is TabelDokumen => !!x);
  const tabel = buat(TABEL_BAB3);
  const tabelB = buat(TABEL_BAB3B);
  return [
    {
      arah: "tegak",
      isi: [
        ...judulBab(TEKS.bab3, true),
        paragraf(TEKS.petunjuk, true),
        subjudul(TEKS.bab3A),
        subjudul(TEKS.ikhtisar, "Heading3"),
        paragraf(ikhtisar(t, data)),
      ],
    },
    grafik31(t, nomor),
    grafik32(t, nomor),
    {
      arah: "tegak",
      isi: [
        subjudul(TEKS.analisisSasaran, "Heading3"),
        ...paragrafSasaran(t, data).map((p) => paragraf(p.teks)),
      ],
    },
    // The heading travels with the first table, so a landscape page does not leave it behind
    ...tabel.map((x, i) => blokTabel(x, nomor, i === 0 ? [subjudul(TEKS.rincian, "Heading3")] : [])),
    ...tabelB.map((x, i) => blokTabel(x, nomor, i === 0 ? [subjudul(TEKS.bab3B)] : [])),
  ];
}

/** Neighbouring blocks of one orientation share a section; every section numbers its pages on. */
function bagian(blok: readonly Blok[]) {
  const kelompok: Blok[] = [];
  for (const b of blok) {
    const akhir = kelompok[kelompok.length - 1];
    if (akhir && akhir.arah === b.arah) akhir.isi.push(...b.isi);
    else kelompok.push({ arah: b.arah, isi: [...b.isi] });
  }
  const kaki = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    });
  return kelompok.map((k) => ({
    properties: sifatHalaman(k.arah),
    footers: { default: kaki() },
    children: k.isi,
  }));
}

/** The Word document of the draft for year `n`. */
export function dokumenBab3(data: DataLaporan, n: number, opsi: OpsiBab3 = {}): Document {
  const t = hitungLkjip(data, n);
  const nomor = new Penomor();
  const hilang = new Set(opsi.hilang ?? []);
  return new Document({
    creator: "IKU Kinerja",
    title: `LKjIP ${n} Bab II–III`,
    styles: GAYA_DRAF,
    sections: bagian([...bab2(data, n, nomor), ...bab3({ data, t, hilang, t39: opsi.tabel39 }, nomor)]),
  });
}

/** The .docx file's bytes. */
export const bytesBab3 = (data: DataLaporan, n: number, opsi: OpsiBab3 = {}): Promise<Buffer> =>
  Packer.toBuffer(dokumenBab3(data, n, opsi));
