import fc from "fast-check";
import { GalatBatas } from "../../src/xlsx/batas";
import { RentangGabung, periksaGabung } from "../../src/xlsx/gabung-sel";

const bertumpuk = (a: RentangGabung, b: RentangGabung) =>
  a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2;

/** The plain O(n²) answer the block structure must agree with. */
const adaTumpang = (g: RentangGabung[]) => g.some((a, i) => g.slice(i + 1).some((b) => bertumpuk(a, b)));

const rentang = (kolom: number) =>
  fc.tuple(fc.nat(kolom - 1), fc.nat(300), fc.nat(kolom - 1), fc.nat(300)).map(([a, r, b, s]) => ({
    c1: Math.min(a, b) + 1,
    c2: Math.max(a, b) + 1,
    r1: Math.min(r, s) + 1,
    r2: Math.max(r, s) + 1,
  }));

describe("merged ranges as Excel allows them", () => {
  it.each([
    [1000, "narrow columns inside one block"],
    [16384, "spans over whole blocks"],
  ])("finds an overlap exactly when there is one (%i columns: %s)", (kolom) => {
    fc.assert(
      fc.property(fc.array(rentang(kolom), { maxLength: 12 }), (g) => {
        const tolak = (() => {
          try {
            periksaGabung(g, Infinity);
            return false;
          } catch (e) {
            return e instanceof GalatBatas;
          }
        })();
        expect(tolak).toBe(adaTumpang(g));
      }),
      { numRuns: 400 },
    );
  });

  // Linear-ish, not quadratic: 200,000² pairs would take hours; the bound leaves room for a loaded CI.
  it("checks 200,000 side-by-side merges in seconds", () => {
    const g = Array.from({ length: 200_000 }, (_, i) => ({
      c1: 1 + 2 * (i % 8000),
      c2: 2 + 2 * (i % 8000),
      r1: 1 + Math.floor(i / 8000),
      r2: 1 + Math.floor(i / 8000),
    }));
    const mulai = Date.now();
    expect(() => periksaGabung(g, Infinity)).not.toThrow();
    expect(Date.now() - mulai).toBeLessThan(10_000);
  });

  it("refuses a million copies of one merge at the second one", () => {
    const g = Array.from({ length: 1_000_000 }, () => ({ c1: 4, c2: 5, r1: 4, r2: 1048576 }));
    expect(() => periksaGabung(g, Infinity)).toThrow("bertumpuk");
  });

  it("refuses more merges than the file's size can hold, and merges past the grid", () => {
    expect(() => periksaGabung([{ c1: 1, c2: 2, r1: 1, r2: 1 }], 0)).toThrow(GalatBatas);
    expect(() => periksaGabung([{ c1: 1, c2: 2, r1: 1, r2: 1048577 }], 9)).toThrow("di luar batas");
  });
});
