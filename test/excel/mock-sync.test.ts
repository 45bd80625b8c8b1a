import { sisipkanRencana } from "../../src/excel/terapkan-rencana";
import { buatKonteksMock } from "./mock-excel";
import { rencanaContoh } from "./rencana-contoh";

beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
});
afterAll(() => delete (globalThis as { Office?: unknown }).Office);

describe("sisipkanRencana against office-addin-mock", () => {
  it.each([10, 500])("takes exactly two context.sync() calls for %i indicators", async (n) => {
    const { konteks, dimuat } = buatKonteksMock(["Sheet1", "IKU"]);
    const sync = jest.spyOn(konteks, "sync");
    const hasil = await sisipkanRencana(konteks as unknown as Excel.RequestContext, (nama) =>
      rencanaContoh(nama, n),
    );
    expect(hasil).toEqual({ ok: true, lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard"] });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(dimuat).toEqual(["items/name"]);
  });
});
