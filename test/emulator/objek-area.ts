import { kolomPenuh, barisPenuh, Kotak, lebar, namaDiAlamat, tinggi, tulisAlamat } from "./alamat";
import { tidakDiemulasi, tolak } from "./galat";
import { Lembar } from "./model";
import { Objek } from "./objek";
import { terapkanGaya } from "./objek-gaya";
import { koleksiAturan } from "./objek-aturan";
import { Rentang, Sesi } from "./objek-rentang";

/**
 * A RangeAreas (ExcelApi 1.9): one or more rectangles of one sheet, as conditionalFormat.getRanges()
 * returns them. Its address names the sheet before each rectangle ("Data!A1:B4,Data!D1:D4").
 */
export class RentangArea extends Objek {
  constructor(
    readonly sesi: Sesi,
    readonly lembar: Lembar,
    readonly kotak: readonly Kotak[],
  ) {
    super("RangeAreas");
    const l = lembar;
    const alamat = () => kotak.map((k) => `${namaDiAlamat(l.nama)}!${tulisAlamat(k)}`).join(",");
    this.bawaan = ["Address", "AddressLocal", "AreaCount", "CellCount", "IsEntireColumn", "IsEntireRow"];
    Object.assign(this.baca, {
      Address: alamat,
      AddressLocal: alamat,
      AreaCount: () => kotak.length,
      CellCount: () => kotak.reduce((n, k) => n + tinggi(k) * lebar(k), 0),
      IsEntireColumn: () => kotak.every(kolomPenuh),
      IsEntireRow: () => kotak.every(barisPenuh),
    });
    Object.assign(this.nav, {
      Areas: () => {
        const o = new Objek("RangeCollection");
        o.koleksi = true;
        const satu = (k: Kotak) => new Rentang(sesi, l, k);
        o.butir = () => kotak.map(satu);
        o.metode.GetCount = () => kotak.length;
        o.metode.GetItemAt = (i) => {
          const k = kotak[Number(i)];
          if (!k) throw tolak("ItemNotFound", `Tidak ada area ke-${String(i)} (ItemNotFound)`);
          return satu(k);
        };
        return o;
      },
      ConditionalFormats: () => koleksiAturan(sesi, l, kotak),
      Worksheet: () => sesi.lembarObjek(l),
    });
    const rentang = kotak.map((k) => new Rentang(sesi, l, k));
    // Each write goes to every area, exactly as the same write on each area as a Range.
    this.nav.Format = () => gabungObjek(rentang.map((r) => r.nav.Format() as Objek));
    this.baca.Style = () => sama(rentang.map((r) => r.baca.Style()));
    this.tulis.Style = (v) => kotak.forEach((k) => terapkanGaya(sesi.buku, l, k, v));
    this.metode.CopyFrom = (...arg) => {
      // office-js #1494 and #4800 report pastes into several areas refused (GeneralException,
      // InvalidArgument); which ones Excel accepts is not modelled.
      if (rentang.length !== 1) throw tidakDiemulasi("RangeAreas.copyFrom ke beberapa area");
      return rentang[0].metode.CopyFrom(...arg);
    };
    this.metode._KeepReference = () => null;
  }

  instansi(simpan: boolean): unknown {
    return simpan ? { _ReferenceId: this.sesi.simpan(this) } : {};
  }
}

/** One value when all agree, null when they differ: how Excel reads a property over mixed cells. */
const sama = (v: unknown[]): unknown =>
  v.every((x) => JSON.stringify(x) === JSON.stringify(v[0])) ? v[0] : null;

/**
 * One object standing for the same object of several areas: writes and methods go to each,
 * reads agree or give null, navigation and indexing give combined objects in turn.
 */
export function gabungObjek(bagian: Objek[]): Objek {
  const p = bagian[0];
  const o = new Objek(p.jenis);
  o.bawaan = p.bawaan;
  for (const n of Object.keys(p.baca)) o.baca[n] = () => sama(bagian.map((b) => b.baca[n]()));
  for (const n of Object.keys(p.tulis)) o.tulis[n] = (v) => bagian.forEach((b) => b.tulis[n](v));
  for (const n of Object.keys(p.nav)) o.nav[n] = () => gabungObjek(bagian.map((b) => b.nav[n]() as Objek));
  for (const n of Object.keys(p.metode)) {
    o.metode[n] = (...arg) => {
      const hasil = bagian.map((b) => b.metode[n](...arg));
      return hasil[0] instanceof Objek ? gabungObjek(hasil as Objek[]) : hasil[0];
    };
  }
  o.indeks = (arg) => gabungObjek(bagian.map((b) => b.indeks(arg) as Objek));
  return o;
}
