/**
 * The registry against the built add-in: the metadata Excel reads in both languages says what the
 * registry says, and every worked example gives its stated result in the built bundle.
 */
import fs from "node:fs";
import path from "node:path";
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";
import { rumusContoh, tulisHasil } from "../../src/functions/daftar/tulis";
import { nilaiArgumen, tampilkan } from "../functions/daftar/tampil-hasil";
import { muatFungsi, panggil } from "./muat-fungsi";

const DIST = path.resolve(__dirname, "..", "..", "dist");

type Meta = {
  functions: {
    id: string;
    description: string;
    parameters?: { name: string; optional?: boolean; description: string }[];
  }[];
};
const baca = (f: string): Meta => JSON.parse(fs.readFileSync(path.join(DIST, f), "utf8"));

describe("the function registry in the built add-in", () => {
  it.each([
    ["functions.json", "id"],
    ["functions.en.json", "en"],
  ] as const)("%s lists the registry's functions, parameters and %s descriptions", (berkas, bahasa) => {
    const dariMeta = baca(berkas).functions.map((f) => [
      f.id,
      f.description,
      (f.parameters ?? []).map((p) => [p.name, p.optional ?? false, p.description]),
    ]);
    const dariDaftar = DAFTAR_FUNGSI.map((f) => [
      f.id,
      f.uraian[bahasa],
      f.parameter.map((p) => [p.nama, p.opsional ?? false, p.uraian[bahasa]]),
    ]);
    expect(dariMeta).toEqual(dariDaftar);
  });

  const termuat = muatFungsi(DIST);
  it.each(
    DAFTAR_FUNGSI.flatMap((f) =>
      f.contoh.map((c) => [rumusContoh(f.id, c.argumen, "id"), tulisHasil(c.hasil, "id"), f.id, c] as const),
    ),
  )("%s gives %s in the built bundle", (_, tampil, id, c) => {
    const nyata = panggil(termuat, id, c.argumen.map(nilaiArgumen), "uraian" in c.hasil);
    expect(tampilkan(nyata, c.hasil)).toBe(tampil);
  });
});
