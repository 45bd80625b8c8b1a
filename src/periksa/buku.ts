/** The parts of an .xlsx that periksa needs: its worksheets in order, shared strings and styles. */
import { posix } from "node:path";
import { GalatBatas, batasEntri } from "../xlsx/batas";
import { bacaTeksBersama } from "../xlsx/lembar-xml";
import { atribut } from "../xlsx/teks-xml";
import { EntriZip, ZipBaca } from "../xlsx/zip-baca";
import { GalatBerkas } from "./pesan-berkas";

export interface LembarBuku {
  nama: string;
  entri: EntriZip;
}

export interface Buku {
  zip: ZipBaca;
  lembar: LembarBuku[];
  teksBersama: string[];
  /** styles.xml, absent in a few minimal workbooks. */
  gaya?: EntriZip;
}

interface Relasi {
  id: string;
  jenis: string;
  target: string;
}

const tag = (xml: string, nama: string): string[] =>
  [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${nama}\\s[^>]*>`, "g"))].map((m) => m[0]);

async function relasi(zip: ZipBaca, bagian: string): Promise<Relasi[]> {
  const e = zip.cari(posix.join(posix.dirname(bagian), "_rels", `${posix.basename(bagian)}.rels`));
  if (!e) return [];
  return tag(await zip.teksUtuh(e), "Relationship").map((t) => {
    const target = atribut(t, "Target") ?? "";
    // Targets are relative to the part's folder, or absolute from the package root.
    const penuh = target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(bagian), target);
    return { id: atribut(t, "Id") ?? "", jenis: atribut(t, "Type") ?? "", target: posix.normalize(penuh) };
  });
}

const akhiran = (r: Relasi, jenis: string) => r.jenis.endsWith(`/${jenis}`);

export async function bacaBuku(zip: ZipBaca): Promise<Buku> {
  const akar = (await relasi(zip, "")).find((r) => akhiran(r, "officeDocument"));
  const bagian = akar?.target ?? "xl/workbook.xml";
  const wb = zip.cari(bagian);
  if (!wb) throw new GalatBerkas("rusak");
  const xml = await zip.teksUtuh(wb);
  // A document or presentation renamed to .xlsx has an office document that is no workbook.
  if (!/<([\w.-]+:)?workbook[\s>]/.test(xml)) throw new GalatBerkas("bukan-excel");
  const rel = await relasi(zip, bagian);
  const menurutId = new Map(rel.map((r) => [r.id, r]));
  const lembar: LembarBuku[] = [];
  const dipakai = new Set<EntriZip>();
  for (const t of tag(xml, "sheet")) {
    const id = atribut(t, "r:id") ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(t)?.[1];
    const r = id === undefined ? undefined : menurutId.get(id);
    // Chart sheets and dialog sheets hold no cells to check.
    if (!r || !akhiran(r, "worksheet")) continue;
    const entri = zip.cari(r.target);
    if (!entri) throw new GalatBerkas("rusak");
    // Each sheet has a part of its own; 20,000 names for one part would be judged 20,000 times.
    if (dipakai.has(entri))
      throw new GalatBatas(`dua lembar memakai satu bagian ${entri.nama.slice(0, 100)}`);
    dipakai.add(entri);
    lembar.push({ nama: atribut(t, "name") ?? "", entri });
  }
  const ss = rel.find((r) => akhiran(r, "sharedStrings"));
  const ssEntri = ss && zip.cari(ss.target);
  const teksBersama = ssEntri ? await bacaTeksBersama(zip.teks(ssEntri), batasEntri(zip.ukuranBerkas)) : [];
  const gaya = rel.find((r) => akhiran(r, "styles"));
  return { zip, lembar, teksBersama, gaya: gaya && zip.cari(gaya.target) };
}
