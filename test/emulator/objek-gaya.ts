import { Kotak } from "./alamat";
import { tidakDiemulasi, tolak } from "./galat";
import { GayaBernama, KELOMPOK_GAYA, SIFAT_NORMAL } from "./gaya-bernama";
import { Buku, Lembar } from "./model";
import { Objek } from "./objek";

const cari = (buku: Buku, nama: unknown): GayaBernama | undefined =>
  buku.gayaBernama.get(String(nama).toLowerCase());

/**
 * `range.style = name` (ExcelApi 1.7): the cells take the style's properties for each group whose
 * include flag is set, and read back the style's name.
 */
export function terapkanGaya(buku: Buku, l: Lembar, k: Kotak, nama: unknown): void {
  const g = cari(buku, nama);
  // The reference names no code for an unknown style; InvalidArgument is assumed.
  if (!g) throw tolak("InvalidArgument", `Gaya "${String(nama)}" tidak ada`);
  for (const [kelompok, kunci] of Object.entries(KELOMPOK_GAYA)) {
    if (g.sifat[kelompok] !== true) continue;
    for (const s of kunci) {
      if (s === "numberFormat") l.tulisFormatAngka(k, g.sifat.numberFormat);
      else if (s in g.sifat) l.aturGaya(k, s, g.sifat[s]);
      else if (s.endsWith(".style")) l.aturGaya(k, s, "None");
    }
  }
  l.aturGaya(k, "style", g.nama);
  g.dipakai = true;
}

/** A style's stored properties (and of its font, fill, one border) under `awalan`. */
function bagian(jenis: string, g: GayaBernama, awalan: string, sifat: string[], kunciBesar = false): Objek {
  const o = new Objek(jenis);
  for (const s of sifat) {
    const kunci = kunciBesar ? s : awalan + s[0].toLowerCase() + s.slice(1);
    o.baca[s] = () => g.sifat[kunci] ?? (kunci.endsWith(".style") ? "None" : null);
    o.tulis[s] = (v) => {
      if (g.dipakai)
        throw tidakDiemulasi(`mengubah gaya "${g.nama}" yang sudah dipakai sel (selnya tidak ikut)`);
      g.sifat[kunci] = v;
      if (kunci === "numberFormat") g.sifat.numberFormatLocal = v;
      if (kunci === "numberFormatLocal") g.sifat.numberFormat = v;
    };
  }
  o.bawaan = sifat;
  return o;
}

const SISI_GAYA = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "DiagonalDown", "DiagonalUp"];

function satuGaya(buku: Buku, g: GayaBernama): Objek {
  const o = bagian("Style", g, "", [
    "NumberFormat",
    "NumberFormatLocal",
    "HorizontalAlignment",
    "VerticalAlignment",
    "WrapText",
    "IndentLevel",
    "Locked",
    "FormulaHidden",
    "AutoIndent",
    "ShrinkToFit",
    "ReadingOrder",
    "TextOrientation",
  ]);
  const flag = bagian("Style", g, "", Object.keys(KELOMPOK_GAYA), true);
  Object.assign(o.baca, flag.baca);
  Object.assign(o.tulis, flag.tulis);
  o.baca.Name = () => g.nama;
  o.baca.BuiltIn = () => g.bawaan;
  o.bawaan = ["Name", "BuiltIn", ...o.bawaan, ...flag.bawaan];
  o.id = g.nama;
  o.nav.Font = () =>
    bagian("StyleFont", g, "font.", ["Bold", "Italic", "Size", "Color", "Name", "Underline"]);
  o.nav.Fill = () => bagian("StyleFill", g, "fill.", ["Color"]);
  o.nav.Borders = () => {
    const b = new Objek("RangeBorderCollection");
    const satu = (arg: unknown[]) => {
      const sisi = String(arg[0]);
      if (!SISI_GAYA.includes(sisi)) throw tolak("InvalidArgument", `Sisi garis gaya tidak dikenal: ${sisi}`);
      return bagian("RangeBorder", g, `borders.${sisi}.`, ["Style", "Color", "Weight"]);
    };
    b.indeks = satu;
    b.metode.GetItem = (...arg) => satu(arg);
    return b;
  };
  o.metode.Delete = () => {
    // Excel keeps its built-in styles; Normal in particular can never be deleted.
    if (g.bawaan) throw tolak("InvalidOperation", `Gaya bawaan "${g.nama}" tidak dapat dihapus`);
    // Cells of deleted sheets no longer count: a style used only there goes quietly.
    const nama = g.nama.toLowerCase();
    const dipakai = buku.daftar.some((l) =>
      l.gaya.some((x) => x.sifat === "style" && String(x.nilai).toLowerCase() === nama),
    );
    if (dipakai) throw tidakDiemulasi(`menghapus gaya "${g.nama}" yang dipakai sel`);
    buku.gayaBernama.delete(g.nama.toLowerCase());
  };
  return o;
}

/** workbook.styles (StyleCollection, ExcelApi 1.7). */
export function koleksiGaya(buku: Buku): Objek {
  const o = new Objek("StyleCollection");
  o.koleksi = true;
  const wajib = (nama: unknown) => {
    const g = cari(buku, nama);
    if (!g) throw tolak("ItemNotFound", `Gaya "${String(nama)}" tidak ada (ItemNotFound)`);
    return satuGaya(buku, g);
  };
  o.butir = () => [...buku.gayaBernama.values()].map((g) => satuGaya(buku, g));
  o.indeks = (arg) => wajib(arg[0]);
  o.metode.GetItem = wajib;
  o.metode.GetItemOrNullObject = (nama) => {
    const g = cari(buku, nama);
    return g ? satuGaya(buku, g) : null;
  };
  o.metode.GetCount = () => buku.gayaBernama.size;
  o.metode.GetItemAt = (i) => {
    const g = [...buku.gayaBernama.values()][Number(i)];
    if (!g) throw tolak("ItemNotFound", `Tidak ada gaya ke-${String(i)} (ItemNotFound)`);
    return satuGaya(buku, g);
  };
  // add() returns nothing (void in the reference): get the style with getItem(name) afterwards.
  o.metode.Add = (nama) => {
    const n = String(nama ?? "");
    if (n.trim() === "") throw tolak("InvalidArgument", "Nama gaya kosong");
    // Same code as a duplicate sheet or name; the reference does not name one for styles.
    if (cari(buku, n)) throw tolak("ItemAlreadyExists", `Gaya "${n}" sudah ada`);
    buku.gayaBernama.set(n.toLowerCase(), {
      nama: n,
      bawaan: false,
      dipakai: false,
      sifat: { ...SIFAT_NORMAL },
    });
  };
  return o;
}
