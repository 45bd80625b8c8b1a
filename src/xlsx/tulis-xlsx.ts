import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kotak, sel, uraiSel } from "../workbook/alamat";
import { Blok, Gaya, IsianRumus, RencanaBuku, RencanaLembar, Sel, adalahRumus } from "../workbook/rencana";
import { ringkasLembar } from "../workbook/ringkas";
import { marginCetak, teksKakiHalaman, teksKepalaHalaman } from "../workbook/kepala-halaman";
import { tulisBerkasBaru } from "./berkas-bebas";
import { argb, terapkanGaya } from "./gaya-xlsx";
import {
  bagianGrafik,
  relasiGambar,
  sisipkanGambar,
  tambahJenisIsi,
  tambahRelasi,
  xmlRelasi,
} from "./grafik-xlsx";
import { atribut } from "./teks-xml";
import { ZipBaca } from "./zip-baca";
import { ZipTulis } from "./zip-tulis";
import { sesudah } from "./urutan-lembar";

/** Every cell of a range "B7:E9" (or a single cell) as [column, row]. */
function selDalam(alamat: string): Array<[number, number]> {
  const [a, b = a] = alamat.split(":");
  const awal = uraiSel(a);
  const akhir = uraiSel(b);
  const hasil: Array<[number, number]> = [];
  for (let r = awal.baris; r <= akhir.baris; r++)
    for (let k = awal.kolom; k <= akhir.kolom; k++) hasil.push([k, r]);
  return hasil;
}

/** A formula by its kind; a text stays a string value whatever it starts with. */
const isiSel = (v: Exclude<Sel, null>): ExcelJS.CellValue =>
  adalahRumus(v) ? { formula: v.rumus.slice(1), date1904: false } : v;

function tulisBlok(ws: ExcelJS.Worksheet, blok: Blok): void {
  const { kolom, baris } = uraiSel(blok.alamat);
  blok.nilai.forEach((deret, i) =>
    deret.forEach((v, j) => {
      if (v === null) return;
      ws.getCell(sel(kolom + j, baris + i)).value = isiSel(v);
    }),
  );
}

/**
 * A filled formula as one shared formula: the top-left cell holds it with the rectangle it covers,
 * the others point to it, as Excel saves a filled column (smaller files, faster to load).
 */
function tulisIsian(ws: ExcelJS.Worksheet, { alamat, rumus }: IsianRumus): void {
  const [awal] = alamat.split(":");
  // ExcelJS's typings lack the master's shareType and ref, which its writer reads.
  const induk = { formula: rumus.slice(1), shareType: "shared", ref: alamat, date1904: false };
  for (const [k, r] of selDalam(alamat)) {
    const a = sel(k, r);
    ws.getCell(a).value =
      a === awal ? (induk as ExcelJS.CellFormulaValue) : { sharedFormula: awal, date1904: false };
  }
}

/** Formats apply in plan order, later over earlier, as the Office.js writer does. */
function tulisGaya(ws: ExcelJS.Worksheet, rencana: RencanaLembar): void {
  const gaya = new Map<string, Gaya>();
  for (const f of rencana.format) {
    for (const [k, r] of selDalam(f.alamat)) {
      const a = sel(k, r);
      gaya.set(a, { ...gaya.get(a), ...f.gaya });
    }
  }
  for (const [a, g] of gaya) terapkanGaya(ws.getCell(a), g);
}

function tulisAturan(ws: ExcelJS.Worksheet, rencana: RencanaLembar): void {
  for (const v of rencana.validasi) {
    for (const [k, r] of selDalam(v.alamat)) {
      ws.getCell(sel(k, r)).dataValidation = {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [-9.99e307, 9.99e307],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: v.judul,
        error: v.pesan,
      };
    }
  }
  rencana.formatBersyarat.forEach((f, i) => {
    const isi = argb(f.warnaIsi);
    ws.addConditionalFormatting({
      ref: f.alamat,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [f.rumus.replace(/^=/, "")],
          stopIfTrue: f.berhenti,
          style: {
            fill: { type: "pattern", pattern: "solid", fgColor: { argb: isi }, bgColor: { argb: isi } },
            font: { color: { argb: argb(f.warnaFont) } },
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  });
}

function tulisTataLetak(ws: ExcelJS.Worksheet, rencana: RencanaLembar): void {
  for (const g of rencana.gabung) ws.mergeCells(g);
  for (const [h, lebar] of Object.entries(rencana.lebarKolom)) ws.getColumn(h).width = lebar;
  for (const [b, tinggi] of Object.entries(rencana.tinggiBaris)) ws.getRow(Number(b)).height = tinggi;
  const tingkat = Object.entries(rencana.tingkatBaris);
  if (tingkat.length > 0) {
    for (const [b, t] of tingkat) ws.getRow(Number(b)).outlineLevel = t;
    ws.properties.outlineLevelRow = Math.max(...tingkat.map(([, t]) => t));
    // A program above its kegiatan: the summary row stands above its details.
    ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  }
  const beku = rencana.bekukan;
  if (beku && (beku.baris > 0 || beku.kolom > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: beku.kolom,
        ySplit: beku.baris,
        topLeftCell: kotak(beku.kolom + 1, beku.baris + 1),
      },
    ];
  }
  const cetak = rencana.cetak;
  if (cetak) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4, the paper of Indonesian government documents
      orientation: cetak.orientasi === "lanskap" ? "landscape" : "portrait",
      fitToPage: cetak.pasLebarHalaman,
      scale: cetak.pasLebarHalaman ? 100 : (cetak.skala ?? 100),
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      pageOrder: cetak.menyampingDulu ? "overThenDown" : "downThenOver",
      margins: (({ kiri, kanan, atas, bawah, kepala, kaki }) => ({
        left: kiri,
        right: kanan,
        top: atas,
        bottom: bawah,
        header: kepala,
        footer: kaki,
      }))(marginCetak(cetak.kepalaHalaman !== undefined)),
      printTitlesRow: cetak.barisJudul?.replace(/\$/g, ""),
      printTitlesColumn: cetak.kolomJudul?.replace(/\$/g, ""),
      // ExcelJS anchors the columns itself ("$A5"); rows are anchored here, as a print area's must be.
      ...(cetak.areaCetak ? { printArea: cetak.areaCetak.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    };
    // ExcelJS breaks below a row: the row above each table's first.
    for (const r of cetak.putusSebelum ?? []) ws.getRow(r - 1).addPageBreak();
    ws.headerFooter = {
      ...(cetak.kepalaHalaman ? { oddHeader: `&C${teksKepalaHalaman(cetak.kepalaHalaman)}` } : {}),
      ...(cetak.kakiHalaman ? { oddFooter: `&R${teksKakiHalaman(cetak.kakiHalaman)}` } : {}),
    };
  }
  if (rencana.warnaTab) ws.properties.tabColor = { argb: argb(rencana.warnaTab) };
}

/** The plan as an ExcelJS workbook; its charts are added to the saved package (lengkapiPaket). */
export function bukuXlsx(rencana: RencanaBuku): ExcelJS.Workbook {
  const buku = new ExcelJS.Workbook();
  buku.creator = "IKU Kinerja";
  for (const l of rencana.lembar) {
    const ws = buku.addWorksheet(l.nama);
    const isi = ringkasLembar(l);
    for (const b of isi.blok) tulisBlok(ws, b);
    for (const f of isi.isian ?? []) tulisIsian(ws, f);
    tulisGaya(ws, l);
    tulisAturan(ws, l);
    tulisTataLetak(ws, l);
  }
  const aktif = Math.max(
    0,
    rencana.lembar.findIndex((l) => l.nama === rencana.aktif),
  );
  buku.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: aktif, visibility: "visible" },
  ];
  return buku;
}

/** Writes the plan to a new .xlsx file, never over an existing one; returns the path written. */
export async function tulisXlsx(rencana: RencanaBuku, berkas: string): Promise<string> {
  const data = await bukuXlsx(rencana).xlsx.writeBuffer();
  return tulisBerkasBaru(berkas, await lengkapiPaket(new Uint8Array(data as ArrayBuffer), rencana));
}

/** The cfRule tags of one sheet's XML whose priority is listed, given stopIfTrue="1". */
export function tandaiBerhenti(xml: string, prioritas: ReadonlySet<number>): string {
  return xml.replace(/<cfRule\b[^>]*>/g, (t) =>
    prioritas.has(Number(atribut(t, "priority"))) && atribut(t, "stopIfTrue") === undefined
      ? t.replace(/^<cfRule\b/, '<cfRule stopIfTrue="1"')
      : t,
  );
}

/** The elements a worksheet's schema puts after colBreaks, in its order. */
const SESUDAH_PUTUS_KOLOM = sesudah("colBreaks");

/**
 * Manual page breaks left of the given columns (1-based), which ExcelJS cannot write: a brk's id
 * is the zero-based index of the column that starts the page, as a row break's is of the row.
 */
export function sisipkanPutusKolom(xml: string, kolom: readonly number[]): string {
  const dari = Math.max(0, xml.lastIndexOf("</sheetData>"));
  const ekor = xml.slice(dari);
  const calon = [
    ...SESUDAH_PUTUS_KOLOM.map((t) => ekor.search(new RegExp(`<${t}[\\s/>]`))).map((i) =>
      i < 0 ? i : dari + i,
    ),
    xml.lastIndexOf("</worksheet>"),
  ].filter((i) => i >= 0);
  if (calon.length === 0) throw new Error("lembar tanpa </worksheet>");
  const i = Math.min(...calon);
  const brk = kolom.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join("");
  return `${xml.slice(0, i)}<colBreaks count="${kolom.length}" manualBreakCount="${kolom.length}">${brk}</colBreaks>${xml.slice(i)}`;
}

/**
 * What ExcelJS 4.4 cannot write, added to its package in one copy: stopIfTrue on the rules that
 * stop, manual column page breaks, and the charts (grafik-xlsx.ts). ExcelJS names the n-th sheet xl/worksheets/sheet{n}.xml
 * and keeps each rule's priority (plan order, from 1).
 */
export async function lengkapiPaket(data: Uint8Array, rencana: RencanaBuku): Promise<Uint8Array> {
  const berhenti = rencana.lembar.map(
    (l) => new Set(l.formatBersyarat.flatMap((f, i) => (f.berhenti ? [i + 1] : []))),
  );
  const putusKolom = rencana.lembar.map((l) => l.cetak?.putusKolomSebelum ?? []);
  const grafik = bagianGrafik(rencana.lembar.map((l) => l.grafik));
  if (
    berhenti.every((p) => p.size === 0) &&
    putusKolom.every((k) => k.length === 0) &&
    grafik.baru.size === 0
  )
    return data;
  const folder = await mkdtemp(join(tmpdir(), "iku-xlsx-"));
  try {
    await writeFile(join(folder, "asal.xlsx"), data);
    const zip = await ZipBaca.buka(join(folder, "asal.xlsx"));
    const zt = await ZipTulis.buat(join(folder, "hasil.xlsx"));
    try {
      const adaRelasi = new Set<number>();
      for (const e of zip.entri) {
        const n = Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(e.nama)?.[1] ?? 0);
        const r = Number(/^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/.exec(e.nama)?.[1] ?? 0);
        const p = berhenti[n - 1];
        const gambar = grafik.lembar.get(n);
        const relasi = grafik.lembar.get(r);
        const kolom = putusKolom[n - 1] ?? [];
        if (n > 0 && ((p && p.size > 0) || kolom.length > 0 || gambar)) {
          let xml = await zip.teksUtuh(e);
          if (p && p.size > 0) xml = tandaiBerhenti(xml, p);
          // Before the drawing, which the schema puts after the breaks.
          if (kolom.length > 0) xml = sisipkanPutusKolom(xml, kolom);
          if (gambar) xml = sisipkanGambar(xml, gambar.rId);
          await zt.tambah(e.nama, [xml]);
        } else if (relasi) {
          adaRelasi.add(r);
          await zt.tambah(e.nama, [
            tambahRelasi(await zip.teksUtuh(e), [relasiGambar(relasi.rId, relasi.target)]),
          ]);
        } else if (e.nama === "[Content_Types].xml" && grafik.jenisIsi.length > 0) {
          await zt.tambah(e.nama, [tambahJenisIsi(await zip.teksUtuh(e), grafik.jenisIsi)]);
        } else await zt.salin(zip, e);
      }
      for (const [n, { rId, target }] of grafik.lembar)
        if (!adaRelasi.has(n))
          await zt.tambah(`xl/worksheets/_rels/sheet${n}.xml.rels`, [xmlRelasi([relasiGambar(rId, target)])]);
      for (const [nama, xml] of grafik.baru) await zt.tambah(nama, [xml]);
      await zt.selesai();
    } catch (x) {
      await zt.batal();
      throw x;
    } finally {
      await zip.tutup();
    }
    return new Uint8Array(await readFile(join(folder, "hasil.xlsx")));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
