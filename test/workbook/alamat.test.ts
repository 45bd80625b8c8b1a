import {
  barisPenuh,
  beririsan,
  rentangPenuh,
  kotakDariAlamat,
  alamatKotak,
  kotakDariIndeks,
  kotakBeririsan,
  kotakMemuat,
  selDi,
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
    ["'IKU 2025'!$E$6:$E$15", [{ kolom: 5, baris: 6, lebar: 1, tinggi: 10 }]],
    [
      "Sheet1!A1:B2, Sheet1!D4",
      [
        { kolom: 1, baris: 1, lebar: 2, tinggi: 2 },
        { kolom: 4, baris: 4, lebar: 1, tinggi: 1 },
      ],
    ],
    ["'a, b'!C3", [{ kolom: 3, baris: 3, lebar: 1, tinggi: 1 }]],
    ["D:F", [{ kolom: 4, baris: 1, lebar: 3, tinggi: 1048576 }]],
    ["5:7", [{ kolom: 1, baris: 5, lebar: 16384, tinggi: 3 }]],
    ["E9:B7", [{ kolom: 2, baris: 7, lebar: 4, tinggi: 3 }]],
  ])("reads %s as its rectangles", (alamat, kotak) => {
    expect(kotakDariAlamat(alamat)).toEqual(kotak);
  });

  it.each(["B7", "B7:E9", "A1:XFD1048576", "AA10:AB11"])("%s survives address → rectangle → address", (a) => {
    expect(alamatKotak(kotakDariAlamat(a)[0])).toBe(a);
  });

  it("places an Office.js range (0-based indexes) on the sheet, and cells inside it by offset", () => {
    const k = kotakDariIndeks({ columnIndex: 1, rowIndex: 6, columnCount: 4, rowCount: 3 });
    expect(k).toEqual({ kolom: 2, baris: 7, lebar: 4, tinggi: 3 });
    expect(alamatKotak(k)).toBe("B7:E9");
    expect(selDi(k, 0, 0)).toBe("B7");
    expect(selDi(k, 2, 3)).toBe("E9");
  });

  it.each([
    ["B2:D4", "C3:C3", true, true],
    ["B2:D4", "D4:E5", true, false],
    ["B2:D4", "E2:E4", false, false],
    ["B2:D4", "B2:D4", true, true],
    ["B2:D4", "A1:A1", false, false],
  ])("%s and %s: meet %s, contains %s", (a, b, bertemu, memuat) => {
    const [p, q] = [kotakDariAlamat(a)[0], kotakDariAlamat(b)[0]];
    expect(kotakBeririsan(p, q)).toBe(bertemu);
    expect(kotakBeririsan(q, p)).toBe(bertemu);
    expect(kotakMemuat(p, q)).toBe(memuat);
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
