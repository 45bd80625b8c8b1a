import fs from "node:fs";
import path from "node:path";
import { DAFTAR_FUNGSI } from "../../../../src/functions/daftar";
import * as adapter from "../../../../src/functions/functions";
import { rumusContoh, tulisHasil } from "../../../../src/functions/daftar/tulis";
import { bacaJsdoc } from "./jsdoc";
import { nilaiArgumen, tampilkan } from "../tampil-hasil";

// The adapter Excel calls for each id is the one the JSDoc marks, as the metadata plugin associates it.
const JSDOC = new Map(
  bacaJsdoc(fs.readFileSync(path.resolve(__dirname, "../../../../src/functions/functions.ts"), "utf8")).map(
    (j) => [j.id, j],
  ),
);

/** A result with every CustomFunctions.Error as { error, message }, the form cases.json states. */
const baca = (x: unknown): unknown => {
  if (x instanceof CustomFunctions.Error) return { error: x.code, message: x.message };
  return Array.isArray(x) ? x.map(baca) : x;
};

/** Calls the adapter as Excel does: a cell given to a range parameter arrives as 1×1, a 1×1 result shows as its value. */
function panggil(id: string, argumen: unknown[]): unknown {
  const j = JSDOC.get(id);
  const f = j && (adapter as Record<string, unknown>)[j.namaEkspor];
  if (!j || typeof f !== "function") throw new Error(`Tidak ada adapter untuk ${id}`);
  const masuk = argumen.map((a, i) =>
    j.parameter[i]?.jenis.endsWith("[][]") && !Array.isArray(a) ? [[a]] : a,
  );
  let hasil: unknown[][] | unknown;
  try {
    hasil = baca(f(...masuk));
  } catch (e) {
    hasil = baca(e);
  }
  const satuSel =
    Array.isArray(hasil) && hasil.length === 1 && Array.isArray(hasil[0]) && hasil[0].length === 1;
  return satuSel ? (hasil as unknown[][])[0][0] : hasil;
}

const CONTOH = DAFTAR_FUNGSI.flatMap((f) =>
  f.contoh.map((c) => [rumusContoh(f.id, c.argumen, "id"), tulisHasil(c.hasil, "id"), f.id, c] as const),
);

describe("every worked example of the registry", () => {
  it("exists for every function, at least one each", () => {
    expect(DAFTAR_FUNGSI.filter((f) => f.contoh.length === 0).map((f) => f.id)).toEqual([]);
    expect(CONTOH.length).toBeGreaterThanOrEqual(33);
  });

  it.each(CONTOH)("%s gives %s through the real adapter", (_, tampil, id, c) => {
    const nyata = panggil(id, c.argumen.map(nilaiArgumen));
    expect(tampilkan(nyata, c.hasil)).toBe(tampil);
  });

  it("is caught when a stated result is wrong", () => {
    const nyata = panggil("CAPAIAN", [0.39, 0.41]);
    expect(tampilkan(nyata, { angka: 0.95, persen: true })).not.toBe(
      tulisHasil({ angka: 0.95, persen: true }, "id"),
    );
    expect(tampilkan(panggil("CAPAIAN", [5, 0]), { teks: "0" })).toMatch(/^tak terduga/);
  });
});
