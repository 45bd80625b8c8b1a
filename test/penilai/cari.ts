/** LOOKUP, MATCH and INDEX, and the wildcard patterns MATCH, COUNTIF and SEARCH share. */
import { Baca, galatPertama, jumlahArg, keLarik } from "./larik";
import {
  GalatExcel,
  Hasil,
  KOSONG_SEL,
  Larik,
  Skalar,
  adalahGalatX,
  banding,
  galatX,
  keAngka,
} from "./nilai";

/** A text pattern with Excel wildcards (* ? and ~ escaping) as a whole-text regular expression. */
export function polaWildcard(s: string, utuh: boolean): RegExp {
  let r = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "~" && i + 1 < s.length) r += s[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (c === "*") r += "[\\s\\S]*";
    else if (c === "?") r += "[\\s\\S]";
    else r += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(utuh ? `^${r}$` : r, "i");
}

/** One row or one column of values, for LOOKUP and MATCH. */
function vektor(h: Hasil, baca: Baca): Skalar[] {
  const l = keLarik(baca(h));
  if (l.tinggi !== 1 && l.lebar !== 1) throw new Error("Vektor harus satu baris atau satu kolom");
  return l.baris.flat();
}

/** The last position whose value is ≤ x among values of x's type; the vector must be ascending. */
function posisiMendekati(x: Skalar, xs: Skalar[]): number | GalatExcel {
  if (adalahGalatX(x)) return x;
  const sejenis = xs.map((v, i) => [v, i] as const).filter(([v]) => typeof v === typeof x);
  for (let j = 1; j < sejenis.length; j++)
    if (banding(sejenis[j - 1][0] as never, sejenis[j][0] as never) > 0)
      throw new Error("LOOKUP/MATCH mendekati pada vektor tak urut: hasil Excel tak tentu");
  let hasil = -1;
  for (const [v, i] of sejenis) if (banding(v as never, x as never) <= 0) hasil = i;
  return hasil < 0 ? galatX("#N/A") : hasil;
}

export function match(arg: Hasil[], baca: Baca): Hasil {
  jumlahArg(arg, [2, 3]);
  const x = baca(arg[0]);
  if (x instanceof Larik) throw new Error("MATCH dengan nilai larik tak didukung");
  const xs = vektor(arg[1], baca);
  const jenis = arg.length === 3 ? keAngka(baca(arg[2]) as Skalar) : 1;
  if (adalahGalatX(x)) return x;
  if (adalahGalatX(jenis)) return jenis;
  if (jenis === 0) {
    if (x === KOSONG_SEL) return galatX("#N/A");
    const cocok =
      typeof x === "string" && /[*?~]/.test(x)
        ? (v: Skalar) => typeof v === "string" && polaWildcard(x, true).test(v)
        : (v: Skalar) => typeof v === typeof x && banding(v as never, x) === 0;
    const i = xs.findIndex(cocok);
    return i < 0 ? galatX("#N/A") : i + 1;
  }
  if (jenis !== 1) throw new Error("MATCH jenis -1 tak didukung");
  const i = posisiMendekati(x, xs);
  return adalahGalatX(i) ? i : i + 1;
}

export function lookup(arg: Hasil[], baca: Baca): Hasil {
  if (arg.length !== 3) throw new Error("LOOKUP hanya bentuk vektor (tiga argumen)");
  const x = baca(arg[0]);
  if (x instanceof Larik) throw new Error("LOOKUP dengan nilai larik tak didukung");
  const cari = vektor(arg[1], baca);
  const hasil = vektor(arg[2], baca);
  const i = posisiMendekati(x, cari);
  if (adalahGalatX(i)) return i;
  return i < hasil.length ? hasil[i] : galatX("#N/A");
}

export function index(arg: Hasil[], baca: Baca): Hasil {
  jumlahArg(arg, [2, 3]);
  const l = keLarik(baca(arg[0]));
  const nomor = arg.slice(1).map((a) => keAngka(baca(a) as Skalar));
  const g = galatPertama(nomor);
  if (g) return g;
  const [n, m] = (nomor as number[]).map(Math.trunc);
  const [b, k] = m === undefined ? (l.tinggi === 1 ? [1, n] : l.lebar === 1 ? [n, 1] : [n, NaN]) : [n, m];
  if (Number.isNaN(k) || b === 0 || k === 0) throw new Error("INDEX baris/kolom utuh tak didukung");
  if (b < 0 || k < 0 || b > l.tinggi || k > l.lebar) return galatX("#REF!");
  return l.baris[b - 1][k - 1];
}
