/**
 * The two writers read one plan: the Office.js writer (through Microsoft's client library and the
 * emulator, with its fills and styles) and the .xlsx writer (shared formulas, read back by ExcelJS)
 * must give every sheet the same cells: values, formulas and number formats.
 */
import ExcelJS from "exceljs";
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { sisipkanRencana } from "../../../../src/excel/sisip/terapkan-rencana";
import { bukuXlsx } from "../../../../src/xlsx/tulis-xlsx";
import { NAMA_DASAR } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../../../emulator/muat-klien";
import { katalogBesar } from "../katalog-besar";
import { dariEmulator, dariXlsx, Isi, Tampilan } from "./isi-dua-penulis";

describe("the Office.js writer and the .xlsx writer", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN],
    ["500 indicators", katalogBesar(500)],
  ])(
    "write the same cells for %s: values, formulas, number formats",
    async (_, katalog) => {
      const [office, xlsx] = await Promise.all([dariEmulator(katalog), dariXlsx(katalog)]);
      expect([...office.keys()]).toEqual([...xlsx.keys()]);
      for (const [nama, isi] of office) {
        const lain = xlsx.get(nama) as Isi;
        const beda = [...new Set([...isi.keys(), ...lain.keys()])].filter(
          (a) =>
            JSON.stringify(isi.get(a) ?? ["", "General"]) !== JSON.stringify(lain.get(a) ?? ["", "General"]),
        );
        expect({ nama, beda: beda.slice(0, 5).map((a) => [a, isi.get(a), lain.get(a)]) }).toEqual({
          nama,
          beda: [],
        });
      }
      // Two writers of 500 indicators on one cell at a time: ~15 s alone, more on a busy machine.
    },
    120_000,
  );
});

describe("the looks of the two writers", () => {
  it("are the same on every cell of the built-in catalog's sheets (styles in Excel, cell formats in the file)", async () => {
    const office = new Map<string, Map<string, Tampilan>>();
    const xlsx = new Map<string, Map<string, Tampilan>>();
    await Promise.all([dariEmulator(KATALOG_BAWAAN, office), dariXlsx(KATALOG_BAWAAN, xlsx)]);
    for (const [nama, peta] of xlsx) {
      const lain = office.get(nama) as Map<string, Tampilan>;
      const beda = [...peta]
        .filter(([a, t]) => lain.has(a) && JSON.stringify(lain.get(a)) !== JSON.stringify(t))
        .slice(0, 3)
        .map(([a, t]) => [a, t, lain.get(a)]);
      expect({ nama, beda }).toEqual({ nama, beda: [] });
      // Every cell the file formats is one Excel formats too.
      expect(
        [...peta.keys()].filter(
          (a) => !lain.has(a) && JSON.stringify(peta.get(a)) !== JSON.stringify(KOSONG),
        ),
      ).toEqual([]);
    }
  });
});

const KOSONG: Tampilan = {
  tebal: false,
  miring: false,
  ukuran: 11,
  isi: "#FFFFFF",
  rataH: "General",
  rataV: "Bottom",
  bungkus: false,
  garis: "None",
};

describe("the merged areas of the two writers", () => {
  it("are the same on every sheet of the built-in catalog (title rows merged across in one call in Excel)", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 })),
    );
    const data = await bukuXlsx(
      buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }),
    ).xlsx.writeBuffer();
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load(data as ArrayBuffer);
    buku.eachSheet((ws) => {
      const l = excel.model.lembar(ws.name);
      const office = l.gabung.map((k) => l.alamat(k)).sort();
      const berkas = (ws.model as unknown as { merges: string[] }).merges.slice().sort();
      expect({ lembar: ws.name, gabung: office }).toEqual({ lembar: ws.name, gabung: berkas });
    });
  });
});
