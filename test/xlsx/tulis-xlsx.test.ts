import { FORMAT_CAPAIAN_TANDA } from "../../src/workbook/sisip/format-angka";
import { teksKepalaHalaman } from "../../src/workbook/kepala-halaman";
import ExcelJS from "exceljs";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { rumusCapaian } from "../../src/workbook/rumus";
import { bukuXlsx, lengkapiPaket, sisipkanPutusKolom } from "../../src/xlsx/tulis-xlsx";
import { ZipBaca } from "../../src/xlsx/zip-baca";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { katalogJahat, SEL_JAHAT } from "../fixtures/katalog-jahat";
import { LEMBAR_BAWAAN } from "../workbook/lembar-bawaan";

/** The plan written to .xlsx bytes and read back, as a colleague's Excel would open it. */
async function tulisLaluBaca(): Promise<ExcelJS.Workbook> {
  const data = await bukuXlsx(
    buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }),
  ).xlsx.writeBuffer();
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(data as ArrayBuffer);
  return buku;
}

describe("the offline workbook", () => {
  let buku: ExcelJS.Workbook;
  let iku: ExcelJS.Worksheet;
  beforeAll(async () => {
    buku = await tulisLaluBaca();
    iku = buku.getWorksheet("IKU")!;
  });

  it("has the ten sheets in order", () => {
    expect(buku.worksheets.map((w) => w.name)).toEqual([...LEMBAR_BAWAAN]);
  });

  it("keeps the header texts, the indicator wording and numeric targets", () => {
    expect(iku.getCell("E5").value).toBe("Indikator Kinerja");
    expect(iku.getCell("T5").value).toBe("Predikat 2026");
    expect(iku.getCell("E13").value).toBe(
      "Jumlah Kebutuhan Pokok dan Barang Penting yang diintervensi dalam rangka Stabilisasi Harga dan Stock",
    );
    expect(iku.getCell("J6").value).toBe(0.41);
    expect(iku.getCell("J14").value).toBe(250);
    // The realisation is the quarters' year value on Triwulan until a number is typed over it.
    expect(iku.getCell("M6").value).toMatchObject({ formula: `IF(TRIM('Triwulan'!Y6)="","",'Triwulan'!Y6)` });
  });

  it("writes formulas without the leading =", () => {
    expect(iku.getCell("O6").value).toEqual(
      expect.objectContaining({ formula: rumusCapaian("L6", "I6", "G6", "positif") }),
    );
    expect(buku.getWorksheet("Dashboard")!.getCell("F5").value).toEqual(
      expect.objectContaining({ formula: `IF(TRIM('IKU'!P6)="","",'IKU'!P6)` }),
    );
  });

  it.each([
    ["J6", "0.0%"],
    ["M8", '#,##0 "Dok"'],
    ["J14", '#,##0 "UTTP"'],
    ["M15", "0.00"],
    ["P6", FORMAT_CAPAIAN_TANDA],
  ])("formats %s as %s", (alamat, format) => {
    expect(iku.getCell(alamat).numFmt).toBe(format);
  });

  it("merges tujuan and sasaran over their indicators", () => {
    expect(iku.getCell("B14").isMerged && iku.getCell("B14").master.address).toBe("B6");
    expect(iku.getCell("C14").master.address).toBe("C12");
    expect(iku.getCell("C15").isMerged).toBe(false);
  });

  it("accepts only numbers in realisation cells, with the Indonesian message", () => {
    expect(iku.getCell("M9").dataValidation).toEqual(
      expect.objectContaining({ type: "decimal", showErrorMessage: true, errorTitle: "Hanya angka" }),
    );
    expect(iku.getCell("I9").dataValidation).toBeUndefined();
  });

  it("flags the realisation cells with red and green rules", () => {
    const aturan = (
      iku as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }>;
      }
    ).conditionalFormattings;
    expect(aturan.map((a) => [a.ref, a.rules[0].formulae[0]])).toEqual(
      expect.arrayContaining([
        ["L6:N15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)<1,FALSE))"],
        ["L6:N15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)>=1,FALSE))"],
      ]),
    );
  });

  it("starts each LKjIP table after the first on a new page: a break below the row before its title", () => {
    const rencana = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 });
    const putus = rencana.lembar.find((l) => l.nama === "LKjIP")!.cetak!.putusSebelum!;
    const ws = bukuXlsx(rencana).getWorksheet("LKjIP")! as ExcelJS.Worksheet & {
      rowBreaks: Array<{ id: number }>;
    };
    // Tables 3.1–3.10, charts 3.1–3.2 and their data tables.
    expect(putus).toHaveLength(13);
    expect(ws.rowBreaks.map((b) => b.id)).toEqual(putus.map((r) => r - 1));
  });

  it("freezes panes and prints landscape at 90%, header row and Kode to Indikator repeated", () => {
    expect(iku.views[0]).toEqual(expect.objectContaining({ state: "frozen", xSplit: 5, ySplit: 5 }));
    expect(iku.pageSetup).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        fitToPage: false,
        scale: 90,
        printTitlesRow: "5:5",
        printTitlesColumn: "D:E",
        printArea: "A5:T18",
      }),
    );
    expect(iku.headerFooter).toEqual(
      expect.objectContaining({
        oddHeader: `&C${teksKepalaHalaman(buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }).lembar[0].cetak?.kepalaHalaman ?? [])}`,
        oddFooter: "&R&9Halaman &P dari &N",
      }),
    );
    expect(iku.getColumn("E").width).toBe(34);
  });
});

describe("catalog text in the offline workbook", () => {
  const buku = new ExcelJS.Workbook();
  beforeAll(async () => {
    const data = await bukuXlsx(
      buatRencana(katalogJahat(), NAMA_DASAR, { tahunAktif: 2025 }),
    ).xlsx.writeBuffer();
    await buku.xlsx.load(data as ArrayBuffer);
  });

  it.each(SEL_JAHAT)("keeps %s!%s as the text %s, not a formula", (lembar, alamat, teks) => {
    const sel = buku.getWorksheet(lembar)!.getCell(alamat);
    expect(sel.type).toBe(ExcelJS.ValueType.String);
    expect(sel.value).toBe(teks);
  });

  it("still writes the capaian as a formula", () => {
    expect(buku.getWorksheet("IKU")!.getCell("O6").type).toBe(ExcelJS.ValueType.Formula);
  });
});

describe("manual column page breaks, which ExcelJS cannot write", () => {
  it("stand after the row breaks and before the drawing, as the schema orders them", () => {
    const xml =
      '<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;drawing</t></is></c></row></sheetData>' +
      '<pageSetup scale="78"/><rowBreaks count="1"><brk id="17"/></rowBreaks><drawing r:id="rId1"/></worksheet>';
    expect(sisipkanPutusKolom(xml, [11, 19])).toBe(
      xml.replace(
        "<drawing ",
        '<colBreaks count="2" manualBreakCount="2"><brk id="10" max="1048575" man="1"/><brk id="18" max="1048575" man="1"/></colBreaks><drawing ',
      ),
    );
    expect(sisipkanPutusKolom("<worksheet><sheetData/></worksheet>", [4])).toBe(
      '<worksheet><sheetData/><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks></worksheet>',
    );
  });

  it("are written on the Evaluasi Renja, with its pages numbered across then down", async () => {
    const rencana = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 });
    const n = rencana.lembar.findIndex((l) => l.nama === "Evaluasi Renja") + 1;
    const data = await bukuXlsx(rencana).xlsx.writeBuffer();
    const d = await mkdtemp(join(tmpdir(), "putus-"));
    try {
      await writeFile(join(d, "a.xlsx"), await lengkapiPaket(new Uint8Array(data as ArrayBuffer), rencana));
      const zip = await ZipBaca.buka(join(d, "a.xlsx"));
      try {
        const teks = async (nama: string) => zip.teksUtuh(zip.entri.find((e) => e.nama === nama)!);
        const renja = await teks(`xl/worksheets/sheet${n}.xml`);
        expect(renja.match(/<colBreaks[^>]*>(.*?)<\/colBreaks>/)?.[1]).toBe(
          // Left of K, S and W: zero-based 10, 18 and 22.
          [10, 18, 22].map((id) => `<brk id="${id}" max="1048575" man="1"/>`).join(""),
        );
        expect(renja).toMatch(/<pageSetup[^>]*pageOrder="overThenDown"/);
        // Other sheets keep Excel's order and have no column breaks.
        const iku = await teks("xl/worksheets/sheet1.xml");
        expect(iku).not.toContain("colBreaks");
        expect(iku).not.toContain("overThenDown");
      } finally {
        await zip.tutup();
      }
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
