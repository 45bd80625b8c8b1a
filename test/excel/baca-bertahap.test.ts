import { bacaNilaiBertahap, barisPerBacaan } from "../../src/excel/baca-bertahap";
import { buatExcel } from "../emulator/muat-klien";

describe("barisPerBacaan", () => {
  it.each([
    [2, 3, 4_000_000, 41666],
    // Cells, not bytes, bind when the budget is generous: 5,000,000 over 2 × 100 columns.
    [2, 100, 1e12, 25000],
    [1, 16384, 100, 1],
  ])("%i ranges of %i columns under %i bytes: %i rows per sync", (n, lebar, anggaran, harap) => {
    expect(barisPerBacaan(n, lebar, anggaran)).toBe(harap);
  });
});

describe("bacaNilaiBertahap", () => {
  const kisi = Array.from({ length: 100 }, (_, i) => [i, `baris ${i}`, i * 2]);

  it("reads equally shaped ranges in row chunks, one sync each, in order", async () => {
    const excel = buatExcel({ lembar: { Data: kisi } });
    const [a, b] = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      return bacaNilaiBertahap(ctx, [ws.getRange("A1:A100"), ws.getRange("C1:C100")], 100, 1, 16 * 2 * 10);
    });
    expect(excel.terakhir().syncs).toBe(10);
    expect([a, b]).toEqual([kisi.map((r) => [r[0]]), kisi.map((r) => [r[2]])]);
  });

  it("reads a chunk again in halves when Excel refuses its response for its size", async () => {
    const excel = buatExcel({ lembar: { Data: kisi }, batasJawaban: 600 });
    const [a] = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B100").load("rowCount");
      await ctx.sync();
      return bacaNilaiBertahap(ctx, [r], r.rowCount, 2);
    });
    expect(a).toEqual(kisi.map((r) => [r[0], r[1]]));
    expect(excel.terakhir().largestResponseBytes).toBeGreaterThan(600);
  });
});
