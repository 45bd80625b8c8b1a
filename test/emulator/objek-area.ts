import { kolomPenuh, barisPenuh, Kotak, lebar, namaDiAlamat, tinggi, tulisAlamat } from "./alamat";
import { tolak } from "./galat";
import { Lembar } from "./model";
import { Objek } from "./objek";
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
    this.metode._KeepReference = () => null;
  }

  instansi(): unknown {
    return { _ReferenceId: this.sesi.simpan(this) };
  }
}
