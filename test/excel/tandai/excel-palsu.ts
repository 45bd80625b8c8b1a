/**
 * A recording fake of the Excel surface the tandai actions use: one sheet of cells (value, number
 * format, fill), its conditional formats and a selection. Loaded properties are readable only
 * after `sync()`, as in Excel, so a third round trip cannot hide; every queued call or property
 * write counts as an operation.
 */
import { hurufKolom, indeksKolom } from "../../../src/workbook/alamat";

export interface SelPalsu {
  nilai: string | number | boolean;
  formatAngka?: string;
  isi?: string;
}

export interface AturanPalsu {
  id: number;
  type: string;
  alamat: string;
  rumus?: string;
  warnaIsi?: string;
  warnaFont?: string;
}

interface Kotak {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export class LembarPalsu {
  sel = new Map<string, SelPalsu>();
  aturan: AturanPalsu[] = [];
  constructor(public nama: string) {}
  ambil(r: number, c: number): SelPalsu | undefined {
    return this.sel.get(`${r},${c}`);
  }
  nilai(r: number, c: number): string | number | boolean {
    return this.ambil(r, c)?.nilai ?? "";
  }
  isi(kisi: ReadonlyArray<ReadonlyArray<unknown>>, r0 = 0, c0 = 0): void {
    kisi.forEach((baris, r) =>
      baris.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined)
          this.sel.set(`${r0 + r},${c0 + c}`, { nilai: v as string | number });
      }),
    );
  }
  terpakai(): Kotak | undefined {
    let k: Kotak | undefined;
    for (const kunci of this.sel.keys()) {
      const [r, c] = kunci.split(",").map(Number);
      k = k
        ? { r0: Math.min(k.r0, r), c0: Math.min(k.c0, c), r1: Math.max(k.r1, r), c1: Math.max(k.c1, c) }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return k;
  }
}

const alamatKotak = (k: Kotak) => {
  const a = `${hurufKolom(k.c0 + 1)}${k.r0 + 1}`;
  const b = `${hurufKolom(k.c1 + 1)}${k.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
};

function kotakDari(alamat: string): Kotak {
  const [a, b = a] = alamat.replace(/\$/g, "").split(":");
  // Whole columns and rows, as Excel takes them: "D:D" is 1,048,576 cells.
  if (/^[A-Z]+$/i.test(a)) return { r0: 0, c0: indeksKolom(a) - 1, r1: 1048575, c1: indeksKolom(b) - 1 };
  if (/^\d+$/.test(a)) return { r0: Number(a) - 1, c0: 0, r1: Number(b) - 1, c1: 16383 };
  const urai = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s)!;
    return { r: Number(m[2]) - 1, c: indeksKolom(m[1]) - 1 };
  };
  const p = urai(a);
  const q = urai(b);
  return { r0: p.r, c0: p.c, r1: q.r, c1: q.c };
}

const jenisNilai = (v: unknown) =>
  v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";

const potong = (a: Kotak, b: Kotak): Kotak | undefined => {
  const k = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return k.r0 <= k.r1 && k.c0 <= k.c1 ? k : undefined;
};

export class KonteksPalsu {
  sync_ = 0;
  operasi = 0;
  /** Cell values sent back by loads: what the request size grows with. */
  selDibaca = 0;
  /** Cells selected by `select()`, in order, as they took effect at sync. */
  dipilih: string[] = [];
  /** Whether the sheet is the active one; select() on an inactive sheet is refused (office-js #5118). */
  aktif = true;
  /** The loaded values as JSON: a lower bound of the response size Excel must send. */
  byteDibaca = 0;
  private tertunda: (() => void)[] = [];
  /** A call made on a null object: Excel may refuse the whole batch, so the fake always does. */
  private salahNull: string | undefined;
  private nextId = 1;
  workbook: unknown;
  constructor(
    public lembar: LembarPalsu,
    public pilihan: string,
  ) {
    const ws = this.lembarObj();
    this.workbook = {
      getSelectedRange: () => this.catat(this.range(kotakDari(this.pilihan))),
      worksheets: { getActiveWorksheet: () => this.catat(ws), getItem: () => this.catat(ws) },
    };
  }
  private catat<T>(x: T): T {
    this.operasi++;
    return x;
  }
  async sync(): Promise<void> {
    this.sync_++;
    if (this.salahNull) {
      const pesan = this.salahNull;
      this.salahNull = undefined;
      this.tertunda = [];
      throw Object.assign(new Error(`${pesan} dipanggil pada objek null`), { code: "InvalidArgument" });
    }
    const t = this.tertunda;
    this.tertunda = [];
    for (const f of t) f();
  }
  /** Queues a load: the values are taken at the next sync and kept in `dimuat`. */
  private muat(
    dimuat: Record<string, unknown>,
    sifat: Record<string, () => unknown>,
    diminta?: string,
  ): void {
    this.operasi++;
    const nama = diminta ? diminta.split(",").map((x) => x.trim().split("/")[0]) : Object.keys(sifat);
    this.tertunda.push(() => {
      for (const [k, f] of Object.entries(sifat)) if (nama.includes(k)) dimuat[k] = f();
    });
  }
  private bacaan(
    obj: Record<string, unknown>,
    dimuat: Record<string, unknown>,
    sifat: string[],
    tulis?: (p: string, v: unknown) => void,
  ): void {
    for (const p of sifat) {
      Object.defineProperty(obj, p, {
        get: () => {
          if (!(p in dimuat)) throw new Error(`PropertyNotLoaded: ${p}`);
          return dimuat[p];
        },
        set: (v: unknown) => {
          if (!tulis) throw new Error(`tidak dapat menulis ${p}`);
          tulis(p, v);
        },
      });
    }
  }
  lembarObj(): Record<string, unknown> {
    const dimuat: Record<string, unknown> = {};
    const ws: Record<string, unknown> = {
      load: (p?: string) => this.muat(dimuat, { name: () => this.lembar.nama }, p),
      getRange: (a?: string) =>
        this.catat(this.range(a ? kotakDari(a) : { r0: 0, c0: 0, r1: 1048575, c1: 16383 })),
      // As in Excel: a blank sheet's used range is its top-left cell, not an error.
      getUsedRange: () => this.catat(this.range(this.lembar.terpakai() ?? { r0: 0, c0: 0, r1: 0, c1: 0 })),
      getRangeByIndexes: (r: number, c: number, t: number, l: number) =>
        this.catat(this.range({ r0: r, c0: c, r1: r + t - 1, c1: c + l - 1 })),
      activate: () => {
        this.operasi++;
        this.tertunda.push(() => (this.aktif = true));
      },
    };
    this.bacaan(ws, dimuat, ["name"]);
    return ws;
  }
  range(k: Kotak | undefined): Record<string, unknown> {
    const L = this.lembar;
    // A getter, as in Excel: the collection is a fresh proxy on each access.
    const koleksi = () => this.koleksi(k);
    const dimuat: Record<string, unknown> = {};
    const r: Record<string, unknown> = {
      isNullObject: k === undefined,
      worksheet: this.lembarObj(),
      load: (p?: string) =>
        this.muat(
          dimuat,
          {
            address: () => (k ? `${L.nama}!${alamatKotak(k)}` : null),
            rowIndex: () => k?.r0,
            columnIndex: () => k?.c0,
            rowCount: () => (k ? k.r1 - k.r0 + 1 : 0),
            columnCount: () => (k ? k.c1 - k.c0 + 1 : 0),
            cellCount: () => (k ? (k.r1 - k.r0 + 1) * (k.c1 - k.c0 + 1) : 0),
            values: () => {
              if (!k) return [];
              const v = Array.from({ length: k.r1 - k.r0 + 1 }, (_, i) =>
                Array.from({ length: k.c1 - k.c0 + 1 }, (_, j) => L.nilai(k.r0 + i, k.c0 + j)),
              );
              this.selDibaca += v.length * v[0].length;
              this.byteDibaca += JSON.stringify(v).length;
              return v;
            },
            valueTypes: () =>
              Array.from({ length: k!.r1 - k!.r0 + 1 }, (_, i) =>
                Array.from({ length: k!.c1 - k!.c0 + 1 }, (_, j) =>
                  jenisNilai(L.nilai(k!.r0 + i, k!.c0 + j)),
                ),
              ),
          },
          p,
        ),
      getRow: (i: number) =>
        this.turunan("getRow", k, (k) => ({ r0: k.r0 + i, c0: k.c0, r1: k.r0 + i, c1: k.c1 })),
      getCell: (i: number, j: number) =>
        this.turunan("getCell", k, (k) => ({ r0: k.r0 + i, c0: k.c0 + j, r1: k.r0 + i, c1: k.c0 + j })),
      getResizedRange: (dr: number, dc: number) =>
        this.turunan("getResizedRange", k, (k) => ({ ...k, r1: k.r1 + dr, c1: k.c1 + dc })),
      getBoundingRect: (lain: { _kotak?: Kotak }) =>
        this.turunan("getBoundingRect", k, (k) => {
          const b = lain._kotak ?? k;
          return {
            r0: Math.min(k.r0, b.r0),
            c0: Math.min(k.c0, b.c0),
            r1: Math.max(k.r1, b.r1),
            c1: Math.max(k.c1, b.c1),
          };
        }),
      getIntersection: (lain: { _kotak?: Kotak }) =>
        this.turunan("getIntersection", k, (k) => {
          const p = lain._kotak && potong(k, lain._kotak);
          if (!p) this.salahNull = "getIntersection tanpa irisan";
          return p ?? k;
        }),
      getIntersectionOrNullObject: (lain: { _kotak?: Kotak }) =>
        this.catat(this.range(k && lain._kotak && potong(k, lain._kotak))),
      getSurroundingRegion: () =>
        this.turunan("getSurroundingRegion", k, (k) =>
          this.wilayah({ r0: k.r0, c0: k.c0, r1: k.r0, c1: k.c0 }),
        ),
      select: () => {
        this.operasi++;
        this.tertunda.push(() => {
          if (!this.aktif)
            throw Object.assign(new Error("select() pada lembar tidak aktif"), { code: "GeneralException" });
          this.pilihan = alamatKotak(k!);
          this.dipilih.push(this.pilihan);
        });
      },
      get conditionalFormats() {
        return koleksi();
      },
      _kotak: k,
    };
    this.bacaan(
      r,
      dimuat,
      ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "valueTypes"],
      (p, v) => {
        if (p !== "values" || !k) throw new Error(`tidak dapat menulis ${p}`);
        this.operasi++;
        (v as unknown[][]).forEach((baris, i) =>
          baris.forEach((x, j) => {
            const lama = L.ambil(k.r0 + i, k.c0 + j);
            // As Excel: a cell formatted as Text keeps a written number as text.
            const nilai = lama?.formatAngka === "@" ? String(x) : (x as string | number);
            L.sel.set(`${k.r0 + i},${k.c0 + j}`, { ...lama, nilai });
          }),
        );
      },
    );
    return r;
  }
  /** Excel's current region: grows while a non-blank cell touches the rectangle. */
  /** A range derived from another; on a null object the call is remembered and fails the next sync. */
  private turunan(nama: string, k: Kotak | undefined, ubah: (k: Kotak) => Kotak): Record<string, unknown> {
    if (!k) {
      this.salahNull = nama;
      return this.catat(this.range(undefined));
    }
    return this.catat(this.range(ubah(k)));
  }
  private wilayah(k: Kotak): Kotak {
    const L = this.lembar;
    for (let tumbuh = true; tumbuh;) {
      tumbuh = false;
      const isi = (r: number, c: number) => r >= 0 && c >= 0 && L.nilai(r, c) !== "";
      for (let c = k.c0 - 1; c <= k.c1 + 1; c++) {
        if (isi(k.r0 - 1, c)) {
          k = { ...k, r0: k.r0 - 1 };
          tumbuh = true;
        }
        if (isi(k.r1 + 1, c)) {
          k = { ...k, r1: k.r1 + 1 };
          tumbuh = true;
        }
      }
      for (let r = k.r0 - 1; r <= k.r1 + 1; r++) {
        if (isi(r, k.c0 - 1)) {
          k = { ...k, c0: k.c0 - 1 };
          tumbuh = true;
        }
        if (isi(r, k.c1 + 1)) {
          k = { ...k, c1: k.c1 + 1 };
          tumbuh = true;
        }
      }
    }
    return k;
  }
  /** The RangeAreas a rule applies to now, with the collection scoped to it. */
  private rentangAturan(a: AturanPalsu): Record<string, unknown> {
    this.operasi++;
    const dimuat: Record<string, unknown> = {};
    const r: Record<string, unknown> = {
      load: (p?: string) => this.muat(dimuat, { address: () => `'${this.lembar.nama}'!${a.alamat}` }, p),
      conditionalFormats: this.koleksi(kotakDari(a.alamat)),
    };
    this.bacaan(r, dimuat, ["address"]);
    return r;
  }
  private koleksi(k: Kotak | undefined): unknown {
    const L = this.lembar;
    const seluruhLembar = k !== undefined && k.r0 === 0 && k.c0 === 0 && k.r1 === 1048575 && k.c1 === 16383;
    const dimuat: Record<string, unknown> = {};
    const kol: Record<string, unknown> = {
      load: () =>
        this.muat(dimuat, {
          items: () =>
            L.aturan
              .filter((a) => k && potong(kotakDari(a.alamat), k))
              .map((a) => ({
                type: a.type,
                customOrNullObject:
                  a.type === "Custom"
                    ? { isNullObject: false, rule: { formula: `=${a.rumus}` } }
                    : { isNullObject: true },
                getRanges: () => this.rentangAturan(a),
                delete: () => {
                  this.operasi++;
                  this.tertunda.push(() => {
                    const tumpang = L.aturan.some(
                      (x) => x !== a && potong(kotakDari(x.alamat), kotakDari(a.alamat)),
                    );
                    // office-js #5222, #6827, #6835: through the sheet-wide collection, overlapping rules are not found.
                    if (!L.aturan.includes(a) || (seluruhLembar && tumpang))
                      throw Object.assign(new Error("Item Not Found."), { code: "ItemNotFound" });
                    L.aturan = L.aturan.filter((x) => x !== a);
                  });
                },
              })),
        }),
      add: (type: string) => {
        this.operasi++;
        const a: AturanPalsu = { id: this.nextId++, type, alamat: alamatKotak(k!) };
        L.aturan.unshift(a);
        const tulis = (f: (v: string) => void) => ({
          set: (v: string) => {
            this.operasi++;
            f(v);
          },
        });
        const custom = { rule: {}, format: { fill: {}, font: {} } };
        Object.defineProperty(
          custom.rule,
          "formula",
          tulis((v) => (a.rumus = v.replace(/^=/, ""))),
        );
        Object.defineProperty(
          custom.format.fill,
          "color",
          tulis((v) => (a.warnaIsi = v)),
        );
        Object.defineProperty(
          custom.format.font,
          "color",
          tulis((v) => (a.warnaFont = v)),
        );
        return { custom };
      },
    };
    this.bacaan(kol, dimuat, ["items"]);
    return kol;
  }
}

/** A context for the actions under test; cast once here so tests stay typed. */
export const sebagaiKonteks = (k: KonteksPalsu) => k as unknown as Excel.RequestContext;
