import {
  BARIS_MAKS,
  dalamGrid,
  KOLOM_MAKS,
  Kotak,
  namaDiAlamat,
  SELURUH,
  tulisAlamat,
  uraiAlamat,
} from "./alamat";
import { tidakDiemulasi, tolak } from "./galat";
import { Buku, Lembar, NamaBuku } from "./model";
import { Objek, rekam } from "./objek";
import { kotakArgumen, Rentang, Sesi } from "./objek-rentang";
import { RentangArea } from "./objek-area";
import { koleksiGaya } from "./objek-gaya";
import { uraiDaftarArea } from "./salin-rentang";

/**
 * getRanges' address length: the docs give none, but office-js #5198 (and #2255, #4263) report
 * InvalidArgument for long lists, failing at 8,207 characters; the emulator refuses over 8,192.
 */
export const ALAMAT_AREA_MAKS = 8192;

function bekuan(l: Lembar): Objek {
  const o = new Objek("WorksheetFreezePanes");
  o.metode.FreezeAt = (a) => {
    const k = kotakArgumen(a, l);
    l.beku = { baris: k.b1 + 1, kolom: k.k1 + 1 };
  };
  o.metode.FreezeRows = (n) => (l.beku = { baris: Number(n ?? 1), kolom: 0 });
  o.metode.FreezeColumns = (n) => (l.beku = { baris: 0, kolom: Number(n ?? 1) });
  o.metode.Unfreeze = () => (l.beku = null);
  return o;
}

const SIFAT_HALAMAN = [
  "Orientation",
  "CenterHorizontally",
  "CenterVertically",
  "LeftMargin",
  "RightMargin",
  "TopMargin",
  "BottomMargin",
  "HeaderMargin",
  "FooterMargin",
  "PaperSize",
  "PrintGridlines",
  "PrintHeadings",
  "BlackAndWhite",
  "Draft",
  "FirstPageNumber",
  "PrintOrder",
  "PrintComments",
  "PrintErrors",
];

function tataHalaman(l: Lembar): Objek {
  const o = rekam("PageLayout", l.tataHalaman, SIFAT_HALAMAN);
  o.baca.Zoom = () => l.tataHalaman.Zoom ?? { scale: 100 };
  o.tulis.Zoom = (v) => {
    const z = v as { scale?: number };
    if (z.scale !== undefined && (z.scale < 10 || z.scale > 400))
      throw tolak("InvalidArgument", "Skala cetak harus 10–400");
    l.tataHalaman.Zoom = v;
  };
  const baris = (a: unknown): string => {
    const k = kotakArgumen(a, l);
    if (k.k0 !== 0 || k.k1 !== KOLOM_MAKS - 1) throw tolak("InvalidArgument", "Judul cetak harus baris utuh");
    return tulisAlamat(k);
  };
  o.metode.SetPrintTitleRows = (a) => (l.tataHalaman.PrintTitleRows = baris(a));
  o.metode.SetPrintTitleColumns = (a) => {
    const k = kotakArgumen(a, l);
    if (k.b0 !== 0 || k.b1 !== BARIS_MAKS - 1) throw tolak("InvalidArgument", "Judul cetak harus kolom utuh");
    l.tataHalaman.PrintTitleColumns = tulisAlamat(k);
  };
  o.metode.SetPrintArea = (a) => (l.tataHalaman.PrintArea = tulisAlamat(kotakArgumen(a, l)));
  o.nav.HeadersFooters = () => kepalaKaki(l);
  return o;
}

const BAGIAN_KEPALA_KAKI = [
  "LeftHeader",
  "CenterHeader",
  "RightHeader",
  "LeftFooter",
  "CenterFooter",
  "RightFooter",
];

/**
 * pageLayout.headersFooters (ExcelApi 1.9): the group's settings and the default header and footer
 * for all pages. Excel keeps at most 255 characters in a section (Excel specifications and limits).
 */
function kepalaKaki(l: Lembar): Objek {
  const wadah = (l.tataHalaman.HeadersFooters ??= {}) as Record<string, unknown>;
  const o = rekam("HeaderFooterGroup", wadah, ["State", "UseSheetMargins", "UseSheetScale"]);
  o.nav.DefaultForAllPages = () => {
    const semua = (wadah.DefaultForAllPages ??= {}) as Record<string, unknown>;
    const h = rekam("HeaderFooter", semua, BAGIAN_KEPALA_KAKI);
    for (const s of BAGIAN_KEPALA_KAKI)
      h.tulis[s] = (v) => {
        if (String(v).length > 255) throw tolak("InvalidArgument", `${s} lebih dari 255 karakter`);
        semua[s] = v;
      };
    return h;
  };
  return o;
}

/**
 * Manual page breaks: horizontal ones kept as the 1-based rows they stand above, vertical ones as
 * the 1-based columns they stand left of.
 */
function putusHalaman(l: Lembar, tegak: boolean): Objek {
  const o = new Objek("PageBreakCollection");
  const kunci = tegak ? "VerticalPageBreaks" : "HorizontalPageBreaks";
  const daftar = ((l.tataHalaman[kunci] as number[] | undefined) ??= []);
  o.metode.Add = (a) => {
    const k = kotakArgumen(a, l);
    const i = tegak ? k.k0 : k.b0;
    if (i === 0)
      throw tolak(
        "InvalidArgument",
        `Pemisah halaman tidak dapat di ${tegak ? "kiri kolom A" : "atas baris 1"}`,
      );
    daftar.push(i + 1);
    return new Objek("PageBreak");
  };
  o.metode.GetCount = () => daftar.length;
  return o;
}

function grafik(sesi: Sesi, l: Lembar): Objek {
  const o = new Objek("ChartCollection");
  o.koleksi = true;
  const satu = (i: number) => {
    const g = l.grafik[i];
    if (!g) throw tolak("ItemNotFound", `Tidak ada grafik ke-${i} (ItemNotFound)`);
    const c = rekam("Chart", g.setelan, ["Name", "Top", "Left", "Height", "Width"], {
      Title: ["Text", "Visible"],
      Legend: ["Visible", "Position"],
    });
    c.nav.Axes = () => {
      const ax = new Objek("ChartAxes");
      for (const n of ["CategoryAxis", "ValueAxis"]) {
        ax.nav[n] = () =>
          rekam(`ChartAxis`, (g.setelan[n] ??= {}) as Record<string, unknown>, [
            "ReversePlotOrder",
            "Visible",
            "Minimum",
            "Maximum",
            "NumberFormat",
          ]);
      }
      return ax;
    };
    c.nav.Series = () => {
      const s = new Objek("ChartSeriesCollection");
      const seriObjek = (seri: Record<string, unknown>) => {
        const so = rekam("ChartSeries", seri, ["Name", "ChartType"]);
        so.metode.SetXAxisValues = (r) => (seri.XAxisValues = rujukan(r));
        so.metode.SetValues = (r) => (seri.Values = rujukan(r));
        return so;
      };
      s.metode.GetItemAt = (j) => {
        // The series the source range gave; a later one exists only once added.
        if (Number(j) > 0 && !g.seri[Number(j)])
          throw tolak("ItemNotFound", `Tidak ada seri ke-${Number(j)}`);
        return seriObjek((g.seri[Number(j)] ??= {}));
      };
      s.metode.GetCount = () => Math.max(1, g.seri.length);
      // ExcelApi 1.7: a new series, named, without values until SetValues.
      s.metode.Add = (nama) => {
        const seri: Record<string, unknown> = { Name: nama ?? null };
        g.seri[Math.max(1, g.seri.length)] = seri;
        return seriObjek(seri);
      };
      return s;
    };
    c.metode.SetPosition = (a, b) => (g.setelan.Position = [a, b ?? null]);
    c.metode.Delete = () => l.grafik.splice(i, 1);
    return c;
  };
  o.butir = () => l.grafik.map((_, i) => satu(i));
  o.metode.GetItemAt = (i) => satu(Number(i));
  o.metode.GetCount = () => l.grafik.length;
  o.metode.Add = (jenis, sumber, seriesBy) => {
    l.grafik.push({
      jenis: String(jenis),
      sumber: rujukan(sumber),
      seriesBy: String(seriesBy ?? "Auto"),
      setelan: {},
      seri: [],
    });
    return satu(l.grafik.length - 1);
  };
  void sesi;
  return o;
}

const rujukan = (r: unknown): string => {
  if (!(r instanceof Rentang)) throw tolak("InvalidArgument", "Grafik perlu objek Range");
  return `${namaDiAlamat(r.lembar.nama)}!${tulisAlamat(r.kotak)}`;
};

export function lembarObjek(sesi: Sesi, l: Lembar): Objek {
  const o = new Objek("Worksheet");
  const buku = sesi.buku;
  o.id = l.id;
  o.lembar = l;
  o.bawaan = ["Id", "Name", "Position", "TabColor", "Visibility"];
  Object.assign(o.baca, {
    Id: () => l.id,
    Name: () => l.nama,
    Position: () => l.posisi,
    TabColor: () => l.warnaTab,
    Visibility: () => l.visibility,
  });
  o.tulis.TabColor = (v) => (l.warnaTab = String(v));
  o.tulis.Name = (v) => {
    const lain = buku.cariAtauNull(String(v));
    if (lain && lain !== l) throw tolak("ItemAlreadyExists", `Lembar "${String(v)}" sudah ada`);
    l.nama = String(v);
  };
  o.tulis.Position = (v) => {
    buku.daftar.splice(buku.daftar.indexOf(l), 1);
    buku.daftar.splice(Math.min(Number(v), buku.daftar.length), 0, l);
  };
  o.nav.FreezePanes = () => bekuan(l);
  o.nav.PageLayout = () => tataHalaman(l);
  o.nav.Charts = () => grafik(sesi, l);
  o.nav.HorizontalPageBreaks = () => putusHalaman(l, false);
  o.nav.VerticalPageBreaks = () => putusHalaman(l, true);
  const r = (k: Kotak) => new Rentang(sesi, l, dalamGrid(k));
  Object.assign(o.metode, {
    GetRange: (a: unknown) => r(a === null || a === undefined || a === "" ? SELURUH : uraiAlamat(String(a))),
    GetRanges: (a: unknown) => {
      if (a === null || a === undefined || a === "") return new RentangArea(sesi, l, [SELURUH]);
      const teks = String(a);
      if (teks.length > ALAMAT_AREA_MAKS)
        throw tolak(
          "InvalidArgument",
          `Alamat ${teks.length} karakter; lebih dari ${ALAMAT_AREA_MAKS} (office-js #5198)`,
        );
      const r = uraiDaftarArea(teks, buku, l);
      if (r.lembar !== l) throw tolak("InvalidArgument", `Alamat "${teks}" ada di lembar lain`);
      return new RentangArea(sesi, l, r.kotak.map(dalamGrid));
    },
    GetRangeByIndexes: (b: unknown, k: unknown, t: unknown, w: unknown) => {
      const [b0, k0] = [Number(b), Number(k)];
      return r({ b0, k0, b1: b0 + Number(t) - 1, k1: k0 + Number(w) - 1 });
    },
    GetCell: (b: unknown, k: unknown) => r({ b0: Number(b), b1: Number(b), k0: Number(k), k1: Number(k) }),
    // A blank sheet's used range is A1; the OrNullObject form gives a null object instead.
    GetUsedRange: (v: unknown) => r(l.terpakai(v === true) ?? { b0: 0, b1: 0, k0: 0, k1: 0 }),
    GetUsedRangeOrNullObject: (v: unknown) => {
      const t = l.terpakai(v === true);
      return t ? r(t) : null;
    },
    Activate: () => (buku.aktif = l),
    Delete: () => buku.hapus(l),
    _KeepReference: () => null,
  });
  return o;
}

function koleksiLembar(sesi: Sesi): Objek {
  const buku = sesi.buku;
  const o = new Objek("WorksheetCollection");
  o.koleksi = true;
  o.butir = () => buku.daftar.map((l) => sesi.lembarObjek(l));
  o.indeks = (arg) => sesi.lembarObjek(buku.lembar(String(arg[0])));
  Object.assign(o.metode, {
    Add: (nama: unknown) =>
      sesi.lembarObjek(buku.tambah(nama === null || nama === undefined ? undefined : String(nama))),
    GetItem: (kunci: unknown) => sesi.lembarObjek(buku.lembar(String(kunci))),
    GetItemOrNullObject: (kunci: unknown) => {
      const l = buku.cariAtauNull(String(kunci));
      return l ? sesi.lembarObjek(l) : null;
    },
    GetActiveWorksheet: () => {
      if (!buku.aktif) throw tolak("ItemNotFound", "Tidak ada lembar aktif");
      return sesi.lembarObjek(buku.aktif);
    },
    GetCount: () => buku.daftar.length,
  });
  return o;
}

/** Excel's errors as a name's reference may start with them ("#REF!$B$2", "Data!#REF!"). */
const GALAT_RUJUKAN = /^(?:(?:'(?:[^']|'')+'|[^'!]+)!)?#(?:REF!|NAME\?|VALUE!|N\/A|DIV\/0!|NUM!|NULL!)/;

/** NamedItem.type of a reference: "Error", "Range" or a constant's type; formulas are not emulated. */
function jenisNama(buku: Buku, rujukan: string): string {
  if (GALAT_RUJUKAN.test(rujukan)) return "Error";
  if (/^-?\d+(?:\.\d+)?(?:E[+-]?\d+)?$/i.test(rujukan)) return "Double";
  if (/^(?:TRUE|FALSE)$/i.test(rujukan)) return "Boolean";
  if (/^"(?:[^"]|"")*"$/.test(rujukan)) return "String";
  try {
    buku.rujuk(rujukan);
    return "Range";
  } catch {
    throw tidakDiemulasi(`NamedItem.type dari =${rujukan}`);
  }
}

/**
 * Names added through `names.add` while the workbook is open. office-js #3878 hides such a name in
 * a later batch, where the client library reaches it as `names.getItem(name)` would (the same
 * indexer path): Excel must tell them apart by the name, not by the path (see kuirk.ts).
 */
const DITAMBAH_API = new WeakSet<NamaBuku>();

function koleksiNama(sesi: Sesi): Objek {
  const buku = sesi.buku;
  const o = new Objek("NamedItemCollection");
  o.koleksi = true;
  const satu = (nama: string) => {
    const n = buku.nama.get(nama.toLowerCase());
    if (!n) return null;
    const x = new Objek("NamedItem");
    const eja = n.eja ?? nama;
    x.id = eja;
    x.bawaan = ["Name", "Formula", "Comment", "Type", "Visible"];
    x.baca.Name = () => eja;
    x.baca.Formula = () => `=${n.rujukan}`;
    x.baca.Comment = () => n.komentar;
    x.baca.Type = () => jenisNama(buku, n.rujukan);
    x.baca.Visible = () => n.terlihat ?? true;
    x.tulis.Visible = (v) => {
      if (sesi.kuirk.namaGalatTolak && jenisNama(buku, n.rujukan) === "Error")
        throw tolak(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format. (=${n.rujukan})`,
        );
      // Silently: no error, the name stays in the Name Manager.
      if (sesi.kuirk.namaSembunyiAbai && v === false && !DITAMBAH_API.has(n)) return;
      n.terlihat = Boolean(v);
    };
    x.metode.Delete = () => buku.nama.delete(nama.toLowerCase());
    return x;
  };
  const wajib = (nama: unknown) => {
    const x = satu(String(nama));
    if (!x) throw tolak("ItemNotFound", `Nama "${String(nama)}" tidak ada (ItemNotFound)`);
    return x;
  };
  o.butir = () => [...buku.nama.keys()].map((n) => satu(n) as Objek);
  o.indeks = (arg) => wajib(arg[0]);
  o.metode.GetItem = wajib;
  o.metode.GetItemOrNullObject = (nama) => satu(String(nama));
  o.metode.Add = (nama, rujuk, komentar) => {
    const n = String(nama);
    if (buku.nama.has(n.toLowerCase())) throw tolak("ItemAlreadyExists", `Nama "${n}" sudah ada`);
    const teks = rujuk instanceof Rentang ? rujukan(rujuk) : String(rujuk).replace(/^=/, "");
    const baru: NamaBuku = { rujukan: teks, komentar: String(komentar ?? ""), eja: n };
    DITAMBAH_API.add(baru);
    buku.nama.set(n.toLowerCase(), baru);
    return satu(n.toLowerCase());
  };
  return o;
}

export function bukuObjek(sesi: Sesi): Objek {
  const buku = sesi.buku;
  const o = new Objek("Workbook");
  o.nav.Worksheets = () => koleksiLembar(sesi);
  o.nav.Names = () => koleksiNama(sesi);
  o.nav.Styles = () => koleksiGaya(buku);
  o.nav.Application = () => {
    const a = new Objek("Application");
    a.baca.CalculationMode = () => buku.calculationMode;
    a.tulis.CalculationMode = (v) => (buku.calculationMode = String(v));
    a.bawaan = ["CalculationMode"];
    a.metode.SuspendScreenUpdatingUntilNextSync = () => (buku.layarDitahan += 1);
    a.metode.SuspendApiCalculationUntilNextSync = () => null;
    a.metode.Calculate = () => null;
    return a;
  };
  const dipilih = () => {
    if (!buku.pilihan) {
      if (!buku.aktif) throw tolak("InvalidSelection", "Tidak ada pilihan");
      return new Rentang(sesi, buku.aktif, { b0: 0, b1: 0, k0: 0, k1: 0 });
    }
    return new Rentang(sesi, buku.pilihan.lembar, buku.pilihan.kotak);
  };
  o.metode.GetSelectedRange = () => {
    // "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange).
    if ((buku.pilihan?.area?.length ?? 1) > 1)
      throw tolak("InvalidSelection", "The current selection is invalid for this operation.");
    return dipilih();
  };
  o.metode.GetSelectedRanges = () => {
    const r = dipilih();
    return new RentangArea(sesi, r.lembar, buku.pilihan?.area ?? [r.kotak]);
  };
  o.metode._RemoveReference = (id) => sesi.lepas(String(id));
  o.metode.GetActiveCell = () => {
    const r = dipilih();
    return new Rentang(sesi, r.lembar, { b0: r.kotak.b0, b1: r.kotak.b0, k0: r.kotak.k0, k1: r.kotak.k0 });
  };
  return o;
}
