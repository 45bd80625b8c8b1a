import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { Grafik, NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import {
  bagianGrafik,
  JENIS_ISI,
  rujukanMutlak,
  sisipkanGambar,
  tambahJenisIsi,
  tambahRelasi,
  xmlGambar,
  xmlGrafik,
  xmlRelasi,
} from "../../src/xlsx/grafik-xlsx";
import { tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { ZipBaca } from "../../src/xlsx/zip-baca";
import { anak, semua, Simpul, urai } from "./pohon-xml";

/**
 * The sequences of the DrawingML chart schema (ECMA-376 Part 1, dml-chart.xsd) for the elements
 * written: every child must be one of these, in this order.
 */
const URUTAN: Record<string, string[]> = {
  "c:chartSpace": [
    "c:date1904",
    "c:lang",
    "c:roundedCorners",
    "c:style",
    "c:clrMapOvr",
    "c:pivotSource",
    "c:protection",
    "c:chart",
    "c:spPr",
    "c:txPr",
    "c:externalData",
    "c:printSettings",
    "c:userShapes",
    "c:extLst",
  ],
  "c:chart": [
    "c:title",
    "c:autoTitleDeleted",
    "c:pivotFmts",
    "c:view3D",
    "c:floor",
    "c:sideWall",
    "c:backWall",
    "c:plotArea",
    "c:legend",
    "c:plotVisOnly",
    "c:dispBlanksAs",
    "c:showDLblsOverMax",
    "c:extLst",
  ],
  "c:title": ["c:tx", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:barChart": [
    "c:barDir",
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:gapWidth",
    "c:overlap",
    "c:serLines",
    "c:axId",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:dropLines",
    "c:hiLowLines",
    "c:upDownBars",
    "c:marker",
    "c:smooth",
    "c:axId",
    "c:extLst",
  ],
  "c:catAx": [
    "c:axId",
    "c:scaling",
    "c:delete",
    "c:axPos",
    "c:majorGridlines",
    "c:minorGridlines",
    "c:title",
    "c:numFmt",
    "c:majorTickMark",
    "c:minorTickMark",
    "c:tickLblPos",
    "c:spPr",
    "c:txPr",
    "c:crossAx",
    "c:crosses",
    "c:crossesAt",
    "c:auto",
    "c:lblAlgn",
    "c:lblOffset",
    "c:tickLblSkip",
    "c:tickMarkSkip",
    "c:noMultiLvlLbl",
    "c:extLst",
  ],
  "c:valAx": [
    "c:axId",
    "c:scaling",
    "c:delete",
    "c:axPos",
    "c:majorGridlines",
    "c:minorGridlines",
    "c:title",
    "c:numFmt",
    "c:majorTickMark",
    "c:minorTickMark",
    "c:tickLblPos",
    "c:spPr",
    "c:txPr",
    "c:crossAx",
    "c:crosses",
    "c:crossesAt",
    "c:crossBetween",
    "c:majorUnit",
    "c:minorUnit",
    "c:dispUnits",
    "c:extLst",
  ],
  "c:scaling": ["c:logBase", "c:orientation", "c:max", "c:min", "c:extLst"],
  "c:legend": ["c:legendPos", "c:legendEntry", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"],
  "c:plotArea": [
    "c:layout",
    "c:barChart",
    "c:lineChart",
    "c:catAx",
    "c:valAx",
    "c:dTable",
    "c:spPr",
    "c:extLst",
  ],
};
const SERI: Record<string, string[]> = {
  "c:barChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:invertIfNegative",
    "c:pictureOptions",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:shape",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:marker",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:smooth",
    "c:extLst",
  ],
};

/** Children out of the schema's order or unknown to it, as "parent: child" texts. */
function salahUrutan(s: Simpul, induk?: string): string[] {
  const urutan = s.nama === "c:ser" && induk ? SERI[induk] : URUTAN[s.nama];
  const salah: string[] = [];
  if (urutan) {
    let terakhir = -1;
    for (const a of anak(s)) {
      const i = urutan.indexOf(a);
      if (i < terakhir || i < 0) salah.push(`${s.nama}: ${a}`);
      terakhir = Math.max(terakhir, i);
    }
  }
  return [...salah, ...s.anak.flatMap((a) => salahUrutan(a, s.nama))];
}

const KOLOM: Grafik = {
  jenis: "kolom",
  judul: "Grafik 3.1 Capaian Kinerja Tahun 2025 & <uji>",
  kategori: "'LKjIP'!B120:B129",
  nilai: "'LKjIP'!D120:D129",
  namaSeri: "Capaian 2025",
  garis: { nilai: "'LKjIP'!E120:E129", namaSeri: "Target 100%" },
  formatSumbu: "0%",
  dari: "B100",
  sampai: "H117",
};
const BATANG: Grafik = {
  jenis: "batang",
  judul: "CAPAIAN",
  kategori: "Dashboard!B5:B14",
  nilai: "Dashboard!F5:F14",
  namaSeri: "Capaian 2025",
  dari: "J4",
  sampai: "R23",
};

describe("rujukanMutlak", () => {
  it.each([
    ["'LKjIP'!B40:B49", "'LKjIP'!$B$40:$B$49"],
    ["IKU!D6", "IKU!$D$6"],
    ["'IKU (2)'!$D$6:D15", "'IKU (2)'!$D$6:$D$15"],
    ["'A!B'!C1:C2", "'A!B'!$C$1:$C$2"],
  ])("%s → %s", (r, h) => expect(rujukanMutlak(r)).toBe(h));
});

describe("xmlGrafik", () => {
  it.each([
    ["columns with a line", KOLOM],
    ["horizontal bars", BATANG],
  ])("writes %s in the chart schema's element order", (_, g) => {
    expect(salahUrutan(urai(xmlGrafik(g)))).toEqual([]);
  });

  it("draws columns and the line on the same two axes, the series reading absolute ranges", () => {
    const c = urai(xmlGrafik(KOLOM));
    expect(semua(c, "c:barDir")[0].atribut.val).toBe("col");
    const [batang, garis] = semua(c, "c:ser");
    const rumus = (s: Simpul) => semua(s, "c:f").map((f) => f.teks);
    expect(rumus(batang)).toEqual(["'LKjIP'!$B$120:$B$129", "'LKjIP'!$D$120:$D$129"]);
    expect(rumus(garis)).toEqual(["'LKjIP'!$B$120:$B$129", "'LKjIP'!$E$120:$E$129"]);
    expect(semua(garis, "c:v")[0].teks).toBe("Target 100%");
    const sumbu = (nama: string) =>
      semua(c, nama)[0]
        .anak.filter((a) => a.nama === "c:axId")
        .map((a) => a.atribut.val);
    expect(sumbu("c:lineChart")).toEqual(sumbu("c:barChart"));
    expect(semua(c, "c:valAx")[0].anak.find((a) => a.nama === "c:numFmt")?.atribut.formatCode).toBe("0%");
    expect(semua(c, "a:t")[0].teks).toBe(KOLOM.judul);
    expect(semua(c, "c:legend")).toHaveLength(1);
  });

  it("draws horizontal bars first on top, without a line or a legend", () => {
    const c = urai(xmlGrafik(BATANG));
    expect(semua(c, "c:barDir")[0].atribut.val).toBe("bar");
    expect(semua(semua(c, "c:catAx")[0], "c:orientation")[0].atribut.val).toBe("maxMin");
    expect(semua(c, "c:lineChart")).toEqual([]);
    expect(semua(c, "c:legend")).toEqual([]);
  });
});

describe("xmlGambar", () => {
  it("anchors each chart from the top-left of dari to the bottom-right of sampai", () => {
    const d = urai(
      xmlGambar([
        { g: KOLOM, rId: "rId1" },
        { g: BATANG, rId: "rId2" },
      ]),
    );
    const sudut = (s: Simpul) => s.anak.map((a) => Number(a.teks));
    const jangkar = semua(d, "xdr:twoCellAnchor");
    // B100 is column 1, row 99 counted from 0; H117's bottom-right is where column 8, row 117 start.
    expect(jangkar.map((j) => [sudut(semua(j, "xdr:from")[0]), sudut(semua(j, "xdr:to")[0])])).toEqual([
      [
        [1, 0, 99, 0],
        [8, 0, 117, 0],
      ],
      [
        [9, 0, 3, 0],
        [18, 0, 23, 0],
      ],
    ]);
    expect(semua(d, "c:chart").map((c) => c.atribut["r:id"])).toEqual(["rId1", "rId2"]);
    expect(semua(d, "xdr:cNvPr").map((c) => c.atribut.id)).toEqual(["2", "3"]);
  });
});

describe("package parts", () => {
  const LEMBAR =
    '<worksheet xmlns="m" xmlns:r="r"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;extLst</t></is></c></row></sheetData>' +
    '<pageSetup/><rowBreaks count="1"><brk id="3"/></rowBreaks><tableParts count="0"/><extLst/></worksheet>';

  it("puts the drawing after the page setup and breaks, before the table parts, whatever the cells say", () => {
    const xml = sisipkanGambar(LEMBAR, "rIdG");
    expect(anak(urai(xml))).toEqual([
      "sheetData",
      "pageSetup",
      "rowBreaks",
      "drawing",
      "tableParts",
      "extLst",
    ]);
  });

  it("declares the relationships namespace when the sheet has not", () => {
    const xml = sisipkanGambar('<worksheet xmlns="m"><sheetData/></worksheet>', "rIdG");
    expect(urai(xml).anak[1].atribut).toEqual({
      "xmlns:r": expect.stringContaining("relationships"),
      "r:id": "rIdG",
    });
  });

  it("adds relationships and content types to existing parts", () => {
    const rel = tambahRelasi(xmlRelasi([["rId1", "t1", "a.xml"]]), [["rId2", "t2", "b.xml"]]);
    expect(semua(urai(rel), "Relationship").map((r) => r.atribut.Id)).toEqual(["rId1", "rId2"]);
    const jenis = tambahJenisIsi('<Types xmlns="x"><Default Extension="xml" ContentType="a"/></Types>', [
      ["/xl/charts/chart1.xml", JENIS_ISI.grafik],
    ]);
    expect(semua(urai(jenis), "Override")[0].atribut).toEqual({
      PartName: "/xl/charts/chart1.xml",
      ContentType: JENIS_ISI.grafik,
    });
  });

  it("numbers charts and drawings across sheets, one drawing per sheet with charts", () => {
    const b = bagianGrafik([[BATANG], [], [KOLOM, KOLOM]]);
    expect([...b.baru.keys()].sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    expect([...b.lembar.entries()]).toEqual([
      [1, { rId: "rIdGambarIku", target: "../drawings/drawing1.xml" }],
      [3, { rId: "rIdGambarIku", target: "../drawings/drawing2.xml" }],
    ]);
    const rel = urai(b.baru.get("xl/drawings/_rels/drawing2.xml.rels")!);
    expect(semua(rel, "Relationship").map((r) => r.atribut.Target)).toEqual([
      "../charts/chart2.xml",
      "../charts/chart3.xml",
    ]);
  });
});

describe("tulisXlsx with charts", () => {
  it("writes the Dashboard's and the LKjIP sheet's charts with their parts, relationships and content types", async () => {
    const d = await mkdtemp(join(tmpdir(), "grafik-"));
    try {
      const rencana = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 });
      const berkas = await tulisXlsx(rencana, join(d, "a.xlsx"));
      const zip = await ZipBaca.buka(berkas);
      try {
        const teks = async (nama: string) => zip.teksUtuh(zip.entri.find((e) => e.nama === nama)!);
        const ke = (nama: string) => rencana.lembar.findIndex((l) => l.nama === nama) + 1;
        for (const [lembar, banyak] of [
          ["Dashboard", 1],
          ["LKjIP", 2],
        ] as const) {
          const n = ke(lembar);
          const xml = await teks(`xl/worksheets/sheet${n}.xml`);
          expect(semua(urai(xml), "drawing")).toHaveLength(1);
          const rel = urai(await teks(`xl/worksheets/_rels/sheet${n}.xml.rels`));
          const target = semua(rel, "Relationship")[0].atribut.Target;
          const gambar = urai(await teks(`xl/drawings/${target.split("/").pop()}`));
          expect(semua(gambar, "xdr:twoCellAnchor")).toHaveLength(banyak);
        }
        const jenis = urai(await teks("[Content_Types].xml"));
        const grafik = semua(jenis, "Override").filter((o) => o.atribut.ContentType === JENIS_ISI.grafik);
        expect(grafik.map((o) => o.atribut.PartName)).toEqual([
          "/xl/charts/chart1.xml",
          "/xl/charts/chart2.xml",
          "/xl/charts/chart3.xml",
        ]);
        const judul = await Promise.all(
          [1, 2, 3].map(async (i) => semua(urai(await teks(`xl/charts/chart${i}.xml`)), "a:t")[0].teks),
        );
        expect(judul).toEqual([
          "CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025",
          "Grafik 3.1 Capaian Kinerja Tahun 2025",
          "Grafik 3.2 Capaian Sasaran Tahun 2025",
        ]);
      } finally {
        await zip.tutup();
      }
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
