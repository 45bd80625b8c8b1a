import {
  PANJANG_KEPALA_MAKS,
  skalaLebarHalaman,
  teksKakiHalaman,
  tinggiHalaman,
  teksKepalaHalaman,
} from "../../src/workbook/kepala-halaman";

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

describe("skalaLebarHalaman", () => {
  it("fits a table's columns to the width of an A4 page with a tenth spare, never above 100%", () => {
    // The LKjIP sheet's 153 characters: about 837 pt against 784 pt of landscape A4.
    const lkjip = { A: 5, B: 30, C: 34, D: 14, E: 15, F: 13, G: 13, H: 13, I: 16 };
    expect(skalaLebarHalaman(lkjip, "lanskap")).toBe(84);
    expect(skalaLebarHalaman({ A: 10 }, "potret")).toBe(100);
  });
});

describe("tinggiHalaman", () => {
  it("gives the sheet points of rows a page holds between the margins, a twentieth spare", () => {
    // Landscape A4 is 8.27 in tall; a page header takes 1 in on top, 0.5 in stay at the bottom.
    expect(tinggiHalaman("lanskap", 100, true)).toBe(Math.floor(6.77 * 72 * 0.95));
    expect(tinggiHalaman("lanskap", 78, true)).toBe(593);
    expect(tinggiHalaman("potret", 100, false)).toBe(Math.floor(10.69 * 72 * 0.95));
  });
});
