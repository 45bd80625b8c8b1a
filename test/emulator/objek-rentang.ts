import {
  dalamGrid,
  irisan,
  gabungan,
  Kotak,
  lebar,
  namaDiAlamat,
  SELURUH,
  tinggi,
  tulisAlamat,
  uraiAlamat,
  kolomPenuh,
  barisPenuh,
  BARIS_MAKS,
  KOLOM_MAKS,
} from "./alamat";
import { tolak, tidakDiemulasi } from "./galat";
import { Buku, Lembar } from "./model";
import { Objek } from "./objek";
import type { Penolak } from "./proses";
import type { Kuirk } from "./kuirk";
import { koleksiAturan, validasiData } from "./objek-aturan";
import { terapkanGaya } from "./objek-gaya";
import { BAWAAN_GAYA } from "./gaya-bernama";
import { bawaSalin, isiOtomatis, salinKe, Sumber, sumberDari, uraiDaftarArea } from "./salin-rentang";

/** What objects share within one emulated workbook: the model and the tracked references. */
export interface Sesi {
  buku: Buku;
  /** Registers an object the library will address by reference id in later requests. */
  simpan(o: Objek): string;
  lembarObjek(l: Lembar): Objek;
  /** Forgets a reference id (the library's cleanup after Excel.run). */
  lepas(id: string): void;
  penolak?: Penolak;
  /** The quirk switches in force (kuirk.ts); countdowns are spent from it. */
  kuirk: Kuirk;
}

/** A format object whose listed properties are stored per range on the sheet. */
function bagianGaya(jenis: string, l: Lembar, k: Kotak, awalan: string, sifat: string[]): Objek {
  const o = new Objek(jenis);
  o.lembar = l;
  for (const s of sifat) {
    const kunci = awalan + s[0].toLowerCase() + s.slice(1);
    o.baca[s] = () => l.bacaGaya(k, kunci, BAWAAN_GAYA[kunci] ?? null);
    o.tulis[s] = (v) => l.aturGaya(k, kunci, v);
  }
  o.bawaan = sifat;
  return o;
}

const SISI = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
  "DiagonalDown",
  "DiagonalUp",
];

function garis(l: Lembar, k: Kotak): Objek {
  const o = new Objek("RangeBorderCollection");
  const satu = (arg: unknown[]) => {
    const sisi = String(arg[0]);
    if (!SISI.includes(sisi)) throw tolak("InvalidArgument", `Sisi garis tidak dikenal: ${sisi}`);
    return bagianGaya("RangeBorder", l, k, `borders.${sisi}.`, ["Style", "Color", "Weight"]);
  };
  o.indeks = satu;
  o.metode.GetItem = (...arg) => satu(arg);
  return o;
}

function formatRentang(l: Lembar, k: Kotak): Objek {
  const o = bagianGaya("RangeFormat", l, k, "", [
    "HorizontalAlignment",
    "VerticalAlignment",
    "WrapText",
    "IndentLevel",
  ]);
  const sama = (peta: Map<number, number>, dari: number, sampai: number, bawaan: number) => {
    const v = new Set<number>();
    for (let i = dari; i <= sampai && v.size < 2; i++) v.add(peta.get(i) ?? bawaan);
    return v.size === 1 ? [...v][0] : null;
  };
  o.baca.ColumnWidth = () => sama(l.lebarKolom, k.k0, k.k1, 48);
  o.baca.RowHeight = () => sama(l.tinggiBaris, k.b0, k.b1, 15);
  o.tulis.ColumnWidth = (v) => l.aturLebarKolom(k, v);
  o.tulis.RowHeight = (v) => l.aturTinggiBaris(k, v);
  o.nav.Font = () =>
    bagianGaya("RangeFont", l, k, "font.", ["Bold", "Italic", "Size", "Color", "Name", "Underline"]);
  o.nav.Fill = () => {
    const f = bagianGaya("RangeFill", l, k, "fill.", ["Color"]);
    f.metode.Clear = () => l.aturGaya(k, "fill.color", "#FFFFFF");
    return f;
  };
  o.nav.Borders = () => garis(l, k);
  return o;
}

/**
 * A copy source: a Range or RangeAreas (of any sheet), or an address list that may name a sheet
 * ("'IKU (2)'!D6:D9"); unqualified addresses are on the destination's sheet.
 */
export function sumberArgumen(arg: unknown, sesi: Sesi, l: Lembar): Sumber {
  if (arg instanceof Rentang) return sumberDari(arg.lembar, [arg.kotak]);
  const area = arg as { jenis?: string; lembar?: Lembar; kotak?: Kotak[] };
  if (arg instanceof Objek && area.jenis === "RangeAreas" && area.lembar && area.kotak)
    return sumberDari(area.lembar, area.kotak);
  if (typeof arg === "string") {
    const r = uraiDaftarArea(arg, sesi.buku, l);
    return sumberDari(r.lembar, r.kotak);
  }
  throw tolak("InvalidArgument", `Bukan rentang sumber: ${JSON.stringify(arg)}`);
}

/** A range argument: another Range object or an address on the same sheet. */
export function kotakArgumen(arg: unknown, l: Lembar): Kotak {
  if (arg instanceof Rentang) {
    if (arg.lembar !== l) throw tolak("InvalidArgument", "Rentang dari lembar lain");
    return arg.kotak;
  }
  if (typeof arg === "string") return uraiAlamat(arg);
  throw tolak("InvalidArgument", `Bukan rentang: ${JSON.stringify(arg)}`);
}

export class Rentang extends Objek {
  constructor(
    readonly sesi: Sesi,
    readonly lembar: Lembar,
    readonly kotak: Kotak,
  ) {
    super("Range");
    const l = lembar;
    const k = kotak;
    const r = (x: Kotak) => new Rentang(sesi, l, dalamGrid(x));
    this.bawaan = [
      "Address",
      "RowIndex",
      "ColumnIndex",
      "RowCount",
      "ColumnCount",
      "CellCount",
      "Values",
      "Formulas",
      "NumberFormat",
      "Text",
      "ValueTypes",
    ];
    Object.assign(this.baca, {
      Address: () => `${namaDiAlamat(l.nama)}!${tulisAlamat(k)}`,
      AddressLocal: () => `${namaDiAlamat(l.nama)}!${tulisAlamat(k)}`,
      RowIndex: () => k.b0,
      ColumnIndex: () => k.k0,
      RowCount: () => tinggi(k),
      ColumnCount: () => lebar(k),
      CellCount: () => tinggi(k) * lebar(k),
      IsEntireColumn: () => kolomPenuh(k),
      IsEntireRow: () => barisPenuh(k),
      Values: () => l.baca(k, "values"),
      Formulas: () => l.baca(k, "formulas"),
      NumberFormat: () => l.baca(k, "numberFormat"),
      Text: () => l.baca(k, "text"),
      ValueTypes: () => l.baca(k, "valueTypes"),
      Style: () => l.bacaGaya(k, "style", "Normal"),
    });
    Object.assign(this.tulis, {
      Values: (v: unknown) => l.tulis(k, v, false),
      Formulas: (v: unknown) => l.tulis(k, v, true),
      NumberFormat: (v: unknown) => l.tulisFormatAngka(k, v),
      Style: (v: unknown) => terapkanGaya(sesi.buku, l, k, v),
    });
    Object.assign(this.nav, {
      Format: () => formatRentang(l, k),
      ConditionalFormats: () => koleksiAturan(sesi, l, k),
      DataValidation: () => validasiData(l, k),
      Worksheet: () => sesi.lembarObjek(l),
    });
    const potong = (arg: unknown, wajib: boolean) => {
      const x = irisan(k, kotakArgumen(arg, l));
      if (!x && wajib) throw tolak("ItemNotFound", "Rentang tidak beririsan (ItemNotFound)");
      return x ? r(x) : null;
    };
    const terpakai = (hanyaNilai: unknown, wajib: boolean) => {
      const t = l.terpakai(hanyaNilai === true);
      const x = t && irisan(t, k);
      if (!x && wajib) throw tolak("ItemNotFound", "Tidak ada sel terpakai di rentang ini (ItemNotFound)");
      return x ? r(x) : null;
    };
    Object.assign(this.metode, {
      GetCell: (b: unknown, c: unknown) =>
        r({ b0: k.b0 + Number(b), b1: k.b0 + Number(b), k0: k.k0 + Number(c), k1: k.k0 + Number(c) }),
      GetResizedRange: (db: unknown, dk: unknown) =>
        r({ ...k, b1: k.b1 + Number(db), k1: k.k1 + Number(dk) }),
      GetOffsetRange: (db: unknown, dk: unknown) =>
        r({ b0: k.b0 + Number(db), b1: k.b1 + Number(db), k0: k.k0 + Number(dk), k1: k.k1 + Number(dk) }),
      GetRow: (i: unknown) => r({ ...k, b0: k.b0 + Number(i), b1: k.b0 + Number(i) }),
      GetColumn: (i: unknown) => r({ ...k, k0: k.k0 + Number(i), k1: k.k0 + Number(i) }),
      GetEntireColumn: () => r({ ...k, b0: 0, b1: BARIS_MAKS - 1 }),
      GetEntireRow: () => r({ ...k, k0: 0, k1: KOLOM_MAKS - 1 }),
      GetIntersection: (a: unknown) => potong(a, true),
      GetIntersectionOrNullObject: (a: unknown) => potong(a, false),
      GetBoundingRect: (a: unknown) => r(gabungan(k, kotakArgumen(a, l))),
      GetUsedRange: (v: unknown) => terpakai(v, true),
      GetUsedRangeOrNullObject: (v: unknown) => terpakai(v, false),
      GetSurroundingRegion: () => r(l.sekitar(k)),
      Merge: (melintang: unknown) => l.gabungkan(k, melintang === true),
      Unmerge: () => l.pisahkan(k),
      // ExcelApi 1.10; only rows are emulated (the add-in groups no columns).
      Group: (opsi: unknown) => {
        if (opsi !== "ByRows") throw tidakDiemulasi(`Range.group(${String(opsi)})`);
        l.kelompokkanBaris(k);
      },
      Select: () => pilih(sesi.buku, l, k),
      Clear: (apa: unknown) => {
        if (apa !== undefined && apa !== null && apa !== "All" && apa !== "Contents")
          throw tidakDiemulasi(`Range.clear(${String(apa)})`);
        l.tulis(k, "", false);
      },
      CopyFrom: (sumber: unknown, jenis: unknown, lewatiKosong: unknown, transpos: unknown) =>
        void salinKe(l, k, sumberArgumen(sumber, sesi, l), bawaSalin(jenis, lewatiKosong), transpos === true),
      AutoFill: (tujuan: unknown, jenis: unknown) => {
        // A null destination (fill from the surrounding cells) is ExcelApi Preview only.
        if (tujuan === null || tujuan === undefined) throw tidakDiemulasi("Range.autoFill() tanpa tujuan");
        isiOtomatis(
          l,
          k,
          kotakArgumen(tujuan, l),
          jenis === null || jenis === undefined ? "FillDefault" : String(jenis),
        );
      },
      _KeepReference: () => null,
      // The client library sends this before it splits a write of over 1,500 cells into chunks.
      _ValidateArraySize: (baris: unknown, kolom: unknown) => {
        if (baris !== tinggi(k) || kolom !== lebar(k)) {
          throw tolak(
            "InvalidArgument",
            `Ukuran larik (${String(baris)}×${String(kolom)}) tidak sama dengan rentang ${tulisAlamat(k)} (${tinggi(k)}×${lebar(k)})`,
          );
        }
      },
    });
  }

  instansi(simpan: boolean): unknown {
    return simpan ? { _ReferenceId: this.sesi.simpan(this) } : {};
  }
}

/**
 * Selecting a range on a sheet that is not active is refused: office-js #5118 reports that
 * select() then often does nothing, so code must activate the sheet first.
 */
function pilih(buku: Buku, l: Lembar, k: Kotak): void {
  if (buku.aktif !== l) {
    throw tolak(
      "InvalidSelection",
      `select() pada lembar tidak aktif "${l.nama}" tidak andal (office-js #5118); aktifkan lembarnya dulu`,
    );
  }
  buku.pilihan = { lembar: l, kotak: k };
}

export const rentangSeluruh = (sesi: Sesi, l: Lembar): Rentang => new Rentang(sesi, l, SELURUH);
