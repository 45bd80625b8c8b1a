/**
 * Fuzz: random catalogs, hostile strings and odd numbers, through the validator, the plan and the
 * .xlsx writer. Never a crash, never a file an XML parser or ExcelJS refuses, never text written as
 * a formula, never a cell or a row beyond Excel's limits.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { adalahGalatKatalog, bacaKatalogTeks } from "../../src/domain/katalog-json";
import { BATAS_TEKS_SEL } from "../../src/domain/teks-sel";
import { sel as alamatSel, uraiSel } from "../../src/workbook/alamat";
import { adalahRumus, NAMA_DASAR, RencanaBuku } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { bukuXlsx } from "../../src/xlsx/tulis-xlsx";
import { katalogJahat, katalogSah } from "./arbitrer";

/** Every XML part of the package must parse; a character XML cannot carry makes Excel call the file corrupt. */
async function periksaXml(isi: ExcelJS.Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(isi);
  for (const nama of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const parser = new SaxesParser({ xmlns: false });
    let galat: Error | undefined;
    parser.on("error", (e) => (galat ??= e));
    parser.write(await zip.file(nama)!.async("string")).close();
    if (galat) throw new Error(`${nama}: ${galat.message}`);
  }
}

/** The written file read back equals the plan cell by cell: text as text, formulas as formulas. */
function bandingkan(rencana: RencanaBuku, buku: ExcelJS.Workbook): void {
  for (const l of rencana.lembar) {
    const ws = buku.getWorksheet(l.nama)!;
    for (const b of l.blok) {
      const { kolom, baris } = uraiSel(b.alamat);
      b.nilai.forEach((deret, i) =>
        deret.forEach((v, j) => {
          if (v === null) return;
          const c = ws.getCell(alamatSel(kolom + j, baris + i));
          if (adalahRumus(v)) expect(c.formula).toBe(v.rumus.slice(1));
          else if (typeof v === "string") {
            expect(c.type).toBe(ExcelJS.ValueType.String);
            expect(c.value).toBe(v);
            expect(v.length).toBeLessThanOrEqual(BATAS_TEKS_SEL);
          } else expect(c.value).toBe(v);
        }),
      );
    }
    ws.eachRow((r) => expect(r.height ?? 0).toBeLessThanOrEqual(409));
  }
}

describe("catalog fuzz", () => {
  it("the validator never throws, whatever the JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), katalogJahat()), (json) => {
        const hasil = bacaKatalogTeks(JSON.stringify(json));
        if (adalahGalatKatalog(hasil)) {
          expect(hasil.galatKatalog.length).toBeGreaterThan(0);
          for (const p of hasil.galatKatalog) expect(p).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the validator never throws on text that is not JSON", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (teks) => {
        expect(() => bacaKatalogTeks(teks)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("an accepted catalog always makes a well-formed workbook that reads back as planned", async () => {
    let ditulis = 0;
    await fc.assert(
      fc.asyncProperty(katalogSah(), async (json) => {
        const katalog = bacaKatalogTeks(JSON.stringify(json));
        if (adalahGalatKatalog(katalog)) return;
        ditulis++;
        const rencana = buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 });
        const isi = await bukuXlsx(rencana).xlsx.writeBuffer();
        await periksaXml(isi);
        const baca = new ExcelJS.Workbook();
        await baca.xlsx.load(isi);
        bandingkan(rencana, baca);
      }),
      { numRuns: 10 },
    );
    // The property must not pass by refusing everything.
    expect(ditulis).toBeGreaterThan(5);
  }, 180_000);
});
