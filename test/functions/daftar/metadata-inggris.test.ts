import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DAFTAR_FUNGSI, type EntriFungsi } from "../../../src/functions/daftar";
import { metadataInggris, type Metadata } from "../../../src/functions/daftar/metadata-inggris";

const FUNGSI_TS = path.resolve(__dirname, "../../../src/functions/functions.ts");

/** Everything Excel binds to (ids, names, parameter order/type/shape, result, help link), without the words. */
function tanpaUraian(m: Metadata): unknown {
  const tanpa = <T extends { description?: string }>(o: T) => ({ ...o, description: undefined });
  return { ...m, functions: m.functions.map((f) => ({ ...tanpa(f), parameters: f.parameters?.map(tanpa) })) };
}

/** Every description with where it sits: "CAPAIAN" or "CAPAIAN.realisasi". */
const uraian = (m: Metadata) =>
  m.functions.flatMap((f) => [
    [f.id, f.description],
    ...(f.parameters ?? []).map((p) => [`${f.id}.${p.name}`, p.description]),
  ]);
const uraianDaftar = (daftar: readonly EntriFungsi[], bahasa: "id" | "en") =>
  daftar.flatMap((f) => [
    [f.id, f.uraian[bahasa]],
    ...f.parameter.map((p) => [`${f.id}.${p.nama}`, p.uraian[bahasa]]),
  ]);

describe("the English functions metadata written from the registry", () => {
  let indonesia: Metadata;
  beforeAll(async () => {
    const hasil = await generateCustomFunctionsMetadata(FUNGSI_TS);
    expect(hasil.errors).toEqual([]);
    indonesia = JSON.parse(hasil.metadataJson);
  }, 60000);

  it("starts from metadata the plugin wrote with the registry's Indonesian descriptions", () => {
    expect(uraian(indonesia)).toEqual(uraianDaftar(DAFTAR_FUNGSI, "id"));
  });

  it("binds exactly what the Indonesian metadata binds: ids, names, parameters, results, help links", () => {
    const inggris = metadataInggris(indonesia);
    expect(inggris.functions.map((f) => f.id)).toEqual(indonesia.functions.map((f) => f.id));
    expect(tanpaUraian(inggris)).toEqual(tanpaUraian(indonesia));
  });

  it("carries the registry's English description for every function and parameter", () => {
    expect(uraian(metadataInggris(indonesia))).toEqual(uraianDaftar(DAFTAR_FUNGSI, "en"));
  });

  it("links every function to its own section of the help page", () => {
    expect(indonesia.functions.map((f) => f.helpUrl)).toEqual(
      indonesia.functions.map((f) => `https://localhost:3000/bantuan.html#${f.id}`),
    );
  });

  it("refuses a registry whose functions or parameters differ from the JSDoc", () => {
    const [pertama, ...sisa] = DAFTAR_FUNGSI;
    expect(() => metadataInggris(indonesia, sisa)).toThrow(/CAPAIAN tidak ada di daftar fungsi/);
    const tertukar = { ...pertama, parameter: [...pertama.parameter].reverse() };
    expect(() => metadataInggris(indonesia, [tertukar, ...sisa])).toThrow(/Parameter CAPAIAN/);
    const tambahan = { ...pertama, id: "BARU" };
    expect(() => metadataInggris(indonesia, [...DAFTAR_FUNGSI, tambahan])).toThrow(/BARU/);
  });
});
