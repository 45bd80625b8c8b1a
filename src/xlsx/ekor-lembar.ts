/**
 * Where a worksheet's cell data ends and where new conditional formats go, found by a real XML
 * parser (saxes): a `</sheetData>` inside a comment, a CDATA section or a cell's text is text,
 * not the end. The sheet streams through unchanged up to the end of its sheetData; only the tail
 * after it (merges, rules, page setup: small) is held and rewritten.
 */
import { SaxesParser } from "saxes";
import { BATAS_POTONGAN, GalatXml, PemindaiXml } from "./pemindai-xml";
import { lindungiXml, namaLokal } from "./teks-xml";
import { sesudah } from "./urutan-lembar";

/** A tag's namespace prefix with its colon ("x:sheetData" → "x:"), "" without one. */
const awalanDari = (nama: string): string => nama.slice(0, nama.indexOf(":") + 1);

/** A saxes parser for an OOXML part: no namespace processing (prefixes kept as written), errors thrown. */
function pengurai(): SaxesParser {
  const p = new SaxesParser({ xmlns: false, position: true });
  p.on("error", (e) => {
    throw new GalatXml(`XML tidak sah: ${e.message}`);
  });
  return p;
}

/**
 * A worksheet's XML passed through unchanged up to the end of its sheetData (a child of the root);
 * the rest is collected and replaced by `ganti(ekor, awalan, akar)`, where `awalan` is the
 * namespace prefix of the sheetData tag ("" or "x:") and `akar` the root's tag name. Without
 * sheetData nothing is replaced. XML that is not well formed is refused (GalatXml).
 */
export async function* gantiEkor(
  potongan: AsyncIterable<string>,
  ganti: (ekor: string, awalan: string, akar: string) => string,
): AsyncGenerator<string> {
  const p = pengurai();
  let kedalaman = 0;
  let akar = "";
  let awalan = "";
  // Absolute offset just past the end of sheetData, once seen.
  let akhir = -1;
  p.on("opentag", (t) => {
    if (kedalaman === 0) akar = t.name;
    kedalaman++;
  });
  p.on("closetag", (t) => {
    if (kedalaman === 2 && akhir < 0 && namaLokal(t.name) === "sheetData") {
      akhir = p.position;
      awalan = awalanDari(t.name);
    }
    kedalaman--;
  });
  let dikirim = 0;
  let ekor: string[] | undefined;
  let panjangEkor = 0;
  for await (const s of potongan) {
    p.write(s);
    if (ekor) {
      ekor.push(s);
      panjangEkor += s.length;
      // Merges, rules and page setup after the cells: megabytes at most in a real sheet.
      if (panjangEkor > 16 * BATAS_POTONGAN) throw new GalatXml("bagian akhir lembar terlalu panjang");
    } else if (akhir >= 0) {
      const i = akhir - dikirim;
      yield s.slice(0, i);
      ekor = [s.slice(i)];
      panjangEkor = s.length - i;
    } else {
      yield s;
      dikirim += s.length;
    }
  }
  p.close();
  if (ekor) yield ganti(ekor.join(""), awalan, akar);
}

/**
 * The part of a worksheet after its sheetData, or undefined when it has none. For reading only
 * (merges, existing rules), so the project's own streaming scanner does it, several times faster
 * than saxes on a sheet of a million rows; comments and CDATA are skipped the same way.
 */
export async function pisahEkor(
  potongan: AsyncIterable<string>,
): Promise<{ ekor: string; awalan: string } | undefined> {
  let kedalaman = 0;
  let akhir = -1;
  let awalan = "";
  const pemindai: PemindaiXml = new PemindaiXml({
    tangkap: false,
    buka() {
      kedalaman++;
    },
    tutup(nama, tag = "") {
      if (kedalaman === 2 && akhir < 0 && nama === "sheetData") {
        akhir = pemindai.akhirTag;
        awalan = awalanDari(tag.replace(/^\//, "").split(/[\s/]/)[0]);
      }
      kedalaman--;
    },
    teks() {},
  });
  let dibaca = 0;
  const ekor: string[] = [];
  for await (const s of potongan) {
    if (akhir >= 0) {
      ekor.push(s);
      continue;
    }
    const sebelum = dibaca;
    dibaca += s.length;
    pemindai.isi(s);
    if (akhir >= 0) ekor.push(s.slice(Math.max(0, akhir - sebelum)));
  }
  return akhir < 0 ? undefined : { ekor: ekor.join(""), awalan };
}

/** Elements a worksheet holds after conditionalFormatting, in schema order (CT_Worksheet). */
const SESUDAH_FORMAT = new Set<string>(sesudah("conditionalFormatting"));

/**
 * Where, in a sheet's tail, elements after conditionalFormatting begin (or the sheet closes):
 * the tail is parsed inside an element named like the sheet's root, so comments, CDATA and
 * nested elements are what they are.
 */
function titikSisip(ekor: string, akar: string): number {
  const buka = `<${akar}>`;
  const teks = buka + ekor;
  const p = pengurai();
  let kedalaman = 0;
  let titik = -1;
  // Attribute values cannot hold "<", so the last one before a tag's event is where the tag starts.
  const awalTag = () => teks.lastIndexOf("<", p.position - 1) - buka.length;
  p.on("opentag", (t) => {
    if (titik < 0 && kedalaman === 1 && SESUDAH_FORMAT.has(namaLokal(t.name))) titik = awalTag();
    kedalaman++;
  });
  p.on("closetag", () => {
    kedalaman--;
    if (titik < 0 && kedalaman === 0) titik = awalTag();
  });
  p.write(teks).close();
  return titik < 0 ? ekor.length : titik;
}

export interface AturanRumus {
  sqref: string;
  rumus: string;
  dxfId: number;
  prioritas: number;
  /** Stops lower rules from applying to the same cell when this one matches. */
  berhenti?: boolean;
}

/**
 * The tail with conditionalFormatting elements added at the place the schema requires. `akar` is
 * the sheet root's tag name as written (by default `worksheet` with the same prefix).
 */
export function sisipkanAturan(
  ekor: string,
  awalan: string,
  aturan: readonly AturanRumus[],
  akar = `${awalan}worksheet`,
): string {
  const xml = aturan
    .map(
      (a) =>
        `<${awalan}conditionalFormatting sqref="${lindungiXml(a.sqref)}">` +
        `<${awalan}cfRule type="expression" dxfId="${a.dxfId}" priority="${a.prioritas}"` +
        `${a.berhenti ? ' stopIfTrue="1"' : ""}>` +
        // A formula in the file carries no leading "=", unlike one typed or set through Office.js.
        `<${awalan}formula>${lindungiXml(a.rumus.replace(/^=/, ""))}</${awalan}formula></${awalan}cfRule>` +
        `</${awalan}conditionalFormatting>`,
    )
    .join("");
  const i = titikSisip(ekor, akar);
  return ekor.slice(0, i) + xml + ekor.slice(i);
}
