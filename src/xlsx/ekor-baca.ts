/**
 * What a worksheet's tail (the XML after its sheetData) says, read with the project's streaming
 * scanner rather than regular expressions: a `<mergeCell>` or `<formula>` inside a comment or a
 * CDATA text is text, not a merge or a rule. One scan gives merges, rules and rule priorities.
 */
import { RentangGabung, periksaGabung } from "./gabung-sel";
import { kolomDari } from "./lembar-xml";
import { BATAS_POTONGAN, GalatXml, PemindaiXml } from "./pemindai-xml";
import { atribut, uraiEntitas } from "./teks-xml";

/** A conditional-format rule already on the sheet: the range it applies to and its formula. */
export interface AturanAda {
  alamat: string;
  rumus: string;
}

export interface IsiEkor {
  /** Merged ranges, 1-based, as written (not yet checked against the grid). */
  gabung: RentangGabung[];
  aturan: AturanAda[];
  /** The highest rule priority (0 when none), so new rules rank after the user's. */
  prioritas: number;
}

/** "AB12" → 12; NaN when the reference has no row digits. */
const barisDari = (ref: string): number => Number(ref.replace(/^\$?[A-Za-z]+\$?/, "") || NaN);

function rentang(ref: string): RentangGabung | undefined {
  const [a, b = a] = ref.split(":");
  const [c1, c2] = [kolomDari(a.replace("$", "")) + 1, kolomDari(b.replace("$", "")) + 1];
  const [r1, r2] = [barisDari(a), barisDari(b)];
  if (!(c1 > 0 && c2 > 0 && r1 > 0 && r2 > 0)) return undefined;
  return { c1: Math.min(c1, c2), r1: Math.min(r1, r2), c2: Math.max(c1, c2), r2: Math.max(r1, r2) };
}

/**
 * Reads a sheet's tail. Rules are `conditionalFormatting` blocks with their `sqref` attribute
 * (or, in Excel 2010's extension form, an `xm:sqref` element) and each rule's `formula` or `f`.
 */
export function uraiEkor(ekor: string): IsiEkor {
  const hasil: IsiEkor = { gabung: [], aturan: [], prioritas: 0 };
  let dalamFormat = false;
  let alamat = "";
  let rumus: string[] = [];
  let teks = "";
  let tujuan: "rumus" | "sqref" | undefined;
  const pemindai = new PemindaiXml({
    tangkap: false,
    buka(nama, tag) {
      if (nama === "mergeCell") {
        const r = rentang(atribut(tag, "ref") ?? "");
        if (r) hasil.gabung.push(r);
      } else if (nama === "conditionalFormatting") {
        dalamFormat = true;
        alamat = atribut(tag, "sqref") ?? "";
        rumus = [];
      } else if (nama === "cfRule") {
        const p = Number(atribut(tag, "priority"));
        if (Number.isInteger(p)) hasil.prioritas = Math.max(hasil.prioritas, p);
      } else if (dalamFormat && (nama === "formula" || nama === "f" || nama === "sqref")) {
        tujuan = nama === "sqref" ? "sqref" : "rumus";
        teks = "";
        this.tangkap = true;
      }
    },
    tutup(nama) {
      if (tujuan && (nama === "formula" || nama === "f" || nama === "sqref")) {
        if (tujuan === "rumus") rumus.push(uraiEntitas(teks));
        else alamat = uraiEntitas(teks);
        tujuan = undefined;
        this.tangkap = false;
      } else if (nama === "conditionalFormatting") {
        for (const r of rumus) hasil.aturan.push({ alamat, rumus: r });
        dalamFormat = false;
      }
    },
    teks(s) {
      teks += s;
      if (teks.length > BATAS_POTONGAN) throw new GalatXml("rumus aturan terlalu panjang");
    },
  });
  pemindai.isi(ekor);
  return hasil;
}

/**
 * Merged ranges of a sheet's tail, 1-based, top-left first; refused (GalatBatas) when one leaves
 * the grid, two overlap, or there are more than `batas`.
 */
export function rentangGabung(ekor: string, batas = Infinity): RentangGabung[] {
  const { gabung } = uraiEkor(ekor);
  periksaGabung(gabung, batas);
  return gabung;
}

/** Each rule of the sheet with the range it applies to. */
export const aturanAda = (ekor: string): AturanAda[] => uraiEkor(ekor).aturan;

/** The formulas of the sheet's conditional-format rules, decoded. */
export const rumusAturan = (ekor: string): string[] => uraiEkor(ekor).aturan.map((a) => a.rumus);

/** The highest rule priority on the sheet (0 when none). */
export const prioritasTertinggi = (ekor: string): number => uraiEkor(ekor).prioritas;
