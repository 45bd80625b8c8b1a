/**
 * Tandai Capaian on our own workbook as a planner keeps it (the LibreOffice-saved fixture of
 * test/periksa/index/buku-sendiri.test.ts, its cached values typed into the emulator): the LKjIP
 * sheet is flagged on Table 3.1 only, a cell of Table 3.2 is refused with the reason, and the
 * Dashboard's summary rows are no indicators.
 */
import { join } from "node:path";
import { tandaiDalam } from "../../../../src/excel/tandai/tandai-pilihan";
import { buatExcel, ExcelEmulator } from "../../../emulator/muat-klien";
import { aturan, lembarTersimpan, pilih } from "../buku-tandai";

const FIXTURE = join(__dirname, "../../../fixtures/buku-sendiri/iku-terisi-libreoffice.xlsx");

describe("Tandai Capaian on our own saved workbook", () => {
  let lembar: Record<string, unknown[][]>;
  let excel: ExcelEmulator;
  beforeAll(async () => {
    lembar = await lembarTersimpan(FIXTURE);
  });
  beforeEach(() => {
    excel = buatExcel({ lembar, pilihan: "LKjIP!A1" });
  });

  it("flags Table 3.1 of the whole LKjIP sheet and nothing of the tables below it", async () => {
    pilih(excel, "LKjIP", "A1:XFD1048576");
    const hasil = await excel.run(tandaiDalam);
    if (!hasil.ok) throw new Error(hasil.alasan.id);
    expect(hasil.butir.map((b) => b.alamat)).toEqual(Array.from({ length: 10 }, (_, i) => `F${7 + i}`));
    expect(aturan(excel, "LKjIP").map((a) => a.alamat)).toEqual(["F7:F16"]);
  });

  it.each(["D22", "E36", "E50"])(
    "refuses a cell of Tables 3.2–3.4 (%s) with the table's reason",
    async (sel) => {
      pilih(excel, "LKjIP", sel);
      const hasil = await excel.run(tandaiDalam);
      expect(hasil.ok || hasil.alasan.id).toMatch(/^Tabel 3\.[234] /);
      expect(aturan(excel, "LKjIP")).toEqual([]);
    },
  );

  it("does not take the Dashboard's summary rows for indicators", async () => {
    pilih(excel, "Dashboard", "A1:XFD1048576");
    const hasil = await excel.run(tandaiDalam);
    if (!hasil.ok) throw new Error(hasil.alasan.id);
    expect(hasil.butir.map((b) => b.label)).not.toContain("Tercapai");
    expect(hasil.butir).toHaveLength(10);
    expect(aturan(excel, "Dashboard").map((a) => a.alamat)).toEqual(["E5:E14"]);
  });

  it("judges the IKU sheet per year by its Target and Realisasi columns", async () => {
    pilih(excel, "IKU", "E8");
    const hasil = await excel.run(tandaiDalam);
    if (!hasil.ok) throw new Error(hasil.alasan.id);
    expect(hasil.butir).toHaveLength(30);
    expect(
      aturan(excel, "IKU")
        .map((a) => a.alamat)
        .sort(),
    ).toEqual(["L6:L15", "M6:M15", "N6:N15"]);
  });
});
