/** A small XML tree for tests that read the parts of a written package. */
import { SaxesParser } from "saxes";

export interface Simpul {
  nama: string;
  atribut: Record<string, string>;
  anak: Simpul[];
  teks: string;
}

/** A parsed XML tree (prefixes kept as written); throws on XML that is not well formed. */
export function urai(xml: string): Simpul {
  const p = new SaxesParser({ xmlns: false });
  const akar: Simpul = { nama: "", atribut: {}, anak: [], teks: "" };
  const tumpukan = [akar];
  p.on("error", (e) => {
    throw e;
  });
  p.on("opentag", (t) => {
    const s: Simpul = { nama: t.name, atribut: t.attributes as Record<string, string>, anak: [], teks: "" };
    tumpukan[tumpukan.length - 1].anak.push(s);
    tumpukan.push(s);
  });
  p.on("text", (t) => (tumpukan[tumpukan.length - 1].teks += t));
  p.on("closetag", () => tumpukan.pop());
  p.write(xml).close();
  return akar.anak[0];
}

/** Every element named `nama` in the tree, the root included, in document order. */
export const semua = (s: Simpul, nama: string): Simpul[] =>
  [s.nama === nama ? [s] : [], ...s.anak.map((a) => semua(a, nama))].flat();

/** The names of an element's children, in order. */
export const anak = (s: Simpul): string[] => s.anak.map((a) => a.nama);
