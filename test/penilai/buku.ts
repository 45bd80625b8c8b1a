/**
 * A small in-memory workbook that computes our formulas the way Excel does, for the unit suite:
 * cells hold values or formulas, formulas are computed on demand and remembered until an input
 * changes. Only the subset of Excel in urai.ts and fungsi.ts; anything else throws.
 */
import { FUNGSI } from "./fungsi";
import { galatPertama, peta } from "./larik";
import {
  Hasil,
  KOSONG_SEL,
  Larik,
  Rujukan,
  Skalar,
  adalahGalatX,
  adalahRujukan,
  banding,
  galatX,
  hampirSama,
  keAngka,
  keTeks,
} from "./nilai";
import { AlamatSel, Simpul, nomorKolom, urai } from "./urai";

/** What a cell holds: a value, null for blank, or a formula (with its "="). */
export type IsiSel = number | string | boolean | null | { rumus: string };

/** One number per cell of the workbook: sheet, row, column (Excel's limits keep them apart). */
const kunci = (l: number, b: number, k: number) => (l * 1048577 + b) * 16385 + k;

function alamat(a1: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`Alamat tak sah: ${a1}`);
  return [Number(m[2]), nomorKolom(m[1])];
}

/** Where a formula sits: its sheet, and how far a conditional-format rule is moved from its anchor. */
interface Tempat {
  lembar: string;
  geserBaris: number;
  geserKolom: number;
}

export class BukuUji {
  private readonly nomorLembar = new Map<string, number>();
  private readonly isi = new Map<number, IsiSel>();
  private readonly ingat = new Map<number, Skalar>();
  private readonly sedang = new Set<number>();
  private readonly pohon = new Map<string, Simpul>();

  /** Sets a cell ("A1") of a sheet; a string starting with "=" is still text (use { rumus }). */
  tulis(lembar: string, a1: string, v: IsiSel): void {
    const [b, k] = alamat(a1);
    this.tulisDi(lembar, b, k, v);
  }

  tulisDi(lembar: string, b: number, k: number, v: IsiSel): void {
    const l = lembar.toLowerCase();
    if (!this.nomorLembar.has(l)) this.nomorLembar.set(l, this.nomorLembar.size);
    this.isi.set(kunci(this.nomorLembar.get(l)!, b, k), v);
    if (this.ingat.size > 0) this.ingat.clear();
  }

  /** The value of a cell as Excel shows it; a formula's blank result is "" and a blank reference 0. */
  nilai(lembar: string, a1: string): Skalar {
    const [b, k] = alamat(a1);
    return this.nilaiDi(lembar.toLowerCase(), b, k);
  }

  /** Computes a formula placed on `lembar` (moved by the offsets, as a conditional-format rule is). */
  hitung(rumus: string, lembar: string, geserBaris = 0, geserKolom = 0): Skalar {
    return this.akhir(
      this.nilaiSimpul(this.urai(rumus), { lembar: lembar.toLowerCase(), geserBaris, geserKolom }),
    );
  }

  private urai(rumus: string): Simpul {
    let s = this.pohon.get(rumus);
    if (!s) this.pohon.set(rumus, (s = urai(rumus)));
    return s;
  }

  private nilaiDi(lembar: string, b: number, k: number): Skalar {
    const l = this.nomorLembar.get(lembar);
    if (l === undefined) return KOSONG_SEL;
    const id = kunci(l, b, k);
    const isi = this.isi.get(id) ?? null;
    if (isi === null) return KOSONG_SEL;
    if (typeof isi !== "object") return isi;
    const lama = this.ingat.get(id);
    if (lama !== undefined) return lama;
    if (this.sedang.has(id)) throw new Error(`Rujukan melingkar di ${lembar} ${b},${k}`);
    this.sedang.add(id);
    try {
      const v = this.akhir(this.nilaiSimpul(this.urai(isi.rumus), { lembar, geserBaris: 0, geserKolom: 0 }));
      this.ingat.set(id, v);
      return v;
    } finally {
      this.sedang.delete(id);
    }
  }

  /** A formula's final value: a reference is read, a blank cell read by a formula shows 0. */
  private akhir(h: Hasil): Skalar {
    const v = this.baca(h);
    if (v instanceof Larik) {
      if (v.tinggi !== 1 || v.lebar !== 1) throw new Error("Hasil larik (spill) tak didukung");
      return v.baris[0][0] === KOSONG_SEL ? 0 : v.baris[0][0];
    }
    return v === KOSONG_SEL ? 0 : v;
  }

  /** A reference's cells: one cell is its value, more are an array. */
  private readonly baca = (h: Hasil): Skalar | Larik => {
    if (!adalahRujukan(h)) return h;
    const sel = (b: number, k: number) => this.nilaiDi(h.lembar, b, k);
    if (h.b1 === h.b2 && h.k1 === h.k2) return sel(h.b1, h.k1);
    return new Larik(
      Array.from({ length: h.b2 - h.b1 + 1 }, (_, i) =>
        Array.from({ length: h.k2 - h.k1 + 1 }, (_, j) => sel(h.b1 + i, h.k1 + j)),
      ),
    );
  };

  private rujukan(a: AlamatSel, b: AlamatSel, t: Tempat): Rujukan {
    const lembar = (a.lembar ?? t.lembar).toLowerCase();
    if (a.lembar !== undefined && !this.nomorLembar.has(lembar))
      throw new Error(`Lembar tak ada: ${a.lembar}`);
    const baris = (x: AlamatSel) => x.baris + (x.barisMutlak ? 0 : t.geserBaris);
    const kolom = (x: AlamatSel) => x.kolom + (x.kolomMutlak ? 0 : t.geserKolom);
    return {
      jenis: "rujukan",
      lembar,
      b1: Math.min(baris(a), baris(b)),
      b2: Math.max(baris(a), baris(b)),
      k1: Math.min(kolom(a), kolom(b)),
      k2: Math.max(kolom(a), kolom(b)),
    };
  }

  private nilaiSimpul(s: Simpul, t: Tempat): Hasil {
    switch (s.t) {
      case "nilai":
        return s.v;
      case "larik":
        return new Larik(s.baris);
      case "sel":
        return this.rujukan(s.a, s.a, t);
      case "rentang":
        return this.rujukan(s.a, s.b, t);
      case "fungsi": {
        const f = FUNGSI[s.nama];
        if (!f) throw new Error(`Fungsi tak dikenal penilai: ${s.nama}`);
        return f(
          s.arg.map((a) => this.nilaiSimpul(a, t)),
          this.baca,
        );
      }
      case "negasi":
        return peta([this.baca(this.nilaiSimpul(s.x, t))], (x) => {
          const n = keAngka(x);
          return adalahGalatX(n) ? n : n === 0 ? 0 : -n;
        });
      case "persen":
        return peta([this.baca(this.nilaiSimpul(s.x, t))], (x) => {
          const n = keAngka(x);
          return adalahGalatX(n) ? n : n / 100;
        });
      case "biner":
        return peta(
          [this.baca(this.nilaiSimpul(s.a, t)), this.baca(this.nilaiSimpul(s.b, t))],
          OPERATOR[s.op],
        );
    }
  }
}

const hitungAngka =
  (f: (a: number, b: number) => number | ReturnType<typeof galatX>) =>
  (x: Skalar, y: Skalar): Skalar => {
    const a = keAngka(x);
    const b = keAngka(y);
    const g = galatPertama([a, b]);
    if (g) return g;
    const h = f(a as number, b as number);
    return typeof h === "number" && !Number.isFinite(h) ? galatX("#NUM!") : h;
  };

const bandingkan =
  (f: (c: number) => boolean) =>
  (x: Skalar, y: Skalar): Skalar => {
    const g = galatPertama([x, y]);
    return g ?? f(banding(x as never, y as never));
  };

/** A sum or difference of nearly equal magnitudes is 0, as Excel and LibreOffice snap it. */
const tambah = (a: number, b: number) => (hampirSama(a, -b) ? 0 : a + b);

function pangkat(a: number, b: number): number | ReturnType<typeof galatX> {
  if (a === 0 && b === 0) return galatX("#NUM!");
  if (a === 0 && b < 0) return galatX("#DIV/0!");
  if (a < 0 && !Number.isInteger(b)) return galatX("#NUM!");
  return a ** b;
}

const OPERATOR: Record<string, (x: Skalar, y: Skalar) => Skalar> = {
  "+": hitungAngka(tambah),
  "-": hitungAngka((a, b) => tambah(a, -b)),
  "*": hitungAngka((a, b) => a * b),
  "/": hitungAngka((a, b) => (b === 0 ? galatX("#DIV/0!") : a / b)),
  "^": hitungAngka(pangkat),
  "&": (x, y) => {
    const s = [keTeks(x), keTeks(y)];
    return galatPertama(s) ?? (s as string[]).join("");
  },
  "=": bandingkan((c) => c === 0),
  "<>": bandingkan((c) => c !== 0),
  "<": bandingkan((c) => c < 0),
  ">": bandingkan((c) => c > 0),
  "<=": bandingkan((c) => c <= 0),
  ">=": bandingkan((c) => c >= 0),
};
