import {
  BARIS_MAKS,
  gabungan,
  irisan,
  Kotak,
  KOLOM_MAKS,
  lebar,
  pisahLembar,
  tinggi,
  tulisAlamat,
  uraiAlamat,
} from "./alamat";
import { tolak } from "./galat";
import { gayaAwal } from "./gaya-bernama";
import { jenisNilai, Nilai, Sel, tafsirkan } from "./isi-sel";

/** One conditional format as Excel keeps it: a rule over one or more ranges of one sheet. */
export interface AturanBersyarat {
  id: string;
  jenis: string;
  kotak: Kotak[];
  rumus?: string;
  format: Record<string, unknown>;
  stopIfTrue: boolean;
}

export interface Validasi {
  kotak: Kotak;
  aturan?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

/** A chart, recorded rather than drawn: its settings as the add-in set them. */
export interface Grafik {
  jenis: string;
  sumber: string;
  seriesBy: string;
  setelan: Record<string, unknown>;
  seri: Array<Record<string, unknown>>;
}

/** Computes a formula's value for reads; without one, reading a formula's value is refused. */
export type Hitung = (rumus: string, lembar: string, baris0: number, kolom0: number) => Nilai;

/** Excel's limit on a conditional-format or validation formula, in characters (issue 9's review). */
export const RUMUS_ATURAN_MAKS = 255;
/** "Excel specifications and limits" (support.microsoft.com): row height 409 points. */
export const TINGGI_BARIS_MAKS = 409;
/** Column width 255 characters: 255 × 7 px + 5 px padding, at 0.75 pt per px. */
export const LEBAR_KOLOM_MAKS = (255 * 7 + 5) * 0.75;

/**
 * "A range is limited to 5,000,000 cells for read operations" on every platform (Resource limits
 * and performance optimization for Office Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * beyond, Excel answers RangeExceedsLimit (the application-specific error codes page).
 */
export const SEL_BACA_MAKS = 5_000_000;

let nomor = 0;
const idBaru = (awalan: string) => `{${awalan}-${++nomor}}`;

export class Lembar {
  readonly id = idBaru("lembar");
  readonly sel = new Map<number, Map<number, Sel>>();
  readonly formatAngka = new Map<number, Map<number, string>>();
  /** Every format property set, in order: later entries win where they cover the same cells. */
  readonly gaya: Array<{ kotak: Kotak; sifat: string; nilai: unknown }> = [];
  readonly gabung: Kotak[] = [];
  readonly bersyarat: AturanBersyarat[] = [];
  readonly validasi: Validasi[] = [];
  readonly lebarKolom = new Map<number, number>();
  readonly tinggiBaris = new Map<number, number>();
  /** Outline level of each row (Range.group by rows, ExcelApi 1.10), 0-based row index → 1–7. */
  readonly tingkatBaris = new Map<number, number>();
  readonly tataHalaman: Record<string, unknown> = {};
  readonly grafik: Grafik[] = [];
  beku: { baris: number; kolom: number } | null = null;
  warnaTab = "";
  visibility = "Visible";

  constructor(
    public nama: string,
    private readonly buku: Buku,
  ) {}

  get posisi(): number {
    return this.buku.daftar.indexOf(this);
  }

  ambil(b: number, k: number): Sel | undefined {
    return this.sel.get(b)?.get(k);
  }

  /** A formula's value through the workbook's `hitung`; refused as not emulated without it. */
  nilaiRumus(rumus: string, b: number, k: number): Nilai {
    return this.buku.nilaiRumus(this, rumus, b, k);
  }

  /** The text ("@") number format keeps what is typed as text. */
  format(b: number, k: number): string {
    return this.formatAngka.get(b)?.get(k) ?? "General";
  }

  taruh(b: number, k: number, s: Sel | null): void {
    if (s === null) {
      this.sel.get(b)?.delete(k);
      return;
    }
    const baris = this.sel.get(b) ?? new Map<number, Sel>();
    this.sel.set(b, baris);
    baris.set(k, s);
  }

  /** A write through `values` or `formulas`: a scalar fills the range, an array must match it. */
  tulis(kotak: Kotak, isi: unknown, lewatRumus: boolean): void {
    const sel = (i: number, j: number) => (Array.isArray(isi) ? (isi[i] as unknown[])[j] : isi);
    if (Array.isArray(isi)) cocokBentuk(kotak, isi);
    // Interpret every cell first: one refused cell refuses the whole write, as Excel does.
    const hasil: Array<[number, number, Sel | null]> = [];
    for (let i = 0; i < tinggi(kotak); i++) {
      for (let j = 0; j < lebar(kotak); j++) {
        const [b, k] = [kotak.b0 + i, kotak.k0 + j];
        const s = tafsirkan(sel(i, j), lewatRumus, this.format(b, k) === "@");
        if (s !== undefined) hasil.push([b, k, s]);
      }
    }
    for (const [b, k, s] of hasil) this.taruh(b, k, s);
  }

  tulisFormatAngka(kotak: Kotak, isi: unknown): void {
    if (Array.isArray(isi)) cocokBentuk(kotak, isi);
    for (let i = 0; i < tinggi(kotak); i++) {
      for (let j = 0; j < lebar(kotak); j++) {
        const v = Array.isArray(isi) ? (isi[i] as unknown[])[j] : isi;
        if (v === null || v === undefined) continue;
        const baris = this.formatAngka.get(kotak.b0 + i) ?? new Map<number, string>();
        this.formatAngka.set(kotak.b0 + i, baris);
        baris.set(kotak.k0 + j, String(v));
      }
    }
  }

  /** Reads one property per cell; whole columns really are 1,048,576 rows, as in Excel. */
  baca(kotak: Kotak, sifat: "values" | "formulas" | "numberFormat" | "valueTypes" | "text"): unknown[][] {
    if (tinggi(kotak) * lebar(kotak) > SEL_BACA_MAKS) {
      throw tolak(
        "RangeExceedsLimit",
        `${tinggi(kotak) * lebar(kotak)} sel dibaca sekaligus; Excel membatasi ${SEL_BACA_MAKS} sel per baca`,
      );
    }
    const hasil: unknown[][] = new Array(tinggi(kotak));
    for (let i = 0; i < hasil.length; i++) {
      const b = kotak.b0 + i;
      const barisSel = this.sel.get(b);
      const baris = new Array(lebar(kotak));
      for (let j = 0; j < baris.length; j++) {
        const k = kotak.k0 + j;
        const s = barisSel?.get(k);
        if (sifat === "numberFormat") baris[j] = this.format(b, k);
        else if (sifat === "formulas") baris[j] = s?.rumus ?? s?.nilai ?? "";
        else {
          const v =
            s === undefined
              ? ""
              : s.rumus !== undefined
                ? this.buku.nilaiRumus(this, s.rumus, b, k)
                : s.nilai;
          baris[j] = sifat === "valueTypes" ? jenisNilai(s, v) : sifat === "text" ? teks(v) : v;
        }
      }
      hasil[i] = baris;
    }
    return hasil;
  }

  /** The box around cells with content (and, unless valuesOnly, with formats); null when blank. */
  terpakai(hanyaNilai: boolean): Kotak | null {
    let k: Kotak | null = null;
    const tambah = (peta: Map<number, Map<number, unknown>>) => {
      for (const [b, baris] of peta) {
        for (const kol of baris.keys())
          k = k ? gabungan(k, { b0: b, b1: b, k0: kol, k1: kol }) : { b0: b, b1: b, k0: kol, k1: kol };
      }
    };
    tambah(this.sel);
    if (!hanyaNilai) {
      tambah(this.formatAngka);
      for (const g of this.gaya)
        if (tinggi(g.kotak) < BARIS_MAKS && lebar(g.kotak) < KOLOM_MAKS)
          k = k ? gabungan(k, g.kotak) : g.kotak;
    }
    return k;
  }

  /** The table around a cell: the rectangle reached through non-blank neighbours (Ctrl+*). */
  sekitar(kotak: Kotak): Kotak {
    let k = { ...kotak };
    const isi = (b: number, kol: number) => b >= 0 && kol >= 0 && this.ambil(b, kol) !== undefined;
    for (let berubah = true; berubah;) {
      berubah = false;
      const tepi: Array<[keyof Kotak, number]> = [
        ["b0", -1],
        ["b1", 1],
        ["k0", -1],
        ["k1", 1],
      ];
      for (const [s, d] of tepi) {
        const baru = { ...k, [s]: k[s] + d };
        if (baru.b0 < 0 || baru.k0 < 0 || baru.b1 >= BARIS_MAKS || baru.k1 >= KOLOM_MAKS) continue;
        const garis =
          s[0] === "b" ? { ...baru, b0: baru[s], b1: baru[s] } : { ...baru, k0: baru[s], k1: baru[s] };
        let ada = false;
        // Diagonal neighbours count too, so the strip is one wider on each side.
        for (let b = garis.b0 - (s[0] === "k" ? 1 : 0); b <= garis.b1 + (s[0] === "k" ? 1 : 0) && !ada; b++) {
          for (
            let kol = garis.k0 - (s[0] === "b" ? 1 : 0);
            kol <= garis.k1 + (s[0] === "b" ? 1 : 0) && !ada;
            kol++
          ) {
            ada = isi(b, kol);
          }
        }
        if (ada) {
          k = baru;
          berubah = true;
        }
      }
    }
    return k;
  }

  aturGaya(kotak: Kotak, sifat: string, nilai: unknown): void {
    this.gaya.push({ kotak, sifat, nilai });
  }

  /** A format property over a range: the last value set covering all of it, null when mixed. */
  bacaGaya(kotak: Kotak, sifat: string, bawaan: unknown): unknown {
    for (let i = this.gaya.length - 1; i >= 0; i--) {
      const g = this.gaya[i];
      if (g.sifat !== sifat) continue;
      const x = irisan(g.kotak, kotak);
      if (!x) continue;
      return x.b0 === kotak.b0 && x.b1 === kotak.b1 && x.k0 === kotak.k0 && x.k1 === kotak.k1
        ? g.nilai
        : null;
    }
    return bawaan;
  }

  /** Merges by row, for the overlap check; rebuilt whenever `gabung` changed behind its back. */
  private indeksGabung = new Map<number, Kotak[]>();
  private indeksUntuk: { daftar: Kotak[]; panjang: number } | null = null;

  private gabungDiBaris(g: Kotak): Kotak[] {
    if (this.indeksUntuk?.daftar !== this.gabung || this.indeksUntuk.panjang !== this.gabung.length) {
      this.indeksGabung.clear();
      for (const x of this.gabung) this.indeksTambah(x);
      this.indeksUntuk = { daftar: this.gabung, panjang: this.gabung.length };
    }
    const calon = new Set<Kotak>();
    for (let b = g.b0; b <= g.b1; b++) for (const x of this.indeksGabung.get(b) ?? []) calon.add(x);
    return [...calon].filter((x) => irisan(x, g));
  }

  private indeksTambah(x: Kotak): void {
    for (let b = x.b0; b <= x.b1; b++) {
      const d = this.indeksGabung.get(b);
      if (d) d.push(x);
      else this.indeksGabung.set(b, [x]);
    }
  }

  /** Removes merges (already in `gabung`) from the list and the index. */
  private lepasGabung(daftar: Kotak[]): void {
    for (const x of daftar) {
      this.gabung.splice(this.gabung.indexOf(x), 1);
      for (let b = x.b0; b <= x.b1; b++) {
        const d = this.indeksGabung.get(b);
        if (d) d.splice(d.indexOf(x), 1);
      }
    }
    if (this.indeksUntuk) this.indeksUntuk.panjang = this.gabung.length;
  }

  gabungkan(kotak: Kotak, melintang: boolean): void {
    const baris = melintang
      ? Array.from({ length: tinggi(kotak) }, (_, i) => ({ ...kotak, b0: kotak.b0 + i, b1: kotak.b0 + i }))
      : [kotak];
    for (const g of baris) {
      if (tinggi(g) * lebar(g) === 1) continue;
      this.lepasGabung(this.gabungDiBaris(g));
      this.gabung.push(g);
      this.indeksTambah(g);
      if (this.indeksUntuk) this.indeksUntuk.panjang = this.gabung.length;
      // Excel keeps only the upper-left value of a merged area.
      for (let b = g.b0; b <= g.b1; b++)
        for (let k = g.k0; k <= g.k1; k++) if (b !== g.b0 || k !== g.k0) this.taruh(b, k, null);
    }
  }

  pisahkan(kotak: Kotak): void {
    this.lepasGabung(this.gabungDiBaris(kotak));
  }

  /**
   * Range.group(ByRows): every row of the range one outline level deeper. Excel keeps at most
   * eight levels (the sheet's own and seven nested groups) and refuses a deeper one.
   */
  kelompokkanBaris(kotak: Kotak): void {
    for (let b = kotak.b0; b <= kotak.b1; b++) {
      if ((this.tingkatBaris.get(b) ?? 0) >= 7)
        throw tolak(
          "InvalidOperation",
          `Baris ${b + 1} sudah di tingkat kerangka 7; Excel memuat paling banyak 8 tingkat`,
        );
    }
    for (let b = kotak.b0; b <= kotak.b1; b++) this.tingkatBaris.set(b, (this.tingkatBaris.get(b) ?? 0) + 1);
  }

  aturTinggiBaris(kotak: Kotak, poin: unknown): void {
    if (typeof poin !== "number" || !(poin >= 0) || poin > TINGGI_BARIS_MAKS) {
      throw tolak(
        "InvalidArgument",
        `Tinggi baris ${String(poin)} pt; Excel membatasi 0–${TINGGI_BARIS_MAKS} pt`,
      );
    }
    for (let b = kotak.b0; b <= kotak.b1; b++) this.tinggiBaris.set(b, poin);
  }

  aturLebarKolom(kotak: Kotak, poin: unknown): void {
    if (typeof poin !== "number" || !(poin >= 0) || poin > LEBAR_KOLOM_MAKS) {
      throw tolak(
        "InvalidArgument",
        `Lebar kolom ${String(poin)} pt; Excel membatasi 255 karakter (${LEBAR_KOLOM_MAKS} pt)`,
      );
    }
    for (let k = kotak.k0; k <= kotak.k1; k++) this.lebarKolom.set(k, poin);
  }

  tambahAturan(kotak: Kotak, jenis: string): AturanBersyarat {
    const a: AturanBersyarat = { id: idBaru("cf"), jenis, kotak: [kotak], format: {}, stopIfTrue: false };
    // "Adds a new conditional format to the collection at the first/top priority" (ExcelApi docs).
    this.bersyarat.unshift(a);
    return a;
  }

  aturanDi(kotak: Kotak): AturanBersyarat[] {
    return this.bersyarat.filter((a) => a.kotak.some((k) => irisan(k, kotak)));
  }

  /** A deep copy of every field into `ke`, a sheet of another workbook (see Buku.salin). */
  salinKe(ke: Lembar): void {
    const data = structuredClone({
      sel: this.sel,
      formatAngka: this.formatAngka,
      gaya: this.gaya,
      gabung: this.gabung,
      bersyarat: this.bersyarat,
      validasi: this.validasi,
      lebarKolom: this.lebarKolom,
      tinggiBaris: this.tinggiBaris,
      tingkatBaris: this.tingkatBaris,
      tataHalaman: this.tataHalaman,
      grafik: this.grafik,
    });
    for (const [k, v] of Object.entries(data)) {
      const tujuan = (ke as unknown as Record<string, unknown>)[k];
      if (tujuan instanceof Map) for (const [a, b] of v as Map<unknown, unknown>) tujuan.set(a, b);
      else if (Array.isArray(tujuan)) tujuan.push(...(v as unknown[]));
      else Object.assign(tujuan as object, v);
    }
    Object.assign(ke, {
      beku: structuredClone(this.beku),
      warnaTab: this.warnaTab,
      visibility: this.visibility,
    });
  }

  /** Test helper: cell values of an address, as Excel would return them. */
  nilai(alamat: string): unknown[][] {
    return this.baca(uraiAlamat(alamat), "values");
  }

  rumus(alamat: string): unknown[][] {
    return this.baca(uraiAlamat(alamat), "formulas");
  }

  alamat(kotak: Kotak): string {
    return tulisAlamat(kotak);
  }
}

function teks(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v === undefined ? "" : String(v);
}

/** Excel refuses an array whose shape differs from the range it is written to. */
export function cocokBentuk(kotak: Kotak, isi: unknown[]): void {
  const salah =
    isi.length !== tinggi(kotak) || isi.some((r) => !Array.isArray(r) || r.length !== lebar(kotak));
  if (salah) {
    const w = Array.isArray(isi[0]) ? (isi[0] as unknown[]).length : "?";
    throw tolak(
      "InvalidArgument",
      `Ukuran larik (${isi.length}×${w}) tidak sama dengan rentang ${tulisAlamat(kotak)} (${tinggi(kotak)}×${lebar(kotak)})`,
    );
  }
}

/** The sheet names Excel refuses: empty, over 31 characters, []:*?/\ or an apostrophe at either end. */
function periksaNama(nama: string): void {
  if (
    nama.length === 0 ||
    nama.length > 31 ||
    /[[\]:*?/\\]/.test(nama) ||
    /^'|'$/.test(nama) ||
    nama === "History"
  ) {
    throw tolak("InvalidArgument", `Nama lembar tidak sah: "${nama}"`);
  }
}

/** One workbook name: `eja` keeps the spelling Excel shows; `terlihat` false hides it from the Name Manager. */
export interface NamaBuku {
  rujukan: string;
  komentar: string;
  eja?: string;
  terlihat?: boolean;
}

export class Buku {
  readonly daftar: Lembar[] = [];
  /** Workbook names by lower-case name (see NamaBuku). */
  readonly nama = new Map<string, NamaBuku>();
  /** Named cell styles by lower-case name; Normal, Good, Bad and Neutral exist from the start. */
  readonly gayaBernama = gayaAwal();
  aktif: Lembar | null = null;
  /** The selection: `kotak` is its first (active) area; `area` lists all of a Ctrl+click selection. */
  pilihan: { lembar: Lembar; kotak: Kotak; area?: readonly Kotak[] } | null = null;
  calculationMode = "Automatic";
  layarDitahan = 0;
  /** Whether the page said its ribbon functions are ready (AddinInternalService). */
  perintahSiap = false;

  constructor(private readonly hitung?: Hitung) {}

  /**
   * A copy of the whole workbook, for tests that prepare one state once and meet it many times
   * (an inserted workbook costs some 150 ms to build through the client library).
   */
  salin(): Buku {
    const b = new Buku(this.hitung);
    for (const l of this.daftar) l.salinKe(b.tambah(l.nama));
    for (const [k, v] of this.nama) b.nama.set(k, { ...v });
    b.gayaBernama.clear();
    for (const [k, v] of structuredClone(this.gayaBernama)) b.gayaBernama.set(k, v);
    const padan = (l: Lembar | null | undefined) => (l ? b.lembar(l.nama) : null);
    b.aktif = padan(this.aktif);
    b.pilihan = this.pilihan && {
      ...structuredClone({ ...this.pilihan, lembar: null }),
      lembar: padan(this.pilihan.lembar)!,
    };
    b.calculationMode = this.calculationMode;
    b.perintahSiap = this.perintahSiap;
    return b;
  }

  tambah(nama?: string): Lembar {
    let n = nama;
    for (let i = this.daftar.length + 1; n === undefined; i++)
      if (!this.cariAtauNull(`Sheet${i}`)) n = `Sheet${i}`;
    periksaNama(n);
    if (this.cariAtauNull(n)) throw tolak("ItemAlreadyExists", `Lembar "${n}" sudah ada`);
    const l = new Lembar(n, this);
    this.daftar.push(l);
    if (!this.aktif) this.aktif = l;
    return l;
  }

  /** By name (any case) or id, as worksheets.getItem accepts. */
  cariAtauNull(kunci: string): Lembar | null {
    const k = String(kunci).toLowerCase();
    return this.daftar.find((l) => l.nama.toLowerCase() === k || l.id.toLowerCase() === k) ?? null;
  }

  lembar(kunci: string): Lembar {
    const l = this.cariAtauNull(kunci);
    if (!l) throw tolak("ItemNotFound", `Lembar "${kunci}" tidak ada (ItemNotFound)`);
    return l;
  }

  hapus(l: Lembar): void {
    if (this.daftar.filter((x) => x.visibility === "Visible").length <= 1) {
      throw tolak("InvalidOperation", "Lembar terakhir yang terlihat tidak dapat dihapus");
    }
    this.daftar.splice(this.daftar.indexOf(l), 1);
    if (this.aktif === l) this.aktif = this.daftar[0];
    // A workbook name keeps its place and loses its sheet: "=Data!$B$2" becomes "=#REF!$B$2".
    for (const n of this.nama.values()) {
      const { lembar, alamat } = pisahLembar(n.rujukan);
      if (lembar !== undefined && lembar.toLowerCase() === l.nama.toLowerCase()) n.rujukan = `#REF!${alamat}`;
    }
  }

  /** A sheet-qualified reference ("'IKU (2)'!D6:D15") to a sheet and a rectangle. */
  rujuk(rujukan: string, asal?: Lembar): { lembar: Lembar; kotak: Kotak } {
    const { lembar, alamat } = pisahLembar(rujukan.replace(/^=/, ""));
    const l = lembar !== undefined ? this.lembar(lembar) : asal;
    if (!l) throw tolak("InvalidArgument", `Rujukan tanpa lembar: "${rujukan}"`);
    return { lembar: l, kotak: uraiAlamat(alamat) };
  }

  nilaiRumus(l: Lembar, rumus: string, b: number, k: number): Nilai {
    if (!this.hitung) {
      throw tolak(
        "NotImplemented",
        `Tidak diemulasi (not emulated): nilai rumus ${rumus} di ${l.nama}!${tulisAlamat({ b0: b, b1: b, k0: k, k1: k })}`,
      );
    }
    return this.hitung(rumus, l.nama, b, k);
  }
}
