import { adalahGalat } from "../../src/domain/galat";
import { hitungIkm } from "../../src/domain/ikm";

const baris = (...v: unknown[]): unknown[] => v;
const sama = (x: unknown): unknown[] => new Array(9).fill(x);

describe("hitungIkm", () => {
  it.each([
    ["all answers 4", [sama(4)], 100],
    ["all answers 1", [sama(1), sama(1)], 25],
    ["one respondent", [baris(4, 4, 3, 3, 4, 4, 3, 3, 4)], (32 * 25) / 9],
    // NRR of unsur 2 is 4 (its blank is skipped, not read as 0): Σ NRR = 3·8 + 4 = 28.
    ["a blank answer skipped per unsur", [sama(4), baris(2, null, 2, 2, 2, 2, 2, 2, 2)], (28 * 25) / 9],
    ["answers typed as text", [sama("3"), sama(" 4 ")], 87.5],
  ])("%s gives the IKM with the exact 1/9 weight", (_, jawaban, harapan) => {
    expect(hitungIkm(jawaban)).toBeCloseTo(harapan, 10);
  });

  it("differs from the rounded 0,111 weight the regulation prints", () => {
    const ikm = hitungIkm([sama(4), baris(2, null, 2, 2, 2, 2, 2, 2, 2)]) as number;
    expect(ikm).toBeCloseTo(77.7778, 4);
    expect(Math.abs(ikm - 28 * 0.111 * 25)).toBeGreaterThan(0.05);
  });

  it("is blank when nothing is answered yet", () => {
    expect(hitungIkm([sama(null), sama("")])).toBe("");
  });

  it.each([
    ["an answer 5", [baris(4, 4, 4, 4, 5, 4, 4, 4, 4)], /baris 1 unsur 5.*1, 2, 3 atau 4/],
    ["an answer 2,5", [sama(3), baris(3, "2,5", 3, 3, 3, 3, 3, 3, 3)], /baris 2 unsur 2/],
    ["an answer 0", [baris(0, 4, 4, 4, 4, 4, 4, 4, 4)], /bernilai 0/],
    ["a word", [baris("baik", 4, 4, 4, 4, 4, 4, 4, 4)], /"baik"/],
    ["eight columns", [[4, 4, 4, 4, 4, 4, 4, 4]], /8 kolom/],
    ["ten columns", [[4, 4, 4, 4, 4, 4, 4, 4, 4, 4]], /10 kolom/],
    ["an unsur with no answer", [baris(4, 4, null, 4, 4, 4, 4, 4, 4)], /unsur ke-3/],
  ])("refuses %s", (_, jawaban, pesan) => {
    const g = hitungIkm(jawaban);
    expect(adalahGalat(g) && g.galat).toBe("#VALUE!");
    expect(adalahGalat(g) && g.pesan.id).toMatch(pesan);
  });
});
