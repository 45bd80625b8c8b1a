/** Random workbooks for the periksa fuzz: corpus layouts made hostile cell by cell. */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { KORPUS } from "../workbook/tandai/korpus";
import { teksJahat } from "./arbitrer";

/** A cell value as ExcelJS writes it: the odd kinds real files hold. */
export const nilaiJahat = (): fc.Arbitrary<ExcelJS.CellValue> =>
  fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 1e-300, 1e300),
    // A real .xlsx cannot hold characters XML refuses; an input must be a file Excel itself would open.
    teksJahat().map((s) => s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/gu, "").slice(0, 300)),
    fc.boolean(),
    fc
      .constantFrom<ExcelJS.CellErrorValue["error"]>("#N/A", "#DIV/0!", "#VALUE!", "#REF!")
      .map((error) => ({ error })),
    fc.constantFrom(0, "", 1.5, "teks").map((result) => ({ formula: "1*1", result }) as ExcelJS.CellValue),
    fc.constant(null),
  );

export const namaLembar = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom("IKU", "Sheet 1", "Data's", "=IKU", "+1", "@x", "Ü 2025", "a".repeat(31)),
    fc
      .string({ minLength: 1, maxLength: 31 })
      .filter(
        (s) =>
          !/[\\/?*[\]:]/.test(s) &&
          s.trim() === s &&
          s !== "" &&
          !s.startsWith("'") &&
          !s.endsWith("'") &&
          s.toLowerCase() !== "history",
      ),
  );

export interface BukuAcak {
  tata: number;
  ubah: { r: number; c: number; v: ExcelJS.CellValue }[];
  kosong: number[];
  gabungJudul: boolean;
  nama: string;
}

export const bukuAcak = (): fc.Arbitrary<BukuAcak> =>
  fc.record({
    tata: fc.integer({ min: 0, max: KORPUS.length - 1 }),
    ubah: fc.array(
      fc.record({ r: fc.integer({ min: 0, max: 14 }), c: fc.integer({ min: 0, max: 11 }), v: nilaiJahat() }),
      { maxLength: 12 },
    ),
    kosong: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
    gabungJudul: fc.boolean(),
    nama: namaLembar(),
  });

export async function tulisBukuAcak(path: string, b: BukuAcak): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(b.nama);
  const kisi = KORPUS[b.tata].kisi.map((baris) => [...baris]);
  for (const r of [...b.kosong].sort((x, y) => y - x)) if (r < kisi.length) kisi.splice(r, 0, []);
  kisi.forEach((baris, r) =>
    baris.forEach((v, c) => {
      if (v !== "" && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const u of b.ubah) ws.getCell(u.r + 1, u.c + 1).value = u.v;
  if (b.gabungJudul) ws.mergeCells(1, 1, 1, 2);
  await wb.xlsx.writeFile(path);
}
