import { sesudah } from "../../src/xlsx/urutan-lembar";

describe("sesudah, a worksheet's children after an element (CT_Worksheet order)", () => {
  it("names what follows, in the schema's order", () => {
    expect(sesudah("tableParts")).toEqual(["extLst"]);
    expect(sesudah("drawing").slice(0, 2)).toEqual(["legacyDrawing", "legacyDrawingHF"]);
    expect(sesudah("colBreaks")[0]).toBe("customProperties");
  });

  it("puts page setup, breaks and drawings after conditional formats, and none of the cells", () => {
    const s = sesudah("conditionalFormatting");
    expect(s[0]).toBe("dataValidations");
    expect(s.indexOf("pageSetup")).toBeLessThan(s.indexOf("rowBreaks"));
    expect(s.indexOf("colBreaks")).toBeLessThan(s.indexOf("drawing"));
    expect(s).not.toContain("sheetData");
    expect(s).not.toContain("mergeCells");
  });
});
