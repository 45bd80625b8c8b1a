import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { sisipkanRencana } from "../../src/excel/terapkan-rencana";
import { buatRencana } from "../../src/workbook/rencana-iku";
import { katalogBesar } from "./katalog-besar";
import { akhirLangkah, argumen, buatExcelPalsu } from "./palsu-excel";
import { buatKonteksMock } from "./mock-excel";

const pasangOffice = (office: unknown) => ((globalThis as { Office?: unknown }).Office = office);
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("inserting the real IKU plan", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN],
    ["a generated 500-indicator catalog", katalogBesar(500)],
  ])("takes exactly two office-addin-mock syncs for %s", async (_nama, katalog) => {
    pasangOffice({ context: { requirements: { isSetSupported: () => true } } });
    const { konteks } = buatKonteksMock(["IKU"]);
    const sync = jest.spyOn(konteks, "sync");
    const hasil = await sisipkanRencana(konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(katalog, nama, { tahunAktif: 2025 }),
    );
    expect(hasil).toEqual({ ok: true, lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard"] });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("writes the built-in catalog without any shape error and one write per block", async () => {
    const palsu = buatExcelPalsu({ IKU: { A1: "punya saya" } });
    pasangOffice(palsu.office);
    const rencana = buatRencana(
      KATALOG_BAWAAN,
      { iku: "IKU (2)", triwulan: "Triwulan", formulasi: "Formulasi", dashboard: "Dashboard" },
      { tahunAktif: 2025 },
    );
    const hasil = await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 }),
    );
    expect(hasil.ok).toBe(true);
    const tulis = palsu.buku.operasi.filter((o) => akhirLangkah(o) === "formulas");
    expect(tulis).toHaveLength(rencana.lembar.reduce((n, l) => n + l.blok.length, 0));
    expect(palsu.isi("IKU")).toEqual({ A1: "punya saya" });
    expect(Object.values(palsu.isi("IKU (2)"))).toContain("Indeks Kepuasan Masyarakat (IKM)");
    expect(tulis.every((o) => typeof argumen(o, "getRange") === "string")).toBe(true);
  });
});
