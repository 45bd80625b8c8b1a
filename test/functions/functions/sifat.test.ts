import fc from "fast-check";
import * as f from "../../../src/functions/functions";

/** Anything a cell, or a caller that is not Excel, might hand over. */
const sel = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 1, 4, 100, 2025),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.string(),
  fc.constantFrom("37%", "82,97", "1.234,5", "12 Unit", " ", "", "-", "+", "turun", "negatif_rasio"),
  fc.constantFrom("jumlah", "akhir", "rata-rata", "persen", "IKU-01", "iku 10", "constructor", "__proto__"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** A single cell, a proper or ragged 2-D range, an empty one, or rows that are not arrays. */
const argumen = fc.oneof(
  { weight: 3, arbitrary: sel.map((v) => [[v]]) },
  { weight: 3, arbitrary: fc.array(fc.array(sel, { maxLength: 10 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[], []]) },
  { weight: 1, arbitrary: fc.array(fc.oneof(sel, fc.array(sel, { maxLength: 3 })), { maxLength: 3 }) },
  { weight: 1, arbitrary: sel },
);

const KODE = new Set(["#VALUE!", "#N/A"]);

function galatSah(e: unknown): boolean {
  return e instanceof CustomFunctions.Error && KODE.has(e.code) && (e.message ?? "").trim().length > 0;
}

const nilaiSah = (v: unknown): boolean =>
  (typeof v === "number" && Number.isFinite(v)) || typeof v === "string";

/** Only finite numbers and strings, or a 2-D rectangle of those and of cell errors. */
function hasilSah(r: unknown): boolean {
  if (!Array.isArray(r)) return nilaiSah(r) && !Object.is(r, -0);
  if (r.length === 0 || !r.every((b) => Array.isArray(b) && b.length === r[0].length && b.length > 0))
    return false;
  return r.every((b: unknown[]) => b.every((v) => (nilaiSah(v) && !Object.is(v, -0)) || galatSah(v)));
}

const FUNGSI: [string, (...a: never[]) => unknown, number][] = [
  ["CAPAIAN", f.capaian, 4],
  ["CAPAIAN_RENTANG", f.capaianRentang, 4],
  ["UTTP_GROWTH", f.uttpGrowth, 3],
  ["PERTUMBUHAN", f.pertumbuhan, 3],
  ["PREDIKAT", f.predikatCapaian, 1],
  ["STATUS", f.status, 3],
  ["TARGET", f.target, 2],
  ["INDIKATOR", f.indikator, 0],
  ["IKM", f.ikm, 1],
  ["MUTU_PELAYANAN", f.mutuPelayananIkm, 2],
  ["SAMPEL_IKM", f.sampel, 1],
  ["AGREGAT", f.agregatTriwulan, 2],
];

describe.each(FUNGSI)("%s on arbitrary input", (_, fungsi, arity) => {
  it("returns only finite numbers and strings, or throws a CustomFunctions.Error with a message", () => {
    fc.assert(
      fc.property(fc.array(argumen, { minLength: arity, maxLength: arity }), (args) => {
        let r: unknown;
        try {
          r = (fungsi as (...a: unknown[]) => unknown)(...args);
        } catch (e) {
          return galatSah(e);
        }
        return hasilSah(r);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("CAPAIAN on ranges of two or more cells", () => {
  const rentang = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 6 }))
    .chain(([n, m]) =>
      fc.array(fc.array(sel, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
    );

  it("spills the shape of its range, never below 0", () => {
    fc.assert(
      fc.property(rentang, fc.double({ min: 0.001, max: 1e6, noNaN: true }), (r, t) => {
        const hasil = f.capaian(r, [[t]]);
        return (
          hasil.length === r.length &&
          hasil.every((b, i) => b.length === r[i].length && b.every((v) => typeof v !== "number" || v >= 0))
        );
      }),
      { numRuns: 1000 },
    );
  });
});
