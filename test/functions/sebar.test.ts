import { KOSONG } from "../../src/domain/baca-angka";
import { nilaiSalah } from "../../src/domain/galat";
import { Argumen, sebar } from "../../src/functions/sebar";
import { galatDengan, jalankan } from "./functions/bantu";

const bilangan = (nama: string): Argumen<number | ""> => ({
  nama,
  baca: (v) =>
    v === null || v === undefined || v === ""
      ? KOSONG
      : typeof v === "number"
        ? v
        : nilaiSalah({ id: `${nama} ${String(v)} salah`, en: `${nama} ${String(v)} is wrong` }),
});
const tambah = (...m: unknown[]): unknown =>
  jalankan(() => sebar([bilangan("a"), bilangan("b")], (a: number, b: number) => a + b, ...m));

describe("sebar", () => {
  it.each([
    ["two single cells", [[1]], [[2]], [[3]]],
    ["plain values as Excel never passes them", 1, 2, [[3]]],
    ["a cell against a column", [[1], [2], [3]], [[10]], [[11], [12], [13]]],
    [
      "a column against a row",
      [[1], [2]],
      [[10, 20]],
      [
        [11, 21],
        [12, 22],
      ],
    ],
    ["a row against a row", [[1, 2, 3]], [[10, 20, 30]], [[11, 22, 33]]],
    [
      "a blank cell as a blank",
      [
        [1, null],
        [undefined, ""],
      ],
      [[1]],
      [
        [2, ""],
        ["", ""],
      ],
    ],
    [
      "a ragged row read as blanks",
      [[1, 2], [3]],
      [[1]],
      [
        [2, 3],
        [4, ""],
      ],
    ],
    ["an empty range as one blank", [], [[1]], [[""]]],
    ["an empty row as one blank", [[]], [[1]], [[""]]],
  ])("combines %s", (_, a, b, harapan) => {
    expect(tambah(a, b)).toEqual(harapan);
  });

  it("puts an error only into the cell it belongs to", () => {
    expect(tambah([[1], ["x"]], [[1]])).toEqual([[2], [galatDengan("#VALUE!", /a x salah/)]]);
  });

  it("lets an unreadable argument win over a blank one", () => {
    expect(tambah([[null]], [["x"]])).toEqual(galatDengan("#VALUE!", /b x salah/));
  });

  it("throws a single-cell error so Excel shows its message", () => {
    expect(() => sebar([bilangan("a")], (a: number) => a, [["x"]])).toThrow(CustomFunctions.Error);
  });

  it("refuses ranges of different sizes, naming both", () => {
    expect(tambah([[1], [2], [3]], [[1], [2]])).toEqual(galatDengan("#VALUE!", /b berukuran 2×1.*3×1/));
  });

  it("refuses a broadcast too large to hold", () => {
    const baris = [new Array(5000).fill(1)];
    const kolom = Array.from({ length: 2000 }, () => [1]);
    expect(tambah(baris, kolom)).toEqual(galatDengan("#VALUE!", /terlalu besar/));
  });

  it("turns a #N/A Galat into notAvailable", () => {
    const hasil = jalankan(() =>
      sebar(
        [bilangan("a")],
        () => ({ galat: "#N/A" as const, pesan: { id: "tidak ada", en: "not there" } }),
        [[1], [2]],
      ),
    );
    expect(hasil).toEqual([[galatDengan("#N/A", /tidak ada/)], [galatDengan("#N/A", /tidak ada/)]]);
  });
});
