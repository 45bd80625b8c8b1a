/**
 * The help page the functions' @helpurl opens (dist/bantuan.html, minified by the build, so
 * quotes and closing tags are optional below): one section per function id, each showing the
 * registry's worked examples (referensi.e2e.ts runs them in the built bundle).
 */
import fs from "node:fs";
import path from "node:path";
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";
import { rumusContoh, tulisHasil } from "../../src/functions/daftar/tulis";

const DIST = path.resolve(__dirname, "..", "..", "dist");
const HTML = fs.readFileSync(path.join(DIST, "bantuan.html"), "utf8");

type Meta = { functions: { id: string; helpUrl?: string }[] };
const baca = (f: string): Meta => JSON.parse(fs.readFileSync(path.join(DIST, f), "utf8"));
const ENTITAS: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const teks = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITAS[e]);

/** Each example row on the page, by the id of the section it sits in: [id, formula, shown result]. */
function contohHalaman(): Array<[string, string, string]> {
  return HTML.split("<section").flatMap((bagian) => {
    const id = /<h2 id="?([A-Z_]+)"?[\s>]/.exec(bagian)?.[1];
    if (!id) return [];
    return [...bagian.matchAll(/<tr><td><code>([^<]+)<\/code>(?:<\/td>)?<td>([^<]*)(?:<\/td>)?<\/tr>/g)].map(
      (m) => [id, teks(m[1]), teks(m[2])] as [string, string, string],
    );
  });
}

const CONTOH = DAFTAR_FUNGSI.flatMap((f) =>
  f.contoh.map((c) => [rumusContoh(f.id, c.argumen, "id"), tulisHasil(c.hasil, "id"), f.id] as const),
);

describe("the help page", () => {
  it("has one section per function, where both metadata files' help links point", () => {
    for (const berkas of ["functions.json", "functions.en.json"]) {
      const meta = baca(berkas);
      expect(meta.functions).toHaveLength(DAFTAR_FUNGSI.length);
      for (const f of meta.functions) {
        expect(f.helpUrl).toBe(`https://localhost:3000/bantuan.html#${f.id}`);
        expect(HTML).toMatch(new RegExp(`<h2 id="?${f.id}"?[\\s>]`));
      }
    }
  });

  it("shows every worked example of the registry in its function's section, and no other", () => {
    expect(contohHalaman()).toEqual(CONTOH.map(([rumus, tampil, id]) => [id, rumus, tampil]));
    expect(contohHalaman().length).toBeGreaterThanOrEqual(33);
  });

  it("explains every function in English too", () => {
    const bagian = HTML.split("<section").slice(2);
    expect(bagian.map((b) => /<p lang="?en"?>/.test(b))).toEqual(DAFTAR_FUNGSI.map(() => true));
  });
});
