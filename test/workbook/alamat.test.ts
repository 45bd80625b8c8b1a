import {
  barisPenuh,
  hurufKolom,
  indeksKolom,
  kotak,
  kutipLembar,
  rentang,
  rujukan,
  sel,
  selAbsolut,
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

  it("spells cells, absolute cells and ranges", () => {
    expect(sel(2, 7)).toBe("B7");
    expect(sel("k", 12)).toBe("K12");
    expect(selAbsolut(2, 7)).toBe("$B$7");
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
