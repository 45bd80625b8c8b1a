/**
 * Tokenizer and parser of the Excel formula subset our builders write: English syntax, comma
 * separators, A1 references (optionally 'Sheet'!-qualified), array constants. Precedence is
 * Excel's: range, negation, percent, ^, * /, + -, &, comparison; all left-associative, so
 * -2^2 is 4 and 2^3^2 is 64. Anything outside the subset throws.
 */
import { GalatExcel, KodeGalat, Skalar, galatX } from "./nilai";

export interface AlamatSel {
  lembar?: string;
  baris: number;
  kolom: number;
  barisMutlak: boolean;
  kolomMutlak: boolean;
}

export type Simpul =
  | { t: "nilai"; v: Skalar }
  | { t: "larik"; baris: Skalar[][] }
  | { t: "sel"; a: AlamatSel }
  | { t: "rentang"; a: AlamatSel; b: AlamatSel }
  | { t: "fungsi"; nama: string; arg: Simpul[] }
  | { t: "negasi"; x: Simpul }
  | { t: "persen"; x: Simpul }
  | { t: "biner"; op: string; a: Simpul; b: Simpul };

type Token =
  | { j: "angka"; v: number }
  | { j: "teks"; v: string }
  | { j: "galat"; v: GalatExcel }
  | { j: "nama"; v: string }
  | { j: "sel"; v: AlamatSel }
  | { j: "op"; v: string };

const GALAT: KodeGalat[] = ["#N/A", "#DIV/0!", "#VALUE!", "#NUM!", "#REF!"];
const SEL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(])/;

export function nomorKolom(huruf: string): number {
  return [...huruf.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function selDari(m: RegExpExecArray, lembar?: string): AlamatSel {
  return {
    lembar,
    kolom: nomorKolom(m[2]),
    baris: Number(m[4]),
    kolomMutlak: m[1] === "$",
    barisMutlak: m[3] === "$",
  };
}

function token(rumus: string): Token[] {
  const hasil: Token[] = [];
  let i = 0;
  while (i < rumus.length) {
    const sisa = rumus.slice(i);
    const c = rumus[i];
    if (c === " ") {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= rumus.length) throw new Error(`Teks tak tertutup: ${rumus}`);
        if (rumus[j] === '"' && rumus[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (rumus[j] === '"') break;
        else s += rumus[j++];
      }
      hasil.push({ j: "teks", v: s });
      i = j + 1;
      continue;
    }
    const angka = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(sisa);
    if (angka && !SEL.test(sisa)) {
      hasil.push({ j: "angka", v: Number(angka[0]) });
      i += angka[0].length;
      continue;
    }
    if (c === "#") {
      const kode = GALAT.find((g) => sisa.toUpperCase().startsWith(g));
      if (!kode) throw new Error(`Galat tak dikenal di ${sisa}`);
      hasil.push({ j: "galat", v: galatX(kode) });
      i += kode.length;
      continue;
    }
    const lembar = /^('((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/.exec(sisa);
    if (lembar) {
      const nama = lembar[2] !== undefined ? lembar[2].replace(/''/g, "'") : lembar[3];
      const m = SEL.exec(sisa.slice(lembar[0].length));
      if (!m) throw new Error(`Rujukan lembar tak didukung: ${sisa}`);
      hasil.push({ j: "sel", v: selDari(m, nama) });
      i += lembar[0].length + m[0].length;
      continue;
    }
    const sel = SEL.exec(sisa);
    if (sel) {
      hasil.push({ j: "sel", v: selDari(sel) });
      i += sel[0].length;
      continue;
    }
    const nama = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(sisa);
    if (nama) {
      hasil.push({ j: "nama", v: nama[0].toUpperCase() });
      i += nama[0].length;
      continue;
    }
    const op = ["<>", "<=", ">="].find((o) => sisa.startsWith(o)) ?? c;
    if (!"+-*/^&=<>%(),{};:".includes(op[0])) throw new Error(`Tanda tak dikenal "${c}" di ${rumus}`);
    hasil.push({ j: "op", v: op });
    i += op.length;
  }
  return hasil;
}

const TINGKAT: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/** Parses a formula, with or without its leading "=". */
export function urai(rumus: string): Simpul {
  const ts = token(rumus.startsWith("=") ? rumus.slice(1) : rumus);
  let p = 0;
  const lihat = (): Token | undefined => ts[p];
  const adalahOp = (v: string) => lihat()?.j === "op" && lihat()?.v === v;
  const harus = (v: string) => {
    if (!adalahOp(v)) throw new Error(`Harap "${v}" di posisi ${p} dari ${rumus}`);
    p++;
  };

  const biner = (tingkat: number): Simpul => {
    if (tingkat === TINGKAT.length) return negasi();
    let a = biner(tingkat + 1);
    for (;;) {
      const t = lihat();
      if (t?.j !== "op" || !TINGKAT[tingkat].includes(t.v)) return a;
      p++;
      a = { t: "biner", op: t.v, a, b: biner(tingkat + 1) };
    }
  };
  const negasi = (): Simpul => {
    if (adalahOp("-")) return (p++, { t: "negasi", x: negasi() });
    if (adalahOp("+")) return (p++, negasi());
    let x = utama();
    while (adalahOp("%")) {
      p++;
      x = { t: "persen", x };
    }
    return x;
  };
  const konstanta = (): Skalar => {
    const t = ts[p++];
    if (t?.j === "op" && t.v === "-") {
      const n = ts[p++];
      if (n?.j !== "angka") throw new Error(`Konstanta larik tak sah di ${rumus}`);
      return -n.v;
    }
    if (t?.j === "angka" || t?.j === "teks" || t?.j === "galat") return t.v;
    if (t?.j === "nama" && (t.v === "TRUE" || t.v === "FALSE")) return t.v === "TRUE";
    throw new Error(`Konstanta larik tak sah di ${rumus}`);
  };
  const larik = (): Simpul => {
    const baris: Skalar[][] = [[konstanta()]];
    while (adalahOp(",") || adalahOp(";")) {
      if (ts[p++].v === ";") baris.push([]);
      baris[baris.length - 1].push(konstanta());
    }
    harus("}");
    if (baris.some((b) => b.length !== baris[0].length)) throw new Error(`Larik tak persegi: ${rumus}`);
    return { t: "larik", baris };
  };
  const utama = (): Simpul => {
    const t = ts[p++];
    if (!t) throw new Error(`Rumus terpotong: ${rumus}`);
    if (t.j === "angka" || t.j === "teks" || t.j === "galat") return { t: "nilai", v: t.v };
    if (t.j === "sel") {
      if (!adalahOp(":")) return { t: "sel", a: t.v };
      p++;
      const b = ts[p++];
      if (b?.j !== "sel" || b.v.lembar !== undefined) throw new Error(`Rentang tak didukung: ${rumus}`);
      return { t: "rentang", a: t.v, b: { ...b.v, lembar: t.v.lembar } };
    }
    if (t.j === "nama") {
      if (adalahOp("(")) {
        p++;
        const arg: Simpul[] = [];
        if (!adalahOp(")")) {
          arg.push(biner(0));
          while (adalahOp(",")) {
            p++;
            arg.push(biner(0));
          }
        }
        harus(")");
        return { t: "fungsi", nama: t.v, arg };
      }
      if (t.v === "TRUE" || t.v === "FALSE") return { t: "nilai", v: t.v === "TRUE" };
      throw new Error(`Nama tak didukung: ${t.v} di ${rumus}`);
    }
    if (t.v === "(") {
      const x = biner(0);
      harus(")");
      return x;
    }
    if (t.v === "{") return larik();
    throw new Error(`Tanda tak terduga "${t.v}" di ${rumus}`);
  };

  const hasil = biner(0);
  if (p !== ts.length) throw new Error(`Sisa tak terurai di posisi ${p} dari ${rumus}`);
  return hasil;
}
