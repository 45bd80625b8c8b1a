import fc from "fast-check";
import { hitungCapaian, hitungCapaianRentang } from "../../../src/domain/capaian";
import { adalahGalat } from "../../../src/domain/galat";
import { mutuPelayanan, predikat } from "../../../src/domain/predikat";

const angka = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e308, -1e308),
);
const polaritas = fc.constantFrom("positif" as const, "negatif" as const, "negatif_rasio" as const);
const batas = fc.option(angka, { nil: undefined });

describe("domain rules on arbitrary finite numbers", () => {
  it("capaian is a finite number of at least 0, or a Galat", () => {
    fc.assert(
      fc.property(angka, angka, polaritas, batas, (r, t, p, b) => {
        const c = hitungCapaian(r, t, p, b);
        return (
          adalahGalat(c) || (Number.isFinite(c) && c >= 0 && !Object.is(c, -0) && (b === undefined || c <= b))
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("a range capaian is 1 inside its range", () => {
    fc.assert(
      fc.property(angka, angka, polaritas, (a, b, p) => {
        const [bawah, atas] = a <= b ? [a, b] : [b, a];
        // Halving subnormals can round the midpoint out of the range, so keep it inside.
        const tengah = Math.min(atas, Math.max(bawah, bawah / 2 + atas / 2));
        return hitungCapaianRentang(tengah, bawah, atas, p) === 1;
      }),
      { numRuns: 1000 },
    );
  });

  it("predikat is one of the five levels and never falls as capaian rises", () => {
    const urutan = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"];
    fc.assert(
      fc.property(angka, angka, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        return urutan.indexOf(predikat(a)) >= 0 && urutan.indexOf(predikat(a)) <= urutan.indexOf(predikat(b));
      }),
      { numRuns: 1000 },
    );
  });

  it("mutu pelayanan is A to D for every IKM from 25 to 100", () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 100, noNaN: true }), fc.boolean(), (ikm, lengkap) => {
        const m = mutuPelayanan(ikm, lengkap);
        return typeof m === "string" && /^[ABCD]( \(.+\))?$/.test(m);
      }),
      { numRuns: 1000 },
    );
  });
});
