import ExcelJS from "exceljs";
import { Kisi } from "../../src/workbook/deteksi";

/** A workbook with one sheet per grid, written the way a planner's file looks (values only). */
export async function tulisBuku(
  path: string,
  lembar: Record<string, Kisi>,
  hias?: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [nama, kisi] of Object.entries(lembar)) {
    const ws = wb.addWorksheet(nama);
    kisi.forEach((baris, r) =>
      baris.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  hias?.(wb);
  await wb.xlsx.writeFile(path);
}
