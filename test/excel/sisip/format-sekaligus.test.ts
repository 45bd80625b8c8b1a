import { satuFormatAngka } from "../../../src/excel/sisip/format-sekaligus";
import { FormatRentang } from "../../../src/workbook/rencana";

const f = (alamat: string, formatAngka?: string): FormatRentang => ({
  alamat,
  gaya: { formatAngka, tebal: true },
});

describe("satuFormatAngka", () => {
  it.each<[string, FormatRentang[], ReturnType<typeof satuFormatAngka>]>([
    ["no number format at all", [{ alamat: "A1:C3", gaya: { tebal: true } }], null],
    ["one cell", [f("B2", "0%")], { alamat: "B2", nilai: [["0%"]] }],
    [
      "two ranges with a gap filled by General",
      [f("B2", "0%"), f("C3", "0")],
      {
        alamat: "B2:C3",
        nilai: [
          ["0%", "General"],
          ["General", "0"],
        ],
      },
    ],
    [
      "a later range overriding an earlier one",
      [f("A1:B2", "0"), f("B2", '#,##0 "Unit"')],
      {
        alamat: "A1:B2",
        nilai: [
          ["0", "0"],
          ["0", '#,##0 "Unit"'],
        ],
      },
    ],
  ])("merges %s into one rectangle", (_judul, format, harap) => {
    expect(satuFormatAngka(format)).toEqual(harap);
  });

  it("refuses a whole-column number format, which has no finite rectangle", () => {
    expect(() => satuFormatAngka([f("C:C", "0")])).toThrow(/rentang sel/);
  });
});
