/**
 * Worksheet and shared-string XML read as a stream: values per row as Excel shows them (a
 * formula by its saved result, 0 and "" included; dates as serial numbers), plus the pieces of a
 * sheet after its cell data (merges, conditional formats), where new rules are inserted.
 */
import { BATAS_POTONGAN, GalatXml, PemindaiXml, PengamatXml } from "./pemindai-xml";
import { atribut, lindungiXml, uraiEntitas } from "./teks-xml";

export type NilaiXml = string | number | boolean;

/** "AB12" → 27 (0-based column); -1 without letters. */
export function kolomDari(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i) | 32;
    if (k < 97 || k > 122) break;
    n = n * 26 + (k - 96);
  }
  return i === 0 ? -1 : n - 1;
}

const barisDari = (ref: string): number => Number(ref.replace(/^[A-Za-z$]+/, "").replace("$", ""));

const HARI_NOL = Date.UTC(1899, 11, 30);

/** One cell's value from its type attribute and the raw text of <v> or <is>. */
function nilaiSel(
  t: string | undefined,
  v: string | undefined,
  inline: string,
  bersama: readonly string[],
): NilaiXml {
  switch (t) {
    case "s":
      return bersama[Number(v)] ?? "";
    case "inlineStr":
      return uraiEntitas(inline);
    case "str":
    case "e":
      return v === undefined ? "" : uraiEntitas(v);
    case "b":
      return v === undefined ? "" : v.trim() === "1" || v.trim() === "true";
    case "d": {
      const w = v === undefined ? NaN : Date.parse(v.endsWith("Z") || /[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(w) ? (v ?? "") : (w - HARI_NOL) / 86400000;
    }
    default: {
      if (v === undefined || v.trim() === "") return "";
      const n = Number(v);
      return Number.isFinite(n) ? n : uraiEntitas(v);
    }
  }
}

/**
 * Emits each row of a worksheet's sheetData as a dense array from column A ("" for blanks).
 * Stops at the end of sheetData.
 */
export class PembacaBaris implements PengamatXml {
  tangkap = false;
  selesai = false;
  private dalamData = false;
  private nomor = 0;
  private sel: NilaiXml[] = [];
  private kolom = -1;
  private t: string | undefined;
  private v: string | undefined;
  private inline = "";
  private dalamIs = false;
  private dalamRph = false;
  private teksV = "";
  private tujuan: "v" | "t" | undefined;
  readonly pemindai = new PemindaiXml(this);

  constructor(
    private readonly bersama: readonly string[],
    private readonly keluar: (nomor: number, sel: NilaiXml[]) => void,
  ) {}

  buka(nama: string, tag: string): void {
    if (!this.dalamData) {
      if (nama === "sheetData") this.dalamData = true;
      return;
    }
    switch (nama) {
      case "row": {
        const r = atribut(tag, "r");
        this.nomor = r ? Number(r) : this.nomor + 1;
        this.sel = [];
        this.kolom = -1;
        return;
      }
      case "c": {
        const r = atribut(tag, "r");
        const k = r ? kolomDari(r) : -1;
        this.kolom = k >= 0 ? k : this.kolom + 1;
        this.t = atribut(tag, "t");
        this.v = undefined;
        this.inline = "";
        return;
      }
      case "v":
        this.tujuan = "v";
        this.teksV = "";
        this.tangkap = true;
        return;
      case "is":
        this.dalamIs = true;
        return;
      case "rPh":
        this.dalamRph = true;
        return;
      case "t":
        if (this.dalamIs && !this.dalamRph) {
          this.tujuan = "t";
          this.tangkap = true;
        }
        return;
    }
  }

  tutup(nama: string): void {
    if (!this.dalamData) return;
    switch (nama) {
      case "v":
        this.v = this.teksV;
        this.tangkap = false;
        this.tujuan = undefined;
        return;
      case "t":
        this.tangkap = false;
        this.tujuan = undefined;
        return;
      case "rPh":
        this.dalamRph = false;
        return;
      case "is":
        this.dalamIs = false;
        return;
      case "c": {
        const nilai = nilaiSel(this.t, this.v, this.inline, this.bersama);
        if (nilai !== "") {
          for (let c = this.sel.length; c < this.kolom; c++) this.sel.push("");
          this.sel[this.kolom] = nilai;
        }
        return;
      }
      case "row":
        if (this.sel.length > 0) this.keluar(this.nomor, this.sel);
        this.sel = [];
        return;
      case "sheetData":
        this.selesai = true;
        return;
    }
  }

  teks(s: string): void {
    if (this.tujuan === "v") this.teksV += s;
    else if (this.tujuan === "t") this.inline += s;
    // Excel holds at most 32,767 characters in a cell.
    if (this.teksV.length + this.inline.length > BATAS_POTONGAN)
      throw new GalatXml("isi sel terlalu panjang");
  }
}

/** The shared strings of a workbook: each <si>'s text runs joined, phonetic hints left out. */
export async function bacaTeksBersama(potongan: AsyncIterable<string>): Promise<string[]> {
  const hasil: string[] = [];
  let kini = "";
  let dalamSi = false;
  let dalamRph = false;
  const p: PengamatXml = {
    tangkap: false,
    buka(nama) {
      if (nama === "si") {
        dalamSi = true;
        kini = "";
      } else if (nama === "rPh") dalamRph = true;
      else if (nama === "t" && dalamSi && !dalamRph) p.tangkap = true;
    },
    tutup(nama) {
      if (nama === "t") p.tangkap = false;
      else if (nama === "rPh") dalamRph = false;
      else if (nama === "si") {
        hasil.push(uraiEntitas(kini));
        dalamSi = false;
      }
    },
    teks(s) {
      kini += s;
      if (kini.length > BATAS_POTONGAN) throw new GalatXml("teks bersama terlalu panjang");
    },
  };
  const pemindai = new PemindaiXml(p);
  for await (const s of potongan) pemindai.isi(s);
  return hasil;
}

const AKHIR_DATA = /<\/(?:[\w.-]+:)?sheetData\s*>|<(?:[\w.-]+:)?sheetData(?:\s[^>]*)?\/>/g;

/**
 * A worksheet's XML passed through unchanged up to the end of its sheetData; the rest (merges,
 * rules, page setup…: small) is collected and replaced by `ganti(ekor, awalan)`, where `awalan` is
 * the namespace prefix of the sheetData tag ("" or "x:"). Without sheetData nothing is replaced.
 */
export async function* gantiEkor(
  potongan: AsyncIterable<string>,
  ganti: (ekor: string, awalan: string) => string,
): AsyncGenerator<string> {
  // Text held back: enough to hold a closing tag split between chunks.
  let tertunda = "";
  let ekor: string | undefined;
  let awalan = "";
  for await (const s of potongan) {
    if (ekor !== undefined) {
      ekor += s;
      // Merges, rules and page setup after the cells: megabytes at most in a real sheet.
      if (ekor.length > 16 * BATAS_POTONGAN) throw new GalatXml("bagian akhir lembar terlalu panjang");
      continue;
    }
    const kaca = tertunda + s;
    AKHIR_DATA.lastIndex = 0;
    const m = AKHIR_DATA.exec(kaca);
    if (m) {
      const akhir = m.index + m[0].length;
      awalan = /^<\/?([\w.-]+:)?/.exec(m[0])?.[1] ?? "";
      yield kaca.slice(0, akhir);
      ekor = kaca.slice(akhir);
    } else {
      const simpan = Math.max(0, kaca.length - 200);
      if (simpan > 0) yield kaca.slice(0, simpan);
      tertunda = kaca.slice(simpan);
    }
  }
  yield ekor === undefined ? tertunda : ganti(ekor, awalan);
}

/** The part of a worksheet after its sheetData, or undefined when it has none. */
export async function pisahEkor(
  potongan: AsyncIterable<string>,
): Promise<{ ekor: string; awalan: string } | undefined> {
  let hasil: { ekor: string; awalan: string } | undefined;
  const aliran = gantiEkor(potongan, (ekor, awalan) => {
    hasil = { ekor, awalan };
    return "";
  });
  // Drain: the text before the tail is not needed here.
  while (!(await aliran.next()).done);
  return hasil;
}

/** Merged ranges of a sheet's tail, 1-based, top-left first. */
export function rentangGabung(ekor: string): { c1: number; r1: number; c2: number; r2: number }[] {
  const hasil = [];
  for (const m of ekor.matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*["']([^"']+)["']/g)) {
    const [a, b = a] = m[1].split(":");
    const [c1, c2] = [kolomDari(a) + 1, kolomDari(b) + 1];
    const [r1, r2] = [barisDari(a), barisDari(b)];
    if (c1 > 0 && c2 > 0 && r1 > 0 && r2 > 0)
      hasil.push({ c1: Math.min(c1, c2), r1: Math.min(r1, r2), c2: Math.max(c1, c2), r2: Math.max(r1, r2) });
  }
  return hasil;
}

/** The formulas of the sheet's conditional-format rules, decoded. */
export function rumusAturan(ekor: string): string[] {
  return [...ekor.matchAll(/<((?:[\w.-]+:)?)formula(?:\s[^>]*)?>([\s\S]*?)<\/\1formula>/g)].map((m) =>
    uraiEntitas(m[2]),
  );
}

/** Each rule of the sheet with the range it applies to (the sqref of its conditionalFormatting). */
export function aturanAda(ekor: string): { alamat: string; rumus: string }[] {
  const hasil: { alamat: string; rumus: string }[] = [];
  const blok = /<((?:[\w.-]+:)?)conditionalFormatting\b([^>]*)>([\s\S]*?)<\/\1conditionalFormatting>/g;
  for (const [, , atribut, isi] of ekor.matchAll(blok)) {
    const sqref = /\ssqref\s*=\s*["']([^"']*)["']/.exec(atribut)?.[1] ?? "";
    for (const rumus of rumusAturan(isi)) hasil.push({ alamat: uraiEntitas(sqref), rumus });
  }
  return hasil;
}

/** The highest rule priority on the sheet (0 when none), so new rules rank after the user's. */
export function prioritasTertinggi(ekor: string): number {
  let maks = 0;
  for (const m of ekor.matchAll(/\spriority\s*=\s*["'](\d+)["']/g)) maks = Math.max(maks, Number(m[1]));
  return maks;
}

/** Elements a worksheet holds after conditionalFormatting, in schema order (CT_Worksheet). */
const SESUDAH_FORMAT = new Set([
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Where, in a sheet's tail, elements after conditionalFormatting begin (or the sheet closes). */
function titikSisip(ekor: string): number {
  let dalam = 0;
  const tag = /<!--[\s\S]*?-->|<(\/?)(?:[\w.-]+:)?([\w.-]+)[^>]*?(\/?)>/g;
  for (let m = tag.exec(ekor); m; m = tag.exec(ekor)) {
    if (m[0].startsWith("<!--")) continue;
    const [, tutup, nama, sendiri] = m;
    if (tutup) {
      if (dalam === 0) return m.index;
      dalam--;
      continue;
    }
    if (dalam === 0 && SESUDAH_FORMAT.has(nama)) return m.index;
    if (!sendiri) dalam++;
  }
  return ekor.length;
}

export interface AturanRumus {
  sqref: string;
  rumus: string;
  dxfId: number;
  prioritas: number;
  /** Stops lower rules from applying to the same cell when this one matches. */
  berhenti?: boolean;
}

/** The tail with conditionalFormatting elements added at the place the schema requires. */
export function sisipkanAturan(ekor: string, awalan: string, aturan: readonly AturanRumus[]): string {
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
  const i = titikSisip(ekor);
  return ekor.slice(0, i) + xml + ekor.slice(i);
}

export interface GayaDxf {
  /** "FF9C0006"-style ARGB. */
  font: string;
  isi: string;
}

/** styles.xml with differential formats appended; returns the id of the first one added. */
export function tambahDxf(gaya: string, dxf: readonly GayaDxf[]): { xml: string; idAwal: number } {
  const awalan = /<([\w.-]+:)?styleSheet[\s>]/.exec(gaya)?.[1] ?? "";
  const isi = dxf
    .map(
      (d) =>
        `<${awalan}dxf><${awalan}font><${awalan}color rgb="${d.font}"/></${awalan}font>` +
        `<${awalan}fill><${awalan}patternFill patternType="solid"><${awalan}fgColor rgb="${d.isi}"/>` +
        `<${awalan}bgColor rgb="${d.isi}"/></${awalan}patternFill></${awalan}fill></${awalan}dxf>`,
    )
    .join("");
  const blok = /<((?:[\w.-]+:)?)dxfs(\s[^>]*?)?(\/?)>/.exec(gaya);
  if (blok && !blok[3]) {
    const tutup = gaya.indexOf(`</${blok[1]}dxfs>`, blok.index);
    const dalam = gaya.slice(blok.index + blok[0].length, tutup);
    const ada = (dalam.match(/<(?:[\w.-]+:)?dxf[\s/>]/g) ?? []).length;
    const kepala = `<${blok[1]}dxfs count="${ada + dxf.length}">`;
    const xml = gaya.slice(0, blok.index) + kepala + dalam + isi + gaya.slice(tutup);
    return { xml, idAwal: ada };
  }
  const baru = `<${awalan}dxfs count="${dxf.length}">${isi}</${awalan}dxfs>`;
  if (blok)
    return { xml: gaya.slice(0, blok.index) + baru + gaya.slice(blok.index + blok[0].length), idAwal: 0 };
  // Schema order: dxfs come before tableStyles, colors and extLst.
  const m = /<(?:[\w.-]+:)?(tableStyles|colors|extLst)[\s/>]|<\/(?:[\w.-]+:)?styleSheet\s*>/.exec(gaya);
  const i = m ? m.index : gaya.length;
  return { xml: gaya.slice(0, i) + baru + gaya.slice(i), idAwal: 0 };
}
