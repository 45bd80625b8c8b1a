import { PANJANG_KEPALA_MAKS, teksKakiHalaman, teksKepalaHalaman } from "../../src/workbook/kepala-halaman";

describe("page header and footer texts", () => {
  it("bolds the first line and doubles a catalog's own &, which would start a code", () => {
    expect(teksKepalaHalaman(["IKU 2025", "DINAS K & P"])).toBe("&BIKU 2025&B\nDINAS K && P");
  });

  it("stays within Excel's 255 characters and never ends on a lone &", () => {
    const t = teksKepalaHalaman(["&".repeat(300)]);
    expect(t.length).toBeLessThanOrEqual(PANJANG_KEPALA_MAKS);
    expect(t.match(/&+$/)?.[0].length ?? 0).toBeGreaterThanOrEqual(0);
    expect((t.match(/&+$/)?.[0].length ?? 0) % 2).toBe(0);
  });

  it("numbers pages at 9 pt with the plan's own codes", () => {
    expect(teksKakiHalaman("Page &P of &N")).toBe("&9Page &P of &N");
  });
});
