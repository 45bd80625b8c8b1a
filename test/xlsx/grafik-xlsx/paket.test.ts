/**
 * What Excel checks in the offline file's chart parts beyond their own XML, and repairs (deleting
 * the chart) when wrong: every part typed and every relationship resolved, each chart group's two
 * axes defined once and crossing each other, series ids unique, formulas that name an existing
 * sheet quoted with absolute, equal-length ranges, the drawing's anchors and its place among the
 * worksheet's children (ECMA-376 CT_Worksheet, CT_TwoCellAnchor; Excel-made reference files:
 * XlsxWriter's test/comparison/xlsx_files/chart_combined02.xlsx, chart_bar01.xlsx).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { uraiSel } from "../../../src/workbook/alamat";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { tulisXlsx } from "../../../src/xlsx/tulis-xlsx";
import { ZipBaca } from "../../../src/xlsx/zip-baca";
import { anak, semua, Simpul, urai } from "../pohon-xml";

/** The children of a worksheet in the order of the schema's CT_Worksheet sequence. */
const URUTAN_LEMBAR = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** A chart formula: a quoted sheet name ('' for a quote) and an absolute range in one column. */
const RUMUS_SERI = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/;

let bagian: Map<string, string>;
let berkas: string[];

beforeAll(async () => {
  const d = await mkdtemp(join(tmpdir(), "grafik-paket-"));
  try {
    const rencana = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 });
    const zip = await ZipBaca.buka(await tulisXlsx(rencana, join(d, "a.xlsx")));
    try {
      berkas = zip.entri.map((e) => e.nama).filter((n) => !n.endsWith("/"));
      bagian = new Map();
      for (const e of zip.entri) if (/\.(xml|rels)$/.test(e.nama)) bagian.set(e.nama, await zip.teksUtuh(e));
    } finally {
      await zip.tutup();
    }
  } finally {
    await rm(d, { recursive: true, force: true });
  }
});

const pohon = (nama: string): Simpul => urai(bagian.get(nama)!);
const grafik = (): string[] => berkas.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
const gambar = (): string[] => berkas.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));

/** The relationships of a part: id → the target's path in the package. */
function relasi(nama: string): Map<string, { jenis: string; target: string }> {
  const rels = posix.join(posix.dirname(nama), "_rels", `${posix.basename(nama)}.rels`);
  if (!bagian.has(rels)) return new Map();
  return new Map(
    semua(pohon(rels), "Relationship").map((r) => [
      r.atribut.Id,
      {
        jenis: r.atribut.Type.slice(r.atribut.Type.lastIndexOf("/") + 1),
        target: posix.normalize(posix.join(posix.dirname(nama), r.atribut.Target)),
      },
    ]),
  );
}

describe("the offline file's package", () => {
  it("has three charts in two drawings", () => {
    expect([grafik().length, gambar().length]).toEqual([3, 2]);
  });

  it("gives every part a content type and types no part that is missing", () => {
    const jenis = pohon("[Content_Types].xml");
    const ekstensi = new Set(semua(jenis, "Default").map((d) => d.atribut.Extension));
    const ditimpa = semua(jenis, "Override").map((o) => o.atribut.PartName.slice(1));
    const tanpaJenis = berkas.filter(
      (n) => !ditimpa.includes(n) && !ekstensi.has(n.slice(n.lastIndexOf(".") + 1)),
    );
    expect(tanpaJenis).toEqual([]);
    expect(ditimpa.filter((n) => !berkas.includes(n))).toEqual([]);
    const jenisDari = (n: string) =>
      semua(jenis, "Override").find((o) => o.atribut.PartName === `/${n}`)?.atribut;
    expect(grafik().map((n) => jenisDari(n)?.ContentType)).toEqual(
      grafik().map(() => "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"),
    );
    expect(gambar().map((n) => jenisDari(n)?.ContentType)).toEqual(
      gambar().map(() => "application/vnd.openxmlformats-officedocument.drawing+xml"),
    );
  });

  it("resolves every relationship of the sheets and drawings to a part of the right kind", () => {
    const lembar = berkas.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const salah: string[] = [];
    for (const n of [...lembar, ...gambar()]) {
      for (const [id, { jenis, target }] of relasi(n)) {
        if (jenis === "hyperlink") continue;
        if (!berkas.includes(target)) salah.push(`${n} ${id} → ${target}`);
        if (jenis === "drawing" && !/^xl\/drawings\//.test(target)) salah.push(`${n} ${id}: ${jenis}`);
        if (jenis === "chart" && !/^xl\/charts\//.test(target)) salah.push(`${n} ${id}: ${jenis}`);
      }
    }
    expect(salah).toEqual([]);
  });
});

describe("each sheet with charts", () => {
  const lembarBergambar = () =>
    berkas.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && bagian.get(n)!.includes("<drawing"));

  it("holds one drawing, after the page setup and before the parts the schema puts later", () => {
    expect(lembarBergambar()).toHaveLength(2);
    for (const n of lembarBergambar()) {
      const nama = anak(pohon(n));
      expect(nama.filter((a) => a === "drawing")).toHaveLength(1);
      const urutan = nama.map((a) => URUTAN_LEMBAR.indexOf(a));
      expect(urutan).not.toContain(-1);
      expect(urutan).toEqual([...urutan].sort((a, b) => a - b));
    }
  });

  it("names its drawing by a relationship to a drawing part", () => {
    for (const n of lembarBergambar()) {
      const [d] = semua(pohon(n), "drawing");
      expect(relasi(n).get(d.atribut["r:id"])).toEqual({
        jenis: "drawing",
        target: expect.stringMatching(/^xl\/drawings\/drawing\d\.xml$/),
      });
    }
  });
});

describe("each drawing", () => {
  it("anchors each chart between two cells, the frame then the client data, ids unique", () => {
    for (const n of gambar()) {
      const jangkar = semua(pohon(n), "xdr:twoCellAnchor");
      for (const j of jangkar) {
        expect(anak(j)).toEqual(["xdr:from", "xdr:to", "xdr:graphicFrame", "xdr:clientData"]);
        const sudut = (s: Simpul) => s.anak.map((a) => Number(a.teks));
        const [c1, , r1] = sudut(j.anak[0]);
        const [c2, , r2] = sudut(j.anak[1]);
        expect([c2 > c1, r2 > r1]).toEqual([true, true]);
        expect(anak(semua(j, "xdr:graphicFrame")[0])).toEqual([
          "xdr:nvGraphicFramePr",
          "xdr:xfrm",
          "a:graphic",
        ]);
      }
      const id = semua(pohon(n), "xdr:cNvPr").map((c) => c.atribut.id);
      expect(new Set(id).size).toBe(jangkar.length);
      const rel = relasi(n);
      for (const c of semua(pohon(n), "c:chart")) expect(rel.get(c.atribut["r:id"])?.jenis).toBe("chart");
    }
  });
});

describe("each chart", () => {
  const lembar = () => semua(pohon("xl/workbook.xml"), "sheet").map((s) => s.atribut.name);

  it("defines each axis once; each group's two axes cross each other", () => {
    for (const n of grafik()) {
      const c = pohon(n);
      const sumbu = [...semua(c, "c:catAx"), ...semua(c, "c:valAx")];
      const idSumbu = sumbu.map((s) => s.anak.find((a) => a.nama === "c:axId")!.atribut.val);
      expect(new Set(idSumbu).size).toBe(idSumbu.length);
      const silang = new Map(
        sumbu.map((s, i) => [idSumbu[i], s.anak.find((a) => a.nama === "c:crossAx")!.atribut.val]),
      );
      for (const kelompok of [...semua(c, "c:barChart"), ...semua(c, "c:lineChart")]) {
        const [x, y, ...lebih] = kelompok.anak.filter((a) => a.nama === "c:axId").map((a) => a.atribut.val);
        expect(lebih).toEqual([]);
        expect([silang.get(x), silang.get(y)]).toEqual([y, x]);
      }
      // A category axis and a value axis, not two of a kind.
      expect(sumbu.map((s) => s.nama).sort()).toEqual(["c:catAx", "c:valAx"]);
    }
  });

  it("numbers its series uniquely across the bars and the line", () => {
    for (const n of grafik()) {
      const seri = semua(pohon(n), "c:ser");
      const nilai = (tag: string) => seri.map((s) => s.anak.find((a) => a.nama === tag)!.atribut.val);
      expect(new Set(nilai("c:idx")).size).toBe(seri.length);
      expect(new Set(nilai("c:order")).size).toBe(seri.length);
    }
  });

  it("reads quoted sheets that exist, absolute one-column ranges, categories as long as values", () => {
    for (const n of grafik()) {
      for (const s of semua(pohon(n), "c:ser")) {
        const rumus = semua(s, "c:f").map((f) => f.teks);
        expect(rumus).toHaveLength(2);
        const rentang = rumus.map((f) => {
          const m = RUMUS_SERI.exec(f);
          if (!m) throw new Error(`${n}: ${f}`);
          expect(lembar()).toContain(m[1].replace(/''/g, "'"));
          expect(m[2]).toBe(m[4]);
          return uraiSel(`${m[4]}${m[5]}`).baris - uraiSel(`${m[2]}${m[3]}`).baris + 1;
        });
        expect(rentang[0]).toBe(rentang[1]);
      }
    }
  });

  it("writes no cached values: the application fills them from the cells on opening", () => {
    for (const n of grafik())
      expect([...semua(pohon(n), "c:numCache"), ...semua(pohon(n), "c:strCache")]).toEqual([]);
  });
});
