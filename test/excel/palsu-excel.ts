/**
 * A recording fake of the Excel API surface the writer uses. Self-contained (no imports) so the
 * browser tests can inject the same code into a page. Every property set and method call is queued
 * as an operation; `sync()` applies the queue the way Excel would (new sheets, cell contents,
 * shape checks) and counts round trips.
 */

/** One queued step: a method call carries its arguments, a property read carries none. */
export type Langkah = string | { panggil: unknown[] };

export interface Operasi {
  /** The sheet the operation belongs to, or "" for the workbook. */
  lembar: string;
  langkah: Langkah[];
  /** The value set, for a property set; undefined for a call. */
  nilai?: unknown;
}

export interface LembarPalsu {
  nama: string;
  baru: boolean;
  /** What each cell shows as input: a formula "=...", or a value (text without its leading '). */
  sel: Record<string, unknown>;
  /** Addresses whose content Excel took as a formula. */
  rumus: string[];
}

export interface BukuPalsu {
  lembar: LembarPalsu[];
  /** Every operation applied so far, in order. */
  operasi: Operasi[];
  sync: number;
  aktif: string;
  /** An operation Excel will refuse (a test's stand-in for any refusal mid-batch); the batch is not atomic. */
  tolak?: (op: Operasi) => GalatPalsu | undefined;
}

export interface GalatPalsu extends Error {
  code: string;
}

export function galatPalsu(code: string, pesan: string): GalatPalsu {
  return Object.assign(new Error(pesan), { code });
}

function kolomKeIndeks(huruf: string): number {
  let n = 0;
  for (const c of huruf.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function indeksKeKolom(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** "B7:C9" → its top-left corner and size; whole rows or columns are not cell rectangles. */
function kotakDari(alamat: string): { kolom: number; baris: number; lebar: number; tinggi: number } {
  const bagian = alamat.replace(/\$/g, "").split(":");
  const urai = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(a);
    if (!m) throw galatPalsu("InvalidArgument", `Alamat tidak sah: ${alamat}`);
    return { kolom: kolomKeIndeks(m[1]), baris: Number(m[2]) };
  };
  const a = urai(bagian[0]);
  const b = urai(bagian[1] ?? bagian[0]);
  return { kolom: a.kolom, baris: a.baris, lebar: b.kolom - a.kolom + 1, tinggi: b.baris - a.baris + 1 };
}

/** A proxy that records every set and call below `langkah`, and hands out deeper proxies. */
// It stands for any Office object (range, format, chart...), so its type is deliberately open.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function perekam(antre: Operasi[], lembar: string, langkah: Langkah[]): any {
  const sasaran = function () {
    return undefined;
  };
  return new Proxy(sasaran, {
    get(_t, prop) {
      // Not a promise, not a primitive: `await` and string conversion must see a plain object.
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      return perekam(antre, lembar, [...langkah, prop]);
    },
    set(_t, prop, nilai) {
      antre.push({ lembar, langkah: [...langkah, String(prop)], nilai });
      return true;
    },
    apply(_t, _this, args) {
      const jalur = [...langkah, { panggil: args }];
      antre.push({ lembar, langkah: jalur });
      return perekam(antre, lembar, jalur);
    },
  });
}

/**
 * How Excel reads a string written to a cell, as if typed: a leading apostrophe makes the rest
 * text; "=" starts a formula, and through `formulas` so do "+", "-" and "@".
 */
function bacaMasukan(v: unknown, lewatRumus: boolean): { isi: unknown; rumus: boolean } {
  if (typeof v !== "string") return { isi: v, rumus: false };
  if (v.startsWith("'")) return { isi: v.slice(1), rumus: false };
  const awalan = lewatRumus ? /^[=+\-@]./ : /^=./;
  return { isi: v, rumus: awalan.test(v) };
}

/** Applies one write of cell contents; Excel rejects an array whose shape differs from the range. */
function tulisSel(lembar: LembarPalsu, alamat: string, nilai: unknown, lewatRumus: boolean): void {
  const k = kotakDari(alamat);
  if (
    !Array.isArray(nilai) ||
    nilai.length !== k.tinggi ||
    nilai.some((r) => !Array.isArray(r) || r.length !== k.lebar)
  ) {
    throw galatPalsu("InvalidArgument", `Ukuran larik tidak cocok dengan ${alamat}`);
  }
  nilai.forEach((baris: unknown[], i) =>
    baris.forEach((v, j) => {
      if (v === null) return;
      const a = `${indeksKeKolom(k.kolom + j)}${k.baris + i}`;
      const { isi, rumus } = bacaMasukan(v, lewatRumus);
      lembar.sel[a] = isi;
      lembar.rumus = lembar.rumus.filter((r) => r !== a);
      if (rumus) lembar.rumus.push(a);
    }),
  );
}

/** The argument of the first call named `nama` in a path, e.g. getRange("A1:B2") → "A1:B2". */
export function argumen(op: Operasi, nama: string): unknown {
  const i = op.langkah.indexOf(nama);
  const l = op.langkah[i + 1];
  return i >= 0 && typeof l === "object" ? l.panggil[0] : undefined;
}

/** The last step of an operation: the property set or the method called. */
export function akhirLangkah(op: Operasi): string {
  const l = op.langkah;
  const terakhir = l[l.length - 1];
  return typeof terakhir === "string" ? terakhir : String(l[l.length - 2]);
}

/**
 * A fake workbook holding `awal` (sheet name → cells) and a request context over it.
 * `versi` is the highest ExcelApi the fake Office claims.
 */
export function buatExcelPalsu(awal: Record<string, Record<string, unknown>> = {}, versi = "1.9") {
  const buku: BukuPalsu = {
    lembar: Object.entries(awal).map(([nama, sel]) => ({ nama, baru: false, sel: { ...sel }, rumus: [] })),
    operasi: [],
    sync: 0,
    aktif: Object.keys(awal)[0] ?? "",
  };
  const antre: Operasi[] = [];
  let namaDimuat = false;
  let items: Array<{ name: string }> | null = null;

  const cariLembar = (nama: string) => buku.lembar.find((l) => l.nama.toLowerCase() === nama.toLowerCase());

  const terapkan = (op: Operasi): void => {
    const [awalLangkah] = op.langkah;
    if (op.lembar === "" || awalLangkah === undefined) return;
    const tolak = buku.tolak?.(op);
    if (tolak) throw tolak;
    if (awalLangkah === "tambah") {
      if (cariLembar(op.lembar)) throw galatPalsu("ItemAlreadyExists", `Lembar ${op.lembar} sudah ada`);
      buku.lembar.push({ nama: op.lembar, baru: true, sel: {}, rumus: [] });
      return;
    }
    const lembar = cariLembar(op.lembar);
    if (!lembar) throw galatPalsu("ItemNotFound", `Lembar ${op.lembar} tidak ada`);
    const akhir = akhirLangkah(op);
    if (akhir === "delete" && op.langkah.length === 2) {
      buku.lembar = buku.lembar.filter((l) => l !== lembar);
      return;
    }
    if ((akhir === "formulas" || akhir === "values") && op.langkah.length === 3) {
      tulisSel(lembar, String(argumen(op, "getRange")), op.nilai, akhir === "formulas");
    } else if (akhir === "numberFormat") {
      const k = kotakDari(String(argumen(op, "getRange")));
      const n = op.nilai as unknown[][];
      if (n.length !== k.tinggi || n.some((r) => r.length !== k.lebar)) {
        throw galatPalsu("InvalidArgument", "Ukuran format angka tidak cocok");
      }
    } else if (akhir === "activate") buku.aktif = lembar.nama;
  };

  const worksheets = {
    load(arg: unknown) {
      namaDimuat = arg === "items/name" || arg === "name" || arg === "items";
      return worksheets;
    },
    get items(): Array<{ name: string }> {
      if (!items) throw galatPalsu("PropertyNotLoaded", "worksheets.items belum dimuat");
      return items;
    },
    add(nama: string) {
      antre.push({ lembar: nama, langkah: ["tambah"] });
      return perekam(antre, nama, []);
    },
    getItem(nama: string) {
      return perekam(antre, nama, []);
    },
  };

  const konteks = {
    workbook: { worksheets },
    application: perekam(antre, "", ["application"]),
    async sync() {
      buku.sync += 1;
      const kerja = antre.splice(0, antre.length);
      for (const op of kerja) {
        terapkan(op);
        buku.operasi.push(op);
      }
      if (namaDimuat) items = buku.lembar.map((l) => ({ name: l.nama }));
    },
  };

  const office = {
    context: {
      requirements: {
        isSetSupported(nama: string, v: string) {
          const [a, b] = versi.split(".").map(Number);
          const [c, d] = String(v).split(".").map(Number);
          return nama === "ExcelApi" && (a > c || (a === c && b >= (d || 0)));
        },
      },
    },
  };

  const excel = {
    async run<T>(panggil: (ctx: typeof konteks) => Promise<T>): Promise<T> {
      return panggil(konteks);
    },
  };

  /** The cell contents of a sheet, by A1 address. */
  const isi = (nama: string) => cariLembar(nama)?.sel ?? {};
  /** The addresses of a sheet that hold formulas. */
  const rumus = (nama: string) => cariLembar(nama)?.rumus ?? [];

  return { buku, konteks, office, excel, isi, rumus, antre };
}
