import { DAFTAR_FUNGSI } from "../../../src/functions/daftar";

// Indonesian function words that never belong in an English sentence; quoted values and `code` are allowed.
const KATA_INDONESIA =
  /\b(yang|dan|atau|untuk|dari|dengan|bila|sebagai|sel|rentang|misalnya|bawaan|kosong|tahun|menghitung)\b/i;
const tanpaKutipan = (t: string) => t.replace(/"[^"]*"|`[^`]*`/g, "");

/** Every text of the registry in one language, with where it sits. */
const teks = (bahasa: "id" | "en"): [string, string][] =>
  DAFTAR_FUNGSI.flatMap((f): [string, string][] => [
    [`${f.id} uraian`, f.uraian[bahasa]],
    [`${f.id} ringkas`, f.ringkas[bahasa]],
    ...f.penjelasan[bahasa].map((p, i): [string, string] => [`${f.id} penjelasan ${i}`, p]),
    ...f.parameter.map((p): [string, string] => [`${f.id}.${p.nama}`, p.uraian[bahasa]]),
    ...f.contoh.flatMap((c, i): [string, string][] =>
      c.catatan ? [[`${f.id} contoh ${i}`, c.catatan[bahasa]]] : [],
    ),
  ]);

describe("the function registry", () => {
  it("names each function and each of its parameters once", () => {
    const id = DAFTAR_FUNGSI.map((f) => f.id);
    expect(new Set(id).size).toBe(id.length);
    for (const f of DAFTAR_FUNGSI)
      expect([f.id, new Set(f.parameter.map((p) => p.nama)).size]).toEqual([f.id, f.parameter.length]);
  });

  it("puts optional parameters after the required ones, as Excel demands", () => {
    const salah = DAFTAR_FUNGSI.filter((f) =>
      f.parameter.some((p, i) => p.opsional && f.parameter.slice(i + 1).some((q) => !q.opsional)),
    );
    expect(salah.map((f) => f.id)).toEqual([]);
  });

  it("gives no example more arguments than the function takes, nor fewer than it needs", () => {
    const salah = DAFTAR_FUNGSI.flatMap((f) =>
      f.contoh
        .filter(
          (c) =>
            c.argumen.length > f.parameter.length ||
            c.argumen.length < f.parameter.filter((p) => !p.opsional).length,
        )
        .map((c) => `${f.id}(${c.argumen.length})`),
    );
    expect(salah).toEqual([]);
  });

  it("has every English text written in English, and every text filled in", () => {
    const id = new Map(teks("id"));
    const salah = teks("en").filter(
      ([k, t]) => !t.trim() || KATA_INDONESIA.test(tanpaKutipan(t)) || t === id.get(k),
    );
    expect(salah).toEqual([]);
    expect(teks("id").filter(([, t]) => !t.trim())).toEqual([]);
  });

  it("keeps help markup balanced: every `code` and *emphasis* closed", () => {
    const salah = [...teks("id"), ...teks("en")].filter(
      ([, t]) => (t.split("`").length - 1) % 2 === 1 || (tanpaKutipan(t).split("*").length - 1) % 2 === 1,
    );
    expect(salah).toEqual([]);
  });
});
