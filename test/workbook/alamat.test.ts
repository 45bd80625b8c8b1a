import {
  barisPenuh,
  beririsan,
  rentangPenuh,
  uraiRentang,
  hurufKolom,
  indeksKolom,
  kotak,
  kutipLembar,
  rentang,
  rujukan,
  sel,
  selKolomTetap,
  uraiSel,
} from "../../src/workbook/alamat";

describe("alamat", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s and back", (n, huruf) => {
    expect(hurufKolom(n)).toBe(huruf);
    expect(indeksKolom(huruf)).toBe(n);
    expect(indeksKolom(huruf.toLowerCase())).toBe(n);
  });

  it.each([0, -1, 1.5, 16385])("rejects column %p", (n) => {
    expect(() => hurufKolom(n)).toThrow(RangeError);
  });

  it("spells cells, column-fixed cells and ranges", () => {
    expect(sel(2, 7)).toBe("B7");
    expect(sel("k", 12)).toBe("K12");
    expect(selKolomTetap(11, 7)).toBe("$K7");
    expect(rentang("B7", "E9")).toBe("B7:E9");
    expect(rentang("B7", "B7")).toBe("B7");
    expect(kotak(2, 7, 4, 3)).toBe("B7:E9");
    expect(kotak(3, 1)).toBe("C1");
    expect(barisPenuh(5)).toBe("$5:$5");
    expect(barisPenuh(4, 5)).toBe("$4:$5");
  });

  it("rejects row 0", () => {
    expect(() => sel(1, 0)).toThrow(RangeError);
  });

  it.each([
    ["IKU", "'IKU'!A1"],
    ["IKU (2)", "'IKU (2)'!A1"],
    ["O'Neil", "'O''Neil'!A1"],
  ])("quotes sheet %s", (nama, hasil) => {
    expect(rujukan(nama, "A1")).toBe(hasil);
    expect(kutipLembar(nama)).toBe(hasil.slice(0, -3));
  });

  it("splits an address into column and row", () => {
    expect(uraiSel("$AB$12")).toEqual({ kolom: 28, baris: 12 });
    expect(() => uraiSel("12B")).toThrow(RangeError);
  });
});

describe("addresses as Excel reports them", () => {
  it.each([
    ["'IKU 2025'!$E$6:$E$15", [{ k0: 5, b0: 6, k1: 5, b1: 15 }]],
    [
      "Sheet1!A1:B2, Sheet1!D4",
      [
        { k0: 1, b0: 1, k1: 2, b1: 2 },
        { k0: 4, b0: 4, k1: 4, b1: 4 },
      ],
    ],
    ["'a, b'!C3", [{ k0: 3, b0: 3, k1: 3, b1: 3 }]],
    ["D:F", [{ k0: 4, b0: 1, k1: 6, b1: 1048576 }]],
    ["5:7", [{ k0: 1, b0: 5, k1: 16384, b1: 7 }]],
  ])("reads %s as its rectangles", (alamat, kotak) => {
    expect(uraiRentang(alamat)).toEqual(kotak);
  });

  it.each([
    ["B1:B4", "B3:B8", true],
    ["B1:B4", "B5:B8", false],
    ["B1:B4", "A1:A4,B4", true],
    ["D:D", "D1048576", true],
  ])("%s and %s share a cell: %s", (a, b, harapan) => {
    expect(beririsan(a, b)).toBe(harapan);
  });

  it.each([
    ["D:D", true],
    ["$D:$F", true],
    ["3:3", true],
    ["Data!E:E", true],
    ["D1:D1048576", false],
    ["D5", false],
  ])("%s names whole columns or rows: %s", (alamat, harapan) => {
    expect(rentangPenuh(alamat)).toBe(harapan);
  });
});
