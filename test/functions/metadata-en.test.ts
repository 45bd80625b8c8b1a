import fs from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const AKAR = path.resolve(__dirname, "..", "..");

interface Parameter {
  name: string;
  description?: string;
  [k: string]: unknown;
}
interface Fungsi {
  id: string;
  description?: string;
  parameters: Parameter[];
  [k: string]: unknown;
}
interface Metadata {
  functions: Fungsi[];
  [k: string]: unknown;
}

/** Everything Excel binds to (ids, names, parameter order/type/shape, result, help link), without the words. */
function tanpaUraian(m: Metadata): unknown {
  const tanpa = <T extends { description?: string }>(o: T) => ({ ...o, description: undefined });
  return {
    ...m,
    functions: m.functions.map((f) => ({ ...tanpa(f), parameters: f.parameters.map(tanpa) })),
  };
}

/** Every description of a metadata file, with where it sits. */
function uraian(m: Metadata): Array<[string, string]> {
  return m.functions.flatMap((f) => [
    [f.id, f.description ?? ""] as [string, string],
    ...f.parameters.map((p) => [`${f.id}.${p.name}`, p.description ?? ""] as [string, string]),
  ]);
}

// Indonesian function words that never belong in an English sentence; quoted argument values are allowed.
const KATA_INDONESIA =
  /\b(yang|dan|atau|untuk|dari|dengan|bila|sebagai|sel|rentang|misalnya|bawaan|kosong|tahun|menghitung)\b/i;
const KATA_INGGRIS = /\b(the|of|or|a|an|as|for|to|from|is|by|and|one)\b/i;

describe("the hand-written English functions metadata", () => {
  let indonesia: Metadata;
  const inggris: Metadata = JSON.parse(
    fs.readFileSync(path.join(AKAR, "src", "functions", "functions.en.json"), "utf8"),
  );

  beforeAll(async () => {
    const hasil = await generateCustomFunctionsMetadata(path.join(AKAR, "src", "functions", "functions.ts"));
    expect(hasil.errors).toEqual([]);
    indonesia = JSON.parse(hasil.metadataJson);
  }, 60000);

  it("binds exactly what the generated Indonesian metadata binds: ids, names, parameters, results", () => {
    expect(inggris.functions.map((f) => f.id)).toEqual(indonesia.functions.map((f) => f.id));
    expect(tanpaUraian(inggris)).toEqual(tanpaUraian(indonesia));
  });

  it("describes every function and parameter the Indonesian file describes", () => {
    expect(uraian(inggris).map(([k]) => k)).toEqual(uraian(indonesia).map(([k]) => k));
    expect(uraian(inggris).length).toBeGreaterThanOrEqual(12 + 25);
  });

  it("has a non-empty English description everywhere, none of them left in Indonesian", () => {
    const id = new Map(uraian(indonesia));
    for (const [kunci, teks] of uraian(inggris)) {
      const tanpaKutipan = teks.replace(/"[^"]*"/g, "");
      expect([kunci, teks.trim().length > 0]).toEqual([kunci, true]);
      expect([kunci, KATA_INDONESIA.test(tanpaKutipan)]).toEqual([kunci, false]);
      expect([kunci, teks === id.get(kunci)]).toEqual([kunci, false]);
    }
    const kalimat = inggris.functions.map((f) => f.description ?? "");
    expect(kalimat.filter((k) => !KATA_INGGRIS.test(k))).toEqual([]);
  });

  it("links every function to its own section of the help page the add-in serves", () => {
    for (const m of [inggris, indonesia]) {
      expect(m.functions.map((f) => f.helpUrl)).toEqual(
        m.functions.map((f) => `https://localhost:3000/bantuan.html#${f.id}`),
      );
    }
  });
});
