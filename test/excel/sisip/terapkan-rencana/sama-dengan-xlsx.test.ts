/**
 * The two writers read one plan: the Office.js writer (through Microsoft's client library and the
 * emulator, with its fills and styles) and the .xlsx writer (shared formulas, read back by ExcelJS)
 * must give every sheet the same cells: values, formulas and number formats.
 */
import ExcelJS from "exceljs";
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../../src/domain/types";
import { sisipkanRencana } from "../../../../src/excel/sisip/terapkan-rencana";
import { bukuXlsx } from "../../../../src/xlsx/tulis-xlsx";
import { NAMA_DASAR } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../../../emulator/muat-klien";
import { katalogBesar } from "../katalog-besar";

type Isi = Map<string, [unknown, string]>;

async function dariEmulator(katalog: Katalog): Promise<Map<string, Isi>> {
  const excel = buatExcel({ lembar: { Sheet1: [] } });
  const hasil = await excel.run((ctx) =>
    sisipkanRencana(ctx, (nama) => buatRencana(katalog, nama, { tahunAktif: 2025 })),
  );
  expect(hasil.ok).toBe(true);
  const semua = new Map<string, Isi>();
  for (const l of excel.model.daftar) {
    if (l.nama === "Sheet1") continue;
    const isi: Isi = new Map();
    for (const [b, baris] of l.sel)
      for (const [k, s] of baris) isi.set(`${b + 1},${k + 1}`, [s.rumus ?? s.nilai, l.format(b, k)]);
    // Number formats on blank cells count too: a planner types into them.
    for (const [b, baris] of l.formatAngka)
      for (const [k, f] of baris) if (!isi.has(`${b + 1},${k + 1}`)) isi.set(`${b + 1},${k + 1}`, ["", f]);
    semua.set(l.nama, isi);
  }
  return semua;
}

async function dariXlsx(katalog: Katalog): Promise<Map<string, Isi>> {
  const data = await bukuXlsx(buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 })).xlsx.writeBuffer();
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(data as ArrayBuffer);
  const semua = new Map<string, Isi>();
  buku.eachSheet((ws) => {
    const isi: Isi = new Map();
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (c, k) => {
        const f = c.formula;
        // ExcelJS shows a merged area's value in all its cells; Excel keeps it in the first.
        const v = c.isMerged && c.master !== c ? "" : f ? `=${f}` : (c.value ?? "");
        const format = c.numFmt ?? "General";
        if (v === "" && format === "General") return;
        isi.set(`${r},${k}`, [v, format]);
      }),
    );
    semua.set(ws.name, isi);
  });
  return semua;
}

describe("the Office.js writer and the .xlsx writer", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN],
    ["500 indicators", katalogBesar(500)],
  ])("write the same cells for %s: values, formulas, number formats", async (_, katalog) => {
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
  });
});
