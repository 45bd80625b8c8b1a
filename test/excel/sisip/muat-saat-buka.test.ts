import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { muatSaatBuka } from "../../../src/excel/sisip/muat-saat-buka";
import { sisipkanIku } from "../../../src/excel/sisip/sisip-iku";
import { buatExcel } from "../../emulator/muat-klien";
import { LEMBAR_BAWAAN } from "../../workbook/lembar-bawaan";

afterEach(() => jest.restoreAllMocks());

/** The emulator's Office claiming SharedRuntime 1.1 (or not), with a recording setStartupBehavior. */
function office(sharedRuntime: boolean, setStartupBehavior: () => Promise<void> = async () => undefined) {
  const excel = buatExcel({ persyaratan: sharedRuntime ? { SharedRuntime: "1.1" } : {} });
  return {
    excel,
    setStartupBehavior: jest.spyOn(Office.addin, "setStartupBehavior").mockImplementation(setStartupBehavior),
  };
}

describe("muatSaatBuka", () => {
  it("asks Office to load the add-in with the document where SharedRuntime 1.1 is supported", async () => {
    const { setStartupBehavior } = office(true);
    expect(await muatSaatBuka()).toBe(true);
    expect(setStartupBehavior.mock.calls).toEqual([["Load"]]);
  });

  it.each([
    ["without SharedRuntime", () => office(false).setStartupBehavior],
    [
      "when the host rejects the call",
      () => office(true, () => Promise.reject(new Error("x"))).setStartupBehavior,
    ],
    [
      "when the requirements object throws",
      () => {
        const f = office(true).setStartupBehavior;
        jest.spyOn(Office.context.requirements, "isSetSupported").mockImplementation(() => {
          throw new Error("x");
        });
        return f;
      },
    ],
  ])("reports false and does not throw %s", async (_k, siapkan) => {
    siapkan();
    await expect(muatSaatBuka()).resolves.toBe(false);
  });

  it("reports false outside Office", async () => {
    const g = globalThis as { Office?: unknown };
    const asli = g.Office;
    delete g.Office;
    try {
      await expect(muatSaatBuka()).resolves.toBe(false);
    } finally {
      g.Office = asli;
    }
  });
});

describe("sisipkanIku and the startup behaviour", () => {
  it("sets the document to load the add-in after a successful insertion", async () => {
    const { setStartupBehavior } = office(true);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(hasil.ok).toBe(true);
    expect(setStartupBehavior.mock.calls).toEqual([["Load"]]);
  });

  it("still reports the inserted sheets when setting the startup behaviour fails", async () => {
    office(true, () => Promise.reject(new Error("tidak bisa")));
    expect(await sisipkanIku(KATALOG_BAWAAN, 2025, "id")).toMatchObject({
      ok: true,
      lembar: [...LEMBAR_BAWAAN],
      tahun: { laporan: 2025, rencana: 2025 },
    });
  });

  it("leaves the startup behaviour alone when the insertion fails", async () => {
    const setStartupBehavior = jest.fn(async () => undefined);
    buatExcel({ persyaratan: { SharedRuntime: "1.1" }, tolak: () => ["GeneralException", "rusak"] });
    jest.spyOn(Office.addin, "setStartupBehavior").mockImplementation(setStartupBehavior);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(hasil.ok).toBe(false);
    expect(setStartupBehavior).not.toHaveBeenCalled();
  });
});
