/**
 * @jest-environment jsdom
 */
// Pane tests run in jsdom: the client library and the emulator load there as in the node environment.
import { buatExcel } from "./muat-klien";

it("answers Excel.run in the jsdom environment, beside a document", async () => {
  const excel = buatExcel({ lembar: { Data: [[1, 2]] } });
  const nilai = await excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
    r.load("values");
    await ctx.sync();
    return r.values;
  });
  expect([nilai, typeof document.createElement]).toEqual([[[1, 2]], "function"]);
});
