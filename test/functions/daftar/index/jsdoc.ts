/** What the metadata plugin reads from one JSDoc block of src/functions/functions.ts. */
export interface JsdocFungsi {
  id: string;
  namaEkspor: string;
  uraian: string;
  parameter: { nama: string; opsional: boolean; jenis: string; uraian: string }[];
  kembalian: string;
}

const BLOK = /\/\*\*([\s\S]*?)\*\/\s*export function (\w+)\s*\(/g;
const PARAM = /^\{([^}]*)\}\s+(\[(\w+)\]|\w+)\s+([\s\S]*)$/;

/** Each tag with its text (continuation lines joined), and the untagged description first. */
function tag(badan: string): { uraian: string; tag: [string, string][] } {
  const baris = badan
    .split("\n")
    .map((b) => b.replace(/^\s*\*\s?/, "").trim())
    .filter(Boolean);
  const hasil: { uraian: string; tag: [string, string][] } = { uraian: "", tag: [] };
  for (const b of baris) {
    const m = /^@(\w+)\s*(.*)$/.exec(b);
    if (m) hasil.tag.push([m[1], m[2]]);
    else if (hasil.tag.length) hasil.tag[hasil.tag.length - 1][1] += ` ${b}`;
    else hasil.uraian = `${hasil.uraian} ${b}`.trim();
  }
  return hasil;
}

/** Every exported function marked @customfunction, in source order. */
export function bacaJsdoc(sumber: string): JsdocFungsi[] {
  return [...sumber.matchAll(BLOK)].flatMap(([, badan, namaEkspor]) => {
    const t = tag(badan);
    const id = t.tag.find(([n]) => n === "customfunction")?.[1];
    if (id === undefined) return [];
    const parameter = t.tag
      .filter(([n]) => n === "param")
      .map(([, isi]) => {
        const m = PARAM.exec(isi);
        if (!m) throw new Error(`@param tak terbaca di ${namaEkspor}: ${isi}`);
        return { jenis: m[1], nama: m[3] ?? m[2], opsional: m[3] !== undefined, uraian: m[4].trim() };
      });
    const kembalian = (t.tag.find(([n]) => n === "returns")?.[1] ?? "").replace(/^\{[^}]*\}\s*/, "");
    return [{ id, namaEkspor, uraian: t.uraian, parameter, kembalian }];
  });
}
