/** Entity decoding and escaping for OOXML text: the five named entities and numeric references. */
const BERNAMA: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function uraiEntitas(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (asli, e: string) => {
    if (e[0] !== "#") return BERNAMA[e] ?? asli;
    const kode = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return kode <= 0x10ffff ? String.fromCodePoint(kode) : asli;
  });
}

/** Text for element content or a double-quoted attribute. */
export const lindungiXml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** An attribute of one start tag's text (`c r="B2" t="s"`), entities decoded; undefined when absent. */
export function atribut(tag: string, nama: string): string | undefined {
  let i = 0;
  for (;;) {
    i = tag.indexOf(nama, i);
    if (i < 0) return undefined;
    const sebelum = tag.charCodeAt(i - 1);
    let j = i + nama.length;
    while (tag.charCodeAt(j) === 32) j++;
    // The name must stand alone: after a space, tab or newline and before "=".
    if ((sebelum === 32 || sebelum === 9 || sebelum === 10 || sebelum === 13) && tag[j] === "=") {
      j++;
      while (tag.charCodeAt(j) === 32) j++;
      const kutip = tag[j];
      const akhir = tag.indexOf(kutip, j + 1);
      if ((kutip === '"' || kutip === "'") && akhir > 0) return uraiEntitas(tag.slice(j + 1, akhir));
    }
    i += nama.length;
  }
}

/** The local name of a tag's text ("x:row r=…" → "row"), without a leading "/". */
export function namaLokal(tag: string): string {
  let akhir = 0;
  while (akhir < tag.length) {
    const k = tag.charCodeAt(akhir);
    if (k === 32 || k === 9 || k === 10 || k === 13 || k === 47 || k === 62) break;
    akhir++;
  }
  const awal = tag[0] === "/" ? 1 : 0;
  const nama = tag.slice(awal, akhir || tag.length);
  const titik = nama.indexOf(":");
  return titik < 0 ? nama : nama.slice(titik + 1);
}
