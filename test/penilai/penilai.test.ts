// The test evaluator against results Excel documents or shows; each row is one formula.
import { BukuUji } from "./buku";
import { CONTOH_GALAT, CONTOH_NILAI, ISI_CONTOH } from "./contoh-excel";
import { KOSONG_SEL, tampil } from "./nilai";

function buku(): BukuUji {
  const b = new BukuUji();
  for (const [lembar, a1, v] of ISI_CONTOH) b.tulis(lembar, a1, v);
  return b;
}

const hitung = (rumus: string): string => tampil(buku().hitung(rumus, "Lembar 1"));

describe("the test evaluator gives Excel's results", () => {
  it.each(CONTOH_NILAI)("%s is %p", (rumus, harapan) => {
    expect(hitung(rumus)).toBe(tampil(harapan));
  });

  it.each(CONTOH_GALAT)("%s is the error %s", (rumus, kode) => {
    expect(hitung(rumus)).toBe(kode);
  });

  it("errors count in COUNTA but are skipped by COUNT", () => {
    expect(hitung("=COUNTA(A8)")).toBe("1");
    expect(hitung("=COUNT(A8,A3)")).toBe("1");
  });

  it("moves relative references of a conditional-format rule, not absolute ones", () => {
    const b = buku();
    expect(b.hitung("=Data!B2+$B$2", "Data", 0, 1)).toBe(7);
  });

  it("reads a formula cell's blank result as text, a blank cell as blank", () => {
    const b = buku();
    expect(b.nilai("Lembar 1", "A4")).toBe("");
    expect(b.nilai("Lembar 1", "A1")).toBe(KOSONG_SEL);
  });

  it.each([
    ["=FOO(1)", /Fungsi tak dikenal/],
    ["=Nama", /Nama tak didukung/],
    ["=SUM(1", /Harap/],
    ["=LOOKUP(1,{3,2,1},{1,2,3})", /tak urut/],
    ["=A1:B2", /spill/],
  ])("refuses %s instead of guessing", (rumus, pesan) => {
    expect(() => hitung(rumus)).toThrow(pesan);
  });
});
