/**
 * The worksheet functions our formulas use, each with Excel's reading of its arguments: what a
 * reference or an array contributes (numbers only, for SUM) differs from a value typed directly
 * (coerced, for SUM). An unknown function throws, so a new one in a builder cannot pass unseen.
 */
import { index, lookup, match, polaWildcard } from "./cari";
import { Baca, galatPertama, jumlahArg, keLarik, peta, unsur } from "./larik";
import {
  GalatExcel,
  Hasil,
  KOSONG_SEL,
  Larik,
  Skalar,
  adalahGalatX,
  adalahRujukan,
  banding,
  galatX,
  keAngka,
  keLogika,
  keTeks,
  teksKeAngka,
} from "./nilai";

type Fungsi = (arg: Hasil[], baca: Baca) => Hasil;

/** A value argument: a reference is read (one cell gives its value, more give an array). */
const nilaiArg = (h: Hasil, baca: Baca): Skalar | Larik => baca(h);

/** One function of values, lifted element-wise over array arguments. */
const angkat =
  (banyak: [number, number], f: (...xs: Skalar[]) => Skalar): Fungsi =>
  (arg, baca) => {
    jumlahArg(arg, banyak);
    return peta(
      arg.map((a) => nilaiArg(a, baca)),
      f,
    );
  };

/** Numeric function of numbers: errors pass straight through, text is coerced or #VALUE!. */
const angkaAngka = (banyak: [number, number], f: (...ns: number[]) => number | GalatExcel): Fungsi =>
  angkat(banyak, (...xs) => {
    const ns = xs.map(keAngka);
    const g = galatPertama(ns);
    if (g) return g;
    const hasil = f(...(ns as number[]));
    return typeof hasil === "number" && !Number.isFinite(hasil) ? galatX("#NUM!") : hasil;
  });

interface Butir {
  v: Skalar;
  /** Typed directly as an argument (coerced), rather than read from a reference or an array. */
  langsung: boolean;
}

/** The values an aggregate sees, each marked direct or not. */
function butir(arg: Hasil[], baca: Baca): Butir[] {
  return arg.flatMap((a) => {
    const v = baca(a);
    const langsung = !adalahRujukan(a) && !(v instanceof Larik);
    return unsur(v).map((x) => ({ v: x, langsung }));
  });
}

/** The numbers of SUM/AVERAGE/MAX/MIN: references and arrays give numbers only; errors propagate. */
function angkaAgregat(arg: Hasil[], baca: Baca): number[] | GalatExcel {
  const hasil: number[] = [];
  for (const { v, langsung } of butir(arg, baca)) {
    if (adalahGalatX(v)) return v;
    if (typeof v === "number") hasil.push(v);
    else if (langsung) {
      const n = keAngka(v);
      if (adalahGalatX(n)) return n;
      hasil.push(n);
    }
  }
  return hasil;
}

const agregat =
  (f: (ns: number[]) => number | GalatExcel): Fungsi =>
  (arg, baca) => {
    const ns = angkaAgregat(arg, baca);
    if (adalahGalatX(ns)) return ns;
    const h = f(ns);
    return typeof h === "number" && !Number.isFinite(h) ? galatX("#NUM!") : h;
  };

/** AND/OR: references and arrays give their booleans and numbers; direct text must read as TRUE/FALSE. */
const logika =
  (f: (bs: boolean[]) => boolean): Fungsi =>
  (arg, baca) => {
    const bs: boolean[] = [];
    for (const { v, langsung } of butir(arg, baca)) {
      if (adalahGalatX(v)) return v;
      if (typeof v === "boolean" || typeof v === "number") bs.push(v !== 0 && v !== false);
      else if (langsung && v !== KOSONG_SEL) {
        const b = keLogika(v);
        if (adalahGalatX(b)) return b;
        bs.push(b);
      }
    }
    return bs.length === 0 ? galatX("#VALUE!") : f(bs);
  };

/** Half away from zero on the decimal digits shown (15 significant), as Excel's ROUND. */
function bulat(x: number, d: number): number {
  const skala = 10 ** Math.trunc(d);
  const n = Math.round(Number((Math.abs(x) * skala).toPrecision(15)));
  const hasil = (Math.sign(x) * n) / skala;
  return hasil === 0 ? 0 : hasil;
}

/** COUNTIF criteria: an optional operator, then a number or a text (wildcards allowed for = and <>). */
function countif(arg: Hasil[], baca: Baca): Hasil {
  jumlahArg(arg, [2, 2]);
  if (!adalahRujukan(arg[0])) throw new Error("COUNTIF butuh rujukan");
  const kriteria = baca(arg[1]);
  if (kriteria instanceof Larik) throw new Error("COUNTIF dengan kriteria larik tak didukung");
  if (adalahGalatX(kriteria)) return kriteria;
  const teks = keTeks(kriteria) as string;
  const m = /^(<>|<=|>=|=|<|>)?([\s\S]*)$/.exec(teks)!;
  const op = m[1] ?? "=";
  const nilai = teksKeAngka(m[2]) ?? m[2];
  if (nilai === "") throw new Error("COUNTIF dengan kriteria kosong tak didukung");
  const cocok = (v: Skalar): boolean => {
    if (typeof nilai === "number") {
      if (typeof v !== "number") return op === "<>";
      const c = banding(v, nilai);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
    }
    if (op !== "=" && op !== "<>") throw new Error("COUNTIF < > pada teks tak didukung");
    const sama = typeof v === "string" && polaWildcard(nilai, true).test(v);
    return op === "=" ? sama : !sama;
  };
  return unsur(baca(arg[0])).filter(cocok).length;
}

function sumproduct(arg: Hasil[], baca: Baca): Hasil {
  const lr = arg.map((a) => keLarik(baca(a)));
  if (lr.some((l) => l.tinggi !== lr[0].tinggi || l.lebar !== lr[0].lebar)) return galatX("#VALUE!");
  const g = galatPertama(lr.flatMap((l) => l.baris.flat()));
  if (g) return g;
  let jumlah = 0;
  for (let b = 0; b < lr[0].tinggi; b++)
    for (let k = 0; k < lr[0].lebar; k++)
      // Texts, booleans and blanks count as 0, hence the -- in front of a condition.
      jumlah += lr.reduce(
        (kali, l) => kali * (typeof l.baris[b][k] === "number" ? (l.baris[b][k] as number) : 0),
        1,
      );
  return jumlah;
}

function ukuran(h: Hasil, baca: Baca): [number, number] {
  if (adalahRujukan(h)) return [h.b2 - h.b1 + 1, h.k2 - h.k1 + 1];
  const l = keLarik(baca(h));
  return [l.tinggi, l.lebar];
}

const teksArg =
  (f: (...ss: string[]) => Skalar) =>
  (...xs: Skalar[]) => {
    const ss = xs.map(keTeks);
    const g = galatPertama(ss);
    return g ?? f(...(ss as string[]));
  };

export const FUNGSI: Record<string, Fungsi> = {
  IF: (arg, baca) => {
    jumlahArg(arg, [2, 3]);
    const syarat = baca(arg[0]);
    const lain: Hasil = arg[2] ?? false;
    if (!(syarat instanceof Larik)) {
      const b = keLogika(syarat);
      return adalahGalatX(b) ? b : b ? arg[1] : lain;
    }
    return peta([syarat, baca(arg[1]), baca(lain)], (s, a, c) => {
      const b = keLogika(s);
      return adalahGalatX(b) ? b : b ? a : c;
    });
  },
  IFERROR: (arg, baca) => {
    jumlahArg(arg, [2, 2]);
    const v = baca(arg[0]);
    if (!(v instanceof Larik)) return adalahGalatX(v) ? arg[1] : arg[0];
    return peta([v, baca(arg[1])], (x, y) => (adalahGalatX(x) ? y : x));
  },
  AND: logika((bs) => bs.every(Boolean)),
  OR: logika((bs) => bs.some(Boolean)),
  NOT: angkat([1, 1], (x) => {
    const b = keLogika(x);
    return adalahGalatX(b) ? b : !b;
  }),
  N: (arg, baca) => {
    jumlahArg(arg, [1, 1]);
    const v = baca(arg[0]);
    const x = v instanceof Larik ? v.baris[0][0] : v;
    if (adalahGalatX(x) || typeof x === "number") return x;
    return typeof x === "boolean" ? Number(x) : 0;
  },
  NA: (arg) => (jumlahArg(arg, [0, 0]), galatX("#N/A")),
  // CHOOSE with a single index (our formulas never pass an array): truncated, 1-based, else #VALUE!.
  CHOOSE: (arg, baca) => {
    jumlahArg(arg, [2, 255]);
    const v = baca(arg[0]);
    if (v instanceof Larik) throw new Error("CHOOSE dengan indeks larik tidak didukung penilai");
    const n = keAngka(v);
    if (adalahGalatX(n)) return n;
    const k = Math.trunc(n as number);
    return k >= 1 && k < arg.length ? arg[k] : galatX("#VALUE!");
  },
  ISNUMBER: angkat([1, 1], (x) => typeof x === "number"),
  ISBLANK: angkat([1, 1], (x) => x === KOSONG_SEL),
  ISERROR: angkat([1, 1], (x) => adalahGalatX(x)),
  COUNT: (arg, baca) =>
    butir(arg, baca).filter(
      ({ v, langsung }) =>
        typeof v === "number" ||
        (langsung && (typeof v === "boolean" || (typeof v === "string" && teksKeAngka(v) !== undefined))),
    ).length,
  COUNTA: (arg, baca) => butir(arg, baca).filter(({ v }) => v !== KOSONG_SEL).length,
  COUNTIF: countif,
  SUM: agregat((ns) => ns.reduce((a, b) => a + b, 0)),
  AVERAGE: agregat((ns) => (ns.length === 0 ? galatX("#DIV/0!") : ns.reduce((a, b) => a + b, 0) / ns.length)),
  MAX: agregat((ns) => (ns.length === 0 ? 0 : Math.max(...ns))),
  MIN: agregat((ns) => (ns.length === 0 ? 0 : Math.min(...ns))),
  SUMPRODUCT: sumproduct,
  ROUND: angkaAngka([2, 2], bulat),
  ABS: angkaAngka([1, 1], Math.abs),
  SIGN: angkaAngka([1, 1], (x) => (x > 0 ? 1 : x < 0 ? -1 : 0)),
  LOOKUP: lookup,
  MATCH: match,
  INDEX: index,
  ROWS: (arg, baca) => (jumlahArg(arg, [1, 1]), ukuran(arg[0], baca)[0]),
  COLUMNS: (arg, baca) => (jumlahArg(arg, [1, 1]), ukuran(arg[0], baca)[1]),
  TRIM: angkat(
    [1, 1],
    teksArg((s) => s.replace(/ +/g, " ").trim()),
  ),
  SUBSTITUTE: angkat(
    [3, 3],
    teksArg((s, lama, baru) => (lama === "" ? s : s.split(lama).join(baru))),
  ),
  SEARCH: angkat(
    [2, 2],
    teksArg((cari, dalam) => {
      const i = dalam.search(polaWildcard(cari, false));
      return i < 0 ? galatX("#VALUE!") : i + 1;
    }),
  ),
};
