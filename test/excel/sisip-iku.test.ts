import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { sisipkanRencana } from "../../src/excel/terapkan-rencana";
import { buatRencana } from "../../src/workbook/rencana-iku";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { katalogBesar } from "./katalog-besar";
import { akhirLangkah, argumen, buatExcelPalsu } from "./palsu-excel";
import { buatKonteksMock } from "./mock-excel";
import { katalogJahat } from "../fixtures/katalog-jahat";

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
    expect(hasil).toEqual({
      ok: true,
      lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard", "Anggaran", "LKjIP", "PK"],
    });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("writes the built-in catalog without any shape error and one write per block", async () => {
    const palsu = buatExcelPalsu({ IKU: { A1: "punya saya" } });
    pasangOffice(palsu.office);
    const rencana = buatRencana(KATALOG_BAWAAN, { ...NAMA_DASAR, iku: "IKU (2)" }, { tahunAktif: 2025 });
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

  it("prints the PK on A4 portrait, the other report sheets landscape", async () => {
    const palsu = buatExcelPalsu();
    pasangOffice(palsu.office);
    await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 }),
    );
    const cetak = (akhir: string) =>
      Object.fromEntries(
        palsu.buku.operasi.filter((o) => akhirLangkah(o) === akhir).map((o) => [o.lembar, o.nilai]),
      );
    expect(cetak("orientation")).toEqual(expect.objectContaining({ PK: "Portrait", LKjIP: "Landscape" }));
    expect(cetak("paperSize")).toEqual(expect.objectContaining({ PK: "A4" }));
  });
});

describe("catalog text inserted into Excel", () => {
  let palsu: ReturnType<typeof buatExcelPalsu>;
  beforeAll(async () => {
    palsu = buatExcelPalsu();
    pasangOffice(palsu.office);
    await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(katalogJahat(), nama, { tahunAktif: 2025 }),
    );
  });

  it.each([
    ["IKU", "A2", "=1+1"],
    ["IKU", "A3", "Sumber: +1"],
    ["IKU", "B6", "-1"],
    ["IKU", "C6", "@SUM(1)"],
    ["IKU", "E6", '=HYPERLINK("http://x","y")'],
    ["IKU", "F6", "=1+1"],
    ["IKU", "E7", "=1+1"],
    ["Formulasi", "D6", "=1+1"],
    ["Formulasi", "F6", "'=1+1"],
    ["Dashboard", "B5", "TRUE"],
  ])("keeps %s!%s as the text %s, not a formula", (lembar, alamat, teks) => {
    expect(palsu.isi(lembar)[alamat]).toBe(teks);
    expect(palsu.rumus(lembar)).not.toContain(alamat);
  });

  it("writes every formula of the plan as a formula, and nothing else", () => {
    const rumus = palsu.rumus("IKU");
    expect(rumus).toContain("O6");
    expect(rumus.every((a) => /^[OPQRST]\d+$/.test(a))).toBe(true);
  });
});
