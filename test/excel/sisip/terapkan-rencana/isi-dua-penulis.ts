/**
 * What each writer's workbook holds, read back cell by cell for comparison: the emulator's model
 * after the Office.js writer, and any .xlsx through ExcelJS (the offline file as written, or after
 * LibreOffice saved it).
 */
import ExcelJS from "exceljs";
import { Katalog } from "../../../../src/domain/types";
import { sisipkanRencana } from "../../../../src/excel/sisip/terapkan-rencana";
import { bukuXlsx } from "../../../../src/xlsx/tulis-xlsx";
import { NAMA_DASAR } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../../../emulator/muat-klien";

export type Isi = Map<string, [unknown, string]>;

/** A cell's look in words both writers' read-backs share. */
export interface Tampilan {
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

export async function dariEmulator(
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

export async function dariXlsx(
  katalog: Katalog,
  tampilan?: Map<string, Map<string, Tampilan>>,
): Promise<Map<string, Isi>> {
  const data = await bukuXlsx(buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 })).xlsx.writeBuffer();
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.load(data as ArrayBuffer);
  return isiBuku(buku, tampilan);
}

/** Every cell of a workbook read by ExcelJS: value or "=formula" (shared ones moved), number format. */
export function isiBuku(
  buku: ExcelJS.Workbook,
  tampilan?: Map<string, Map<string, Tampilan>>,
): Map<string, Isi> {
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
