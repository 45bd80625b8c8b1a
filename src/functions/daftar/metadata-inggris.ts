import { DAFTAR_FUNGSI, type EntriFungsi } from "./index";

/** The parts of functions.json this touches; everything else is carried over unchanged. */
interface ParameterMetadata {
  name: string;
  description?: string;
  [kunci: string]: unknown;
}
interface FungsiMetadata {
  id: string;
  description?: string;
  parameters?: ParameterMetadata[];
  [kunci: string]: unknown;
}
export interface Metadata {
  functions: FungsiMetadata[];
  [kunci: string]: unknown;
}

/**
 * The English functions metadata: the Indonesian functions.json the metadata plugin wrote from the
 * JSDoc, with every description taken from the registry's English. Ids, names, parameters and help
 * links stay as generated, so both languages bind the same functions.
 */
export function metadataInggris(
  indonesia: Metadata,
  daftar: readonly EntriFungsi[] = DAFTAR_FUNGSI,
): Metadata {
  const menurutId = new Map(daftar.map((f) => [f.id, f]));
  const tanpaEntri = daftar.filter((f) => !indonesia.functions.some((m) => m.id === f.id)).map((f) => f.id);
  if (tanpaEntri.length)
    throw new Error(`Daftar fungsi memuat fungsi yang tidak ada di JSDoc: ${tanpaEntri.join(", ")}`);
  const functions = indonesia.functions.map((m) => {
    const f = menurutId.get(m.id);
    if (!f) throw new Error(`Fungsi ${m.id} tidak ada di daftar fungsi`);
    const nama = (m.parameters ?? []).map((p) => p.name);
    if (nama.join() !== f.parameter.map((p) => p.nama).join())
      throw new Error(`Parameter ${m.id} di JSDoc (${nama.join(", ")}) berbeda dengan daftar fungsi`);
    const parameters = m.parameters?.map((p, i) => ({ ...p, description: f.parameter[i].uraian.en }));
    return { ...m, description: f.uraian.en, ...(parameters ? { parameters } : {}) };
  });
  return { ...indonesia, functions };
}
