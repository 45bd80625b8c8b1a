/**
 * Worksheet and shared-string XML read as a stream: values per row as Excel shows them (a
 * formula by its saved result, 0 and "" included; dates as serial numbers), plus the pieces of a
 * sheet after its cell data (merges, conditional formats), where new rules are inserted.
 */
import { BARIS_MAKS, GalatBatas, KOLOM_MAKS, TEKS_BERSAMA_MAKS, diLuarLembar } from "./batas";
import { BATAS_POTONGAN, GalatXml, PemindaiXml, PengamatXml } from "./pemindai-xml";
import { atribut, uraiEntitas } from "./teks-xml";

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

/** The row number of a cell reference ("AB12" → 12) without a regular expression: once per cell. */
function barisSel(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k >= 48 && k <= 57) n = n * 10 + (k - 48);
  }
  return n;
}

/** xsd:double as Excel writes it: decimal with an optional exponent; no hex, INF, NaN or "Infinity". */
const DOUBLE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell's number, or undefined when the text is not one by the schema's definition. */
export function angkaXsd(v: string): number | undefined {
  const n = Number(v);
  // Number() also reads hex, binary, octal and Infinity; letters other than an exponent mark them.
  if (!Number.isFinite(n)) return undefined;
  return DOUBLE.test(v.trim()) ? n : undefined;
}

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
      return v !== undefined && /^\s*\d+\s*$/.test(v) ? (bersama[Number(v)] ?? "") : "";
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
      return angkaXsd(v) ?? uraiEntitas(v);
    }
  }
}

/**
 * What a cell holds besides its value, handed out on request: its formula as written (a shared
 * formula's follower carries none of its own: "" then) and whether the value is an error.
 */
export interface RinciSel {
  rumus?: string;
  galat?: true;
}

/** A row's cells beside its values, by the same 0-based column; undefined where nothing more. */
export type RinciBaris = (RinciSel | undefined)[];

/**
 * Emits each row of a worksheet's sheetData as a dense array from column A ("" for blanks), with
 * the cells' formulas and error marks when `rinci` is asked for. Stops at the end of sheetData.
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
  private tujuan: "v" | "t" | "f" | undefined;
  private rumus: string | undefined;
  private rinciBaris: RinciBaris = [];
  readonly pemindai = new PemindaiXml(this);

  constructor(
    private readonly bersama: readonly string[],
    private readonly keluar: (nomor: number, sel: NilaiXml[], rinci?: RinciBaris) => void,
    private readonly rinci = false,
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
        if (!(Number.isInteger(this.nomor) && this.nomor >= 1 && this.nomor <= BARIS_MAKS))
          throw new GalatBatas(
            `baris ${r ?? this.nomor} di luar batas lembar Excel (baris 1 sampai 1.048.576)`,
          );
        this.sel = [];
        if (this.rinci) this.rinciBaris = [];
        this.kolom = -1;
        return;
      }
      case "c": {
        const r = atribut(tag, "r");
        const k = r ? kolomDari(r) : -1;
        this.kolom = k >= 0 ? k : this.kolom + 1;
        // Checked before the row is padded up to this column: "ZZZZZZZ6" would be 300 million blanks.
        if (this.kolom >= KOLOM_MAKS || (r && barisSel(r) > BARIS_MAKS))
          throw diLuarLembar(r ?? `kolom ${this.kolom + 1}`);
        this.t = atribut(tag, "t");
        this.v = undefined;
        this.inline = "";
        this.rumus = undefined;
        return;
      }
      case "f":
        if (!this.rinci) return;
        this.rumus = "";
        this.tujuan = "f";
        this.tangkap = true;
        return;
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
      case "f":
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
        if (this.rinci && (this.rumus !== undefined || this.t === "e"))
          this.rinciBaris[this.kolom] = {
            ...(this.rumus === undefined ? {} : { rumus: uraiEntitas(this.rumus) }),
            ...(this.t === "e" ? { galat: true } : {}),
          };
        return;
      }
      case "row":
        if (this.sel.length > 0 || this.rinciBaris.length > 0)
          this.keluar(this.nomor, this.sel, this.rinci ? this.rinciBaris : undefined);
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
    else if (this.tujuan === "f") this.rumus += s;
    // Excel holds at most 32,767 characters in a cell.
    if (this.teksV.length + this.inline.length + (this.rumus?.length ?? 0) > BATAS_POTONGAN)
      throw new GalatXml("isi sel terlalu panjang");
  }
}

/**
 * The shared strings of a workbook: each <si>'s text runs joined, phonetic hints left out. More
 * than `batas` entries (what the file's size can hold) is damage; more text than the memory
 * ceiling allows is a workbook too big to check.
 */
export async function bacaTeksBersama(potongan: AsyncIterable<string>, batas = Infinity): Promise<string[]> {
  const hasil: string[] = [];
  let total = 0;
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
        if (hasil.length >= batas)
          throw new GalatBatas("teks bersama lebih banyak dari yang dapat dimuat berkas seukuran ini");
        total += kini.length;
        if (total > TEKS_BERSAMA_MAKS)
          throw new GalatBatas(`teks bersama lebih dari ${TEKS_BERSAMA_MAKS} karakter`, "besar");
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
