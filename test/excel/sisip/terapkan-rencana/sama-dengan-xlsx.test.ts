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

/** A cell's look in words both writers' read-backs share. */
interface Tampilan {
  tebal: boolean;
  miring: boolean;
  ukuran: number;
  isi: string;
  rataH: string;
  rataV: string;
  bungkus: boolean;
  garis: string;
}

const HURUF_BESAR = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function dariEmulator(
  katalog: Katalog,
  tampilan?: Map<string, Map<string, Tampilan>>,
): Promise<Map<string, Isi>> {
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
    if (tampilan) {
      const peta = new Map<string, Tampilan>();
      const luas = l.terpakai(false);
      if (luas)
        for (let b = luas.b0; b <= luas.b1; b++)
          for (let k = luas.k0; k <= luas.k1; k++) {
            const g = (kunci: string, bawaan: unknown) =>
              l.bacaGaya({ b0: b, b1: b, k0: k, k1: k }, kunci, bawaan);
            peta.set(`${b + 1},${k + 1}`, {
              tebal: g("font.bold", false) === true,
              miring: g("font.italic", false) === true,
              ukuran: Number(g("font.size", 11)),
              isi: String(g("fill.color", "#FFFFFF")).toUpperCase(),
              rataH: String(g("horizontalAlignment", "General")),
              rataV: String(g("verticalAlignment", "Bottom")),
              bungkus: g("wrapText", false) === true,
              garis: String(g("borders.EdgeTop.style", "None")),
            });
          }
      tampilan.set(l.nama, peta);
    }
  }
  return semua;
}

async function dariXlsx(
  katalog: Katalog,
  tampilan?: Map<string, Map<string, Tampilan>>,
): Promise<Map<string, Isi>> {
  const data = await bukuXlsx(buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 })).xlsx.writeBuffer();
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(data as ArrayBuffer);
  const semua = new Map<string, Isi>();
  buku.eachSheet((ws) => {
    const isi: Isi = new Map();
    const peta = new Map<string, Tampilan>();
    tampilan?.set(ws.name, peta);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (c, k) => {
        const rataV = c.alignment?.vertical;
        peta.set(`${r},${k}`, {
          tebal: c.font?.bold === true,
          miring: c.font?.italic === true,
          ukuran: c.font?.size ?? 11,
          isi: c.fill && "fgColor" in c.fill ? `#${String(c.fill.fgColor?.argb).slice(2)}` : "#FFFFFF",
          rataH: c.alignment?.horizontal ? HURUF_BESAR(c.alignment.horizontal) : "General",
          rataV: rataV === "middle" ? "Center" : rataV ? HURUF_BESAR(rataV) : "Bottom",
          bungkus: c.alignment?.wrapText === true,
          garis: c.border?.top?.style === "thin" ? "Continuous" : "None",
        });
      }),
    );
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
