import { bersihkanTeks } from "../../src/domain/teks-sel";

describe("bersihkanTeks", () => {
  it.each([
    ["a\uFFFEb", "ab", ["U+FFFE"]],
    ["a\u0000b\u0007", "ab", ["U+0000", "U+0007"]],
    ["x\uD800y", "xy", ["U+D800"]],
    ["😀 tetap", "😀 tetap", []],
    // A bare CR comes back from an .xlsx as LF: the line break is written the way it is read.
    ["baris 1\r\nbaris 2\rbaris 3", "baris 1\nbaris 2\nbaris 3", []],
    ["=    x", "=    x", []],
  ])("keeps what a cell can hold of %j", (masuk, teks, kode) => {
    const h = bersihkanTeks(masuk);
    expect(h.teks).toBe(teks);
    expect(h.dibuang.map((d) => d.kode)).toEqual(kode);
  });
});
