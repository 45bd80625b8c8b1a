import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { muatSaatBuka } from "../../src/excel/muat-saat-buka";
import { sisipkanIku } from "../../src/excel/sisip-iku";
import { buatExcelPalsu } from "./palsu-excel";

type Global = { Office?: unknown; Excel?: unknown };
const g = globalThis as Global;
afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

/** An Office whose requirement sets are the given names, with a recording setStartupBehavior. */
function office(set: string[], setStartupBehavior: jest.Mock = jest.fn(async () => undefined)) {
  const palsu = buatExcelPalsu({}, "1.9");
  g.Excel = palsu.excel;
  g.Office = {
    StartupBehavior: { load: "Load", none: "None" },
    addin: { setStartupBehavior },
    context: { requirements: { isSetSupported: (nama: string) => set.includes(nama) } },
  };
  return { setStartupBehavior, palsu };
}

describe("muatSaatBuka", () => {
  it("asks Office to load the add-in with the document where SharedRuntime 1.1 is supported", async () => {
    const { setStartupBehavior } = office(["SharedRuntime"]);
    expect(await muatSaatBuka()).toBe(true);
    expect(setStartupBehavior.mock.calls).toEqual([["Load"]]);
  });

  it.each([
    ["without SharedRuntime", () => office([]).setStartupBehavior],
    [
      "when the host rejects the call",
      () =>
        office(
          ["SharedRuntime"],
          jest.fn(async () => Promise.reject(new Error("x"))),
        ).setStartupBehavior,
    ],
    [
      "when the requirements object throws",
      () => {
        const f = office(["SharedRuntime"]).setStartupBehavior;
        (g.Office as { context: unknown }).context = {
          requirements: {
            isSetSupported: () => {
              throw new Error("x");
            },
          },
        };
        return f;
      },
    ],
  ])("reports false and does not throw %s", async (_k, siapkan) => {
    siapkan();
    await expect(muatSaatBuka()).resolves.toBe(false);
  });

  it("reports false outside Office", async () => {
    await expect(muatSaatBuka()).resolves.toBe(false);
  });
});

describe("sisipkanIku and the startup behaviour", () => {
  const perlu = ["ExcelApi", "SharedRuntime"];

  it("sets the document to load the add-in after a successful insertion", async () => {
    const { setStartupBehavior } = office(perlu);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(hasil.ok).toBe(true);
    expect(setStartupBehavior.mock.calls).toEqual([["Load"]]);
  });

  it("still reports the inserted sheets when setting the startup behaviour fails", async () => {
    office(
      perlu,
      jest.fn(async () => Promise.reject(new Error("tidak bisa"))),
    );
    expect(await sisipkanIku(KATALOG_BAWAAN, 2025, "id")).toEqual({
      ok: true,
      lembar: ["IKU", "Triwulan", "Formulasi", "Dashboard", "Anggaran", "LKjIP", "PK"],
    });
  });

  it("leaves the startup behaviour alone when the insertion fails", async () => {
    const { setStartupBehavior, palsu } = office(perlu);
    palsu.konteks.sync = async () =>
      Promise.reject(Object.assign(new Error("rusak"), { code: "GeneralException" }));
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(hasil.ok).toBe(false);
    expect(setStartupBehavior).not.toHaveBeenCalled();
  });
});
