import { irisan, Kotak } from "./alamat";
import { tidakDiemulasi, tolak } from "./galat";
import { AturanBersyarat, Lembar, RUMUS_ATURAN_MAKS, Validasi } from "./model";
import { Objek, rekam } from "./objek";
import { RentangArea } from "./objek-area";
import { Rentang, Sesi } from "./objek-rentang";

function periksaRumus(rumus: unknown, apa: string): void {
  if (typeof rumus === "string" && rumus.length > RUMUS_ATURAN_MAKS) {
    throw tolak(
      "InvalidArgument",
      `Rumus ${apa} ${rumus.length} karakter; Excel membatasi ${RUMUS_ATURAN_MAKS}`,
    );
  }
}

function kustom(l: Lembar, a: AturanBersyarat, bolehBaca: () => void): Objek {
  const o = new Objek("CustomConditionalFormat");
  o.lembar = l;
  o.nav.Rule = () => {
    const r = new Objek("ConditionalFormatRule");
    r.lembar = l;
    r.baca.Formula = () => {
      bolehBaca();
      return a.rumus ?? null;
    };
    r.tulis.Formula = (v) => {
      periksaRumus(v, "format bersyarat");
      a.rumus = String(v);
    };
    r.bawaan = ["Formula"];
    return r;
  };
  o.nav.Format = () => {
    const f = rekam("ConditionalRangeFormat", a.format, ["NumberFormat"], {
      Fill: ["Color"],
      Font: ["Color", "Bold", "Italic"],
    });
    return bacaDijaga(f, l, bolehBaca);
  };
  return o;
}

/** The same recorded part, its reads (and its children's) passing `bolehBaca` first. */
function bacaDijaga(o: Objek, l: Lembar, bolehBaca: () => void): Objek {
  o.lembar = l;
  for (const [n, f] of Object.entries(o.baca))
    o.baca[n] = () => {
      bolehBaca();
      return f();
    };
  for (const [n, f] of Object.entries(o.nav)) o.nav[n] = () => bacaDijaga(f() as Objek, l, bolehBaca);
  return o;
}

/** Whether a rule's cells are shared with another rule of the sheet. */
const tumpang = (l: Lembar, a: AturanBersyarat) =>
  l.bersyarat.some((b) => b !== a && b.kotak.some((x) => a.kotak.some((y) => irisan(x, y))));

function aturan(sesi: Sesi, l: Lembar, a: AturanBersyarat, lewatSeluruhLembar: boolean, id: string): Objek {
  const o = new Objek("ConditionalFormat");
  o.lembar = l;
  o.id = id;
  o.bawaan = ["Id", "Type", "Priority", "StopIfTrue"];
  // office-js #6827, #6835 (switch cfTumpangBaca): a rule sharing cells cannot be read.
  const bolehBaca = () => {
    if (sesi.kuirk.cfTumpangBaca && tumpang(l, a))
      throw tolak(
        "ItemNotFound",
        "Sifat aturan yang bertumpang dengan aturan lain tidak dapat dibaca (office-js #6827, #6835)",
      );
  };
  o.baca.Id = () => id;
  o.baca.Type = () => {
    bolehBaca();
    return a.jenis;
  };
  o.baca.Priority = () => l.bersyarat.indexOf(a);
  o.baca.StopIfTrue = () => a.stopIfTrue;
  o.tulis.StopIfTrue = (v) => (a.stopIfTrue = v === true);
  o.nav.Custom = () => {
    if (a.jenis !== "Custom") throw tolak("InvalidOperation", `Aturan ${a.jenis} bukan Custom`);
    return kustom(l, a, bolehBaca);
  };
  o.nav.CustomOrNullObject = () => (a.jenis === "Custom" ? kustom(l, a, bolehBaca) : null);
  // getRange() is documented to throw for a rule over several ranges; getRanges() gives them all.
  const satuRentang = (wajib: boolean) => {
    if (a.kotak.length === 1) return new Rentang(sesi, l, a.kotak[0]);
    if (!wajib) return null;
    throw tolak("InvalidOperation", `Aturan berlaku pada ${a.kotak.length} rentang; pakai getRanges()`);
  };
  o.metode.GetRange = () => satuRentang(true);
  o.metode.GetRangeOrNullObject = () => satuRentang(false);
  o.metode.GetRanges = () => new RentangArea(sesi, l, a.kotak);
  o.metode.Delete = () => {
    // office-js #5222 (switch cfTumpangHapus): through the sheet-wide collection
    // (getRange().conditionalFormats), a rule sharing cells with another is not found.
    if (sesi.kuirk.cfTumpangHapus && lewatSeluruhLembar && tumpang(l, a)) {
      throw tolak(
        "ItemNotFound",
        "Aturan bertumpang tidak ditemukan lewat koleksi seluruh lembar (office-js #5222)",
      );
    }
    l.bersyarat.splice(l.bersyarat.indexOf(a), 1);
  };
  return o;
}

const JENIS_DIEMULASI = ["Custom"];

/** range.conditionalFormats (or a RangeAreas'): the rules that intersect the range. */
export function koleksiAturan(sesi: Sesi, l: Lembar, lingkup: Kotak | readonly Kotak[]): Objek {
  const semua: readonly Kotak[] = Array.isArray(lingkup) ? lingkup : [lingkup as Kotak];
  const k = semua[0];
  const seluruh = semua.some((x) => x.b0 === 0 && x.k0 === 0 && x.b1 === 1048575 && x.k1 === 16383);
  const o = new Objek("ConditionalFormatCollection");
  o.lembar = l;
  o.koleksi = true;
  // Switch cfUrutanLingkup: a range-scoped collection in another order than the sheet's, and ids
  // that are positions in the collection at hand ("the priority in the current collection").
  const lain = () => sesi.kuirk.cfUrutanLingkup === true;
  const daftar = () => {
    const d = l.bersyarat.filter((a) => semua.some((x) => a.kotak.some((y) => irisan(x, y))));
    return lain() && !seluruh ? d.reverse() : d;
  };
  const idDi = (a: AturanBersyarat) => (lain() ? String(daftar().indexOf(a)) : a.id);
  const satu = (a: AturanBersyarat) => aturan(sesi, l, a, seluruh, idDi(a));
  const cari = (id: unknown, wajib: boolean) => {
    const a = daftar().find((x) => idDi(x) === String(id));
    if (!a && wajib) throw tolak("ItemNotFound", `Format bersyarat ${String(id)} tidak ada (ItemNotFound)`);
    return a ? satu(a) : null;
  };
  o.butir = () => daftar().map(satu);
  o.indeks = (arg) => cari(arg[0], true);
  o.metode.GetItem = (id) => cari(id, true);
  o.metode.GetItemOrNullObject = (id) => cari(id, false);
  o.metode.GetItemAt = (i) => {
    const a = daftar()[Number(i)];
    if (!a) throw tolak("ItemNotFound", `Tidak ada format bersyarat ke-${String(i)} (ItemNotFound)`);
    return satu(a);
  };
  o.metode.GetCount = () => daftar().length;
  o.metode.ClearAll = () => {
    for (const a of daftar()) l.bersyarat.splice(l.bersyarat.indexOf(a), 1);
  };
  o.metode.Add = (jenis) => {
    if (!JENIS_DIEMULASI.includes(String(jenis)))
      throw tidakDiemulasi(`ConditionalFormatCollection.add("${String(jenis)}")`);
    const a = l.tambahAturan(k, String(jenis));
    a.kotak = [...semua];
    return satu(a);
  };
  return o;
}

/** Every formula of a validation rule, wherever the rule type keeps it. */
function periksaAturanValidasi(rule: unknown): void {
  if (typeof rule !== "object" || rule === null)
    throw tolak("InvalidArgument", "Aturan validasi harus objek");
  for (const isi of Object.values(rule as Record<string, unknown>)) {
    if (typeof isi !== "object" || isi === null) continue;
    for (const kunci of ["formula1", "formula2", "formula", "source"])
      periksaRumus((isi as Record<string, unknown>)[kunci], "validasi data");
  }
}

/** range.dataValidation: one validation per range; setting a rule replaces what it covers. */
export function validasiData(l: Lembar, k: Kotak): Objek {
  const o = new Objek("DataValidation");
  o.lembar = l;
  const milik = (): Validasi => {
    const ada = l.validasi.find(
      (v) => v.kotak.b0 === k.b0 && v.kotak.b1 === k.b1 && v.kotak.k0 === k.k0 && v.kotak.k1 === k.k1,
    );
    if (ada) return ada;
    for (let i = l.validasi.length - 1; i >= 0; i--)
      if (irisan(l.validasi[i].kotak, k)) l.validasi.splice(i, 1);
    const baru: Validasi = { kotak: k };
    l.validasi.push(baru);
    return baru;
  };
  const baca = () => l.validasi.find((v) => irisan(v.kotak, k));
  o.bawaan = ["Rule", "ErrorAlert", "IgnoreBlanks", "Type"];
  o.baca.Rule = () => baca()?.aturan ?? null;
  o.baca.ErrorAlert = () => baca()?.errorAlert ?? null;
  o.baca.IgnoreBlanks = () => baca()?.ignoreBlanks ?? true;
  o.baca.Type = () => (baca()?.aturan ? Object.keys(baca()?.aturan as object)[0] : "None");
  o.tulis.Rule = (v) => {
    periksaAturanValidasi(v);
    milik().aturan = v;
  };
  o.tulis.ErrorAlert = (v) => (milik().errorAlert = v);
  o.tulis.IgnoreBlanks = (v) => (milik().ignoreBlanks = v === true);
  o.metode.Clear = () => {
    for (let i = l.validasi.length - 1; i >= 0; i--)
      if (irisan(l.validasi[i].kotak, k)) l.validasi.splice(i, 1);
  };
  return o;
}
