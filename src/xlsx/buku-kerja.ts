/**
 * The one workbook reader: an .xlsx's worksheets in order and each sheet's rows, streamed and held
 * to the format's limits (batas.ts). Values are what Excel saved (a formula by its cached result,
 * a saved 0 kept as 0, dates as serial numbers); formulas and error marks on request. `periksa`
 * and `laporan` read workbooks only through this module, so they cannot disagree on a file.
 */
import { posix } from "node:path";
import { batasEntri } from "./batas";
import { pisahEkor } from "./ekor-lembar";
import { IsiEkor, uraiEkor } from "./ekor-baca";
import { NilaiXml, PembacaBaris, RinciBaris, bacaTeksBersama } from "./lembar-xml";
import { PemindaiXml } from "./pemindai-xml";
import { atribut } from "./teks-xml";
import { EntriZip, GalatZip, ZipBaca } from "./zip-baca";

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

/** A zip whose office document is no workbook (a document or presentation renamed to .xlsx). */
export class GalatBukanBuku extends Error {}

interface Relasi {
  id: string;
  jenis: string;
  target: string;
}

/** The start tags (their text) of elements named `nama`, found by the scanner: none from comments or CDATA. */
function tag(xml: string, nama: string): string[] {
  const hasil: string[] = [];
  new PemindaiXml({
    tangkap: false,
    buka: (n, t) => void (n === nama && hasil.push(t)),
    tutup: () => undefined,
    teks: () => undefined,
  }).isi(xml);
  return hasil;
}

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

// Said to the user as a damaged file, without the part's name (a zip's insides mean nothing to a planner).
const hilang = (apa: string) => new GalatZip("rusak", `bagian ${apa.slice(0, 100)} tidak ada`);

/**
 * The workbook in an opened zip: its worksheets in order (chart and dialog sheets left out), the
 * shared strings (bounded by what the file's size can hold) and the styles part.
 */
export async function bacaBuku(zip: ZipBaca): Promise<Buku> {
  const akar = (await relasi(zip, "")).find((r) => akhiran(r, "officeDocument"));
  const bagian = akar?.target ?? "xl/workbook.xml";
  const wb = zip.cari(bagian);
  if (!wb) throw hilang(bagian);
  const xml = await zip.teksUtuh(wb);
  if (tag(xml, "workbook").length === 0) throw new GalatBukanBuku(bagian);
  const rel = await relasi(zip, bagian);
  const menurutId = new Map(rel.map((r) => [r.id, r]));
  const lembar: LembarBuku[] = [];
  const dipakai = new Set<EntriZip>();
  for (const t of tag(xml, "sheet")) {
    const id = atribut(t, "r:id") ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(t)?.[1];
    const r = id === undefined ? undefined : menurutId.get(id);
    if (!r || !akhiran(r, "worksheet")) continue;
    const entri = zip.cari(r.target);
    if (!entri) throw hilang(r.target);
    // Each sheet has a part of its own; 20,000 names for one part would be judged 20,000 times.
    if (dipakai.has(entri)) {
      const pesan = `dua lembar memakai satu bagian ${entri.nama.slice(0, 100)}`;
      throw new GalatZip("rusak", pesan, pesan);
    }
    dipakai.add(entri);
    lembar.push({ nama: atribut(t, "name") ?? "", entri });
  }
  const ss = rel.find((r) => akhiran(r, "sharedStrings"));
  const ssEntri = ss && zip.cari(ss.target);
  const teksBersama = ssEntri ? await bacaTeksBersama(zip.teks(ssEntri), batasEntri(zip.ukuranBerkas)) : [];
  const gaya = rel.find((r) => akhiran(r, "styles"));
  return { zip, lembar, teksBersama, gaya: gaya && zip.cari(gaya.target) };
}

/** A row as handed out: its 1-based number, values from column A, details when asked for. */
export type TerimaBaris = (nomor: number, sel: NilaiXml[], rinci?: RinciBaris) => void;

/**
 * Streams a sheet's rows in file order, one call per row that holds anything. With `rinci`, each
 * row also carries its cells' formulas and error marks.
 */
export async function alirkanBaris(
  buku: Buku,
  lembar: LembarBuku,
  terima: TerimaBaris,
  rinci = false,
): Promise<void> {
  const p = new PembacaBaris(buku.teksBersama, terima, rinci);
  // Read to the end even past sheetData: the part's CRC is checked only there.
  for await (const s of buku.zip.teks(lembar.entri)) if (!p.selesai) p.pemindai.isi(s);
}

/** A sheet's tail after its cell data: the text (for patching) and what it holds. */
export interface EkorLembar extends IsiEkor {
  ekor: string;
  /** The namespace prefix of the sheet's tags ("" or "x:"). */
  awalan: string;
}

/** The sheet's tail, or undefined for a part without sheetData (no cells at all). */
export async function ekorLembar(buku: Buku, lembar: LembarBuku): Promise<EkorLembar | undefined> {
  const e = await pisahEkor(buku.zip.teks(lembar.entri));
  return e && { ...e, ...uraiEkor(e.ekor) };
}
