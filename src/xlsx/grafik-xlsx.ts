/**
 * The plan's charts as DrawingML parts of the .xlsx package (ExcelJS writes none): per chart a
 * chart part (xl/charts/chartN.xml), per sheet with charts a drawing that anchors them to cells
 * (xl/drawings/drawingN.xml) with its relationships, the sheet's `<drawing r:id>` and its
 * relationship, and the content types. The series refer to the sheet's ranges; no cached values
 * are written, so the application computes them on opening, as it does the formulas.
 */
import { uraiSel } from "../workbook/alamat";
import { Grafik } from "../workbook/rencana";
import { lindungiXml } from "./teks-xml";
import { sesudah } from "./urutan-lembar";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const JENIS_ISI = {
  grafik: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  gambar: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;
const REL = { gambar: `${NS_R}/drawing`, grafik: `${NS_R}/chart` } as const;
const KEPALA_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The bars' and the line's colours: the documents' blue and a red that reads as "the target". */
const WARNA = { batang: "2E75B6", garis: "C00000" } as const;
/** Axis ids, shared by the bars and the line so both use the same axes. */
const SUMBU = { kategori: 500100, nilai: 500200 } as const;

/**
 * A range with the sheet name as a chart formula wants it: absolute, "'LKjIP'!$B$40:$B$49".
 *
 * @example rujukanMutlak("'LKjIP'!B40:B49") // "'LKjIP'!$B$40:$B$49"
 */
export function rujukanMutlak(rujukan: string): string {
  const i = rujukan.lastIndexOf("!");
  const alamat = rujukan.slice(i + 1).replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2");
  return `${rujukan.slice(0, i + 1)}${alamat}`;
}

const nilaiAtribut = (tag: string, nilai: string | number): string => `<c:${tag} val="${nilai}"/>`;

function teksKaya(teks: string, ukuran: number, tebal: boolean): string {
  const b = tebal ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${ukuran}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="${ukuran}"${b}/><a:t>${lindungiXml(teks)}</a:t></a:r></a:p></c:rich>`
  );
}

function seri(i: number, nama: string, kategori: string, nilai: string, isi: string): string {
  return (
    `<c:ser>${nilaiAtribut("idx", i)}${nilaiAtribut("order", i)}<c:tx><c:v>${lindungiXml(nama)}</c:v></c:tx>${isi}` +
    `<c:cat><c:strRef><c:f>${lindungiXml(rujukanMutlak(kategori))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${lindungiXml(rujukanMutlak(nilai))}</c:f></c:numRef></c:val>`
  );
}

const sumbuId = `${nilaiAtribut("axId", SUMBU.kategori)}${nilaiAtribut("axId", SUMBU.nilai)}`;

function batang(g: Grafik): string {
  const isi =
    `<c:spPr><a:solidFill><a:srgbClr val="${WARNA.batang}"/></a:solidFill></c:spPr>` +
    nilaiAtribut("invertIfNegative", 0);
  return (
    `<c:barChart>${nilaiAtribut("barDir", g.jenis === "batang" ? "bar" : "col")}${nilaiAtribut("grouping", "clustered")}` +
    `${nilaiAtribut("varyColors", 0)}${seri(0, g.namaSeri, g.kategori, g.nilai, isi)}</c:ser>` +
    `${nilaiAtribut("gapWidth", 80)}${sumbuId}</c:barChart>`
  );
}

function garis(g: Grafik, l: NonNullable<Grafik["garis"]>): string {
  const isi =
    `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${WARNA.garis}"/></a:solidFill></a:ln></c:spPr>` +
    `<c:marker>${nilaiAtribut("symbol", "none")}</c:marker>`;
  return (
    `<c:lineChart>${nilaiAtribut("grouping", "standard")}${nilaiAtribut("varyColors", 0)}` +
    `${seri(1, l.namaSeri, g.kategori, l.nilai, isi)}${nilaiAtribut("smooth", 0)}</c:ser>` +
    `${nilaiAtribut("marker", 1)}${sumbuId}</c:lineChart>`
  );
}

function sumbu(g: Grafik): string {
  // Horizontal bars list the first category on top, as the Office.js writer's reversePlotOrder.
  const urutan = g.jenis === "batang" ? "maxMin" : "minMax";
  const format = g.formatSumbu
    ? `<c:numFmt formatCode="${lindungiXml(g.formatSumbu)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const tanda = `${nilaiAtribut("majorTickMark", "out")}${nilaiAtribut("minorTickMark", "none")}${nilaiAtribut("tickLblPos", "nextTo")}`;
  return (
    `<c:catAx>${nilaiAtribut("axId", SUMBU.kategori)}<c:scaling>${nilaiAtribut("orientation", urutan)}</c:scaling>` +
    `${nilaiAtribut("delete", 0)}${nilaiAtribut("axPos", g.jenis === "batang" ? "l" : "b")}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${tanda}${nilaiAtribut("crossAx", SUMBU.nilai)}` +
    `${nilaiAtribut("crosses", "autoZero")}${nilaiAtribut("auto", 1)}${nilaiAtribut("lblAlgn", "ctr")}` +
    `${nilaiAtribut("lblOffset", 100)}${nilaiAtribut("noMultiLvlLbl", 0)}</c:catAx>` +
    `<c:valAx>${nilaiAtribut("axId", SUMBU.nilai)}<c:scaling>${nilaiAtribut("orientation", "minMax")}${nilaiAtribut("min", 0)}</c:scaling>` +
    `${nilaiAtribut("delete", 0)}${nilaiAtribut("axPos", g.jenis === "batang" ? "b" : "l")}<c:majorGridlines/>` +
    `${format}${tanda}${nilaiAtribut("crossAx", SUMBU.kategori)}${nilaiAtribut("crosses", "autoZero")}` +
    `${nilaiAtribut("crossBetween", "between")}</c:valAx>`
  );
}

/**
 * One chart part: the bars, the optional line on the same axes, the title; a legend only with a
 * line, as the Office.js writer shows it.
 */
export function xmlGrafik(g: Grafik): string {
  const legenda = g.garis
    ? `<c:legend>${nilaiAtribut("legendPos", "b")}${nilaiAtribut("overlay", 0)}</c:legend>`
    : "";
  return (
    `${KEPALA_XML}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `${nilaiAtribut("roundedCorners", 0)}<c:chart>` +
    `<c:title><c:tx>${teksKaya(g.judul, 1200, true)}</c:tx>${nilaiAtribut("overlay", 0)}</c:title>` +
    `${nilaiAtribut("autoTitleDeleted", 0)}<c:plotArea><c:layout/>${batang(g)}${g.garis ? garis(g, g.garis) : ""}` +
    `${sumbu(g)}</c:plotArea>${legenda}${nilaiAtribut("plotVisOnly", 1)}${nilaiAtribut("dispBlanksAs", "gap")}` +
    `</c:chart></c:chartSpace>`
  );
}

/** A cell corner as the drawing counts it: 0-based column and row, no offset. */
const sudut = (tag: string, kolom: number, baris: number): string =>
  `<xdr:${tag}><xdr:col>${kolom}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${baris}</xdr:row>` +
  `<xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * A sheet's drawing: each chart from the top-left of `dari` to the bottom-right of `sampai`, as
 * Office.js's setPosition places it; `rId` names each chart's relationship.
 */
export function xmlGambar(grafik: ReadonlyArray<{ g: Grafik; rId: string }>): string {
  const jangkar = grafik.map(({ g, rId }, i) => {
    const a = uraiSel(g.dari);
    const b = uraiSel(g.sampai);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${sudut("from", a.kolom - 1, a.baris - 1)}${sudut("to", b.kolom, b.baris)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${lindungiXml(g.judul)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${KEPALA_XML}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${jangkar.join("")}</xdr:wsDr>`;
}

/** A relationships part with these [id, type, target]s. */
export function xmlRelasi(relasi: ReadonlyArray<readonly [string, string, string]>): string {
  const isi = relasi
    .map(
      ([id, jenis, target]) => `<Relationship Id="${id}" Type="${jenis}" Target="${lindungiXml(target)}"/>`,
    )
    .join("");
  return `${KEPALA_XML}<Relationships xmlns="${NS_REL}">${isi}</Relationships>`;
}

/** Relationships added to an existing part (before its closing tag). */
export function tambahRelasi(xml: string, relasi: ReadonlyArray<readonly [string, string, string]>): string {
  const i = xml.lastIndexOf("</Relationships>");
  if (i < 0) throw new Error("bagian relasi tanpa </Relationships>");
  const baru = xmlRelasi(relasi);
  const isi = baru.slice(
    baru.indexOf(">", baru.indexOf("<Relationships")) + 1,
    baru.lastIndexOf("</Relationships>"),
  );
  return xml.slice(0, i) + isi + xml.slice(i);
}

/** Content-type overrides added to [Content_Types].xml. */
export function tambahJenisIsi(xml: string, bagian: ReadonlyArray<readonly [string, string]>): string {
  const i = xml.lastIndexOf("</Types>");
  if (i < 0) throw new Error("[Content_Types].xml tanpa </Types>");
  const isi = bagian.map(
    ([nama, jenis]) => `<Override PartName="${lindungiXml(nama)}" ContentType="${jenis}"/>`,
  );
  return xml.slice(0, i) + isi.join("") + xml.slice(i);
}

/** Elements a worksheet may hold after `drawing` (CT_Worksheet order): the drawing goes before the first. */
const SESUDAH_GAMBAR = sesudah("drawing");

/**
 * A worksheet's XML as ExcelJS writes it (no prefix) with `<drawing r:id>` at its schema place:
 * after the cells and page setup, before the parts listed in SESUDAH_GAMBAR. Cell texts are
 * escaped, so "<" in the tail after sheetData only starts tags.
 */
export function sisipkanGambar(xml: string, rId: string): string {
  const akhirData = xml.lastIndexOf("</sheetData>");
  const dari = akhirData < 0 ? 0 : akhirData;
  const calon = [
    ...SESUDAH_GAMBAR.map((t) => xml.indexOf(`<${t}`, dari)),
    xml.lastIndexOf("</worksheet>"),
  ].filter((i) => i >= 0);
  if (calon.length === 0) throw new Error("lembar tanpa </worksheet>");
  const i = Math.min(...calon);
  const r = /<worksheet\b[^>]*\bxmlns:r=/.test(xml) ? "" : ` xmlns:r="${NS_R}"`;
  return `${xml.slice(0, i)}<drawing${r} r:id="${rId}"/>${xml.slice(i)}`;
}

/** The parts one package gains for the plan's charts, and what changes in the parts it has. */
export interface BagianGrafik {
  /** New parts, by zip path. */
  baru: Map<string, string>;
  /** By 1-based sheet number: the relationship id of its drawing and the drawing's path from the sheet. */
  lembar: Map<number, { rId: string; target: string }>;
  /** Content-type overrides to add. */
  jenisIsi: Array<[string, string]>;
}

/** Relationship id of a sheet's drawing, unlike any ExcelJS writes (rId1, rId2...). */
export const RID_GAMBAR = "rIdGambarIku";

/**
 * The chart, drawing and relationship parts for the charts of each sheet (`grafikPerLembar[i]`
 * belongs to sheet i + 1, as ExcelJS numbers xl/worksheets/sheet{n}.xml).
 */
export function bagianGrafik(grafikPerLembar: ReadonlyArray<readonly Grafik[]>): BagianGrafik {
  const hasil: BagianGrafik = { baru: new Map(), lembar: new Map(), jenisIsi: [] };
  let nomorGrafik = 0;
  let nomorGambar = 0;
  grafikPerLembar.forEach((daftar, i) => {
    if (daftar.length === 0) return;
    const gambar = `drawing${++nomorGambar}.xml`;
    const relasi: Array<[string, string, string]> = [];
    const isi = daftar.map((g, j) => {
      const nama = `chart${++nomorGrafik}.xml`;
      hasil.baru.set(`xl/charts/${nama}`, xmlGrafik(g));
      hasil.jenisIsi.push([`/xl/charts/${nama}`, JENIS_ISI.grafik]);
      const rId = `rId${j + 1}`;
      relasi.push([rId, REL.grafik, `../charts/${nama}`]);
      return { g, rId };
    });
    hasil.baru.set(`xl/drawings/${gambar}`, xmlGambar(isi));
    hasil.baru.set(`xl/drawings/_rels/${gambar}.rels`, xmlRelasi(relasi));
    hasil.jenisIsi.push([`/xl/drawings/${gambar}`, JENIS_ISI.gambar]);
    hasil.lembar.set(i + 1, { rId: RID_GAMBAR, target: `../drawings/${gambar}` });
  });
  return hasil;
}

/** The relationship from a sheet to its drawing. */
export const relasiGambar = (rId: string, target: string): [string, string, string] => [
  rId,
  REL.gambar,
  target,
];
