import { BARIS_MAKS, irisan, KOLOM_MAKS, Kotak, lebar, tinggi, tulisAlamat } from "./alamat";
import { tidakDiemulasi, tolak } from "./galat";
import { geserRumus } from "./geser-rumus";
import { Sel } from "./isi-sel";
import { BAWAAN_GAYA } from "./gaya-bernama";
import { Buku, Lembar } from "./model";

/**
 * The cells to copy: one rectangle, or several areas of one sheet that together form a rectangle
 * with whole rows or columns removed (the documented condition on a RangeAreas source).
 */
export interface Sumber {
  lembar: Lembar;
  baris: number[];
  kolom: number[];
}

export function sumberDari(lembar: Lembar, kotak: readonly Kotak[]): Sumber {
  const rentang = (a: number, z: number) => Array.from({ length: z - a + 1 }, (_, i) => a + i);
  if (kotak.length === 1) {
    const k = kotak[0];
    return { lembar, baris: rentang(k.b0, k.b1), kolom: rentang(k.k0, k.k1) };
  }
  const urut = [...kotak];
  const barisSama = urut.every((k) => k.b0 === urut[0].b0 && k.b1 === urut[0].b1);
  const kolomSama = urut.every((k) => k.k0 === urut[0].k0 && k.k1 === urut[0].k1);
  const bertumpuk = urut.some((a, i) => urut.some((b, j) => i < j && irisan(a, b)));
  if ((!barisSama && !kolomSama) || bertumpuk) {
    // "their form must be able to be created by removing full rows or columns from a rectangular
    // range" (Range.copyFrom docs); office-js #4800 shows InvalidArgument otherwise.
    throw tolak(
      "InvalidArgument",
      `Area sumber ${urut.map(tulisAlamat).join(",")} tidak membentuk satu persegi (office-js #4800)`,
    );
  }
  if (barisSama) {
    urut.sort((a, b) => a.k0 - b.k0);
    return {
      lembar,
      baris: rentang(urut[0].b0, urut[0].b1),
      kolom: urut.flatMap((k) => rentang(k.k0, k.k1)),
    };
  }
  urut.sort((a, b) => a.b0 - b.b0);
  return { lembar, baris: urut.flatMap((k) => rentang(k.b0, k.b1)), kolom: rentang(urut[0].k0, urut[0].k1) };
}

const kotakSumber = (s: Sumber): Kotak => ({
  b0: Math.min(...s.baris),
  b1: Math.max(...s.baris),
  k0: Math.min(...s.kolom),
  k1: Math.max(...s.kolom),
});

/** What a paste or fill carries over. */
export interface Bawa {
  isi: "rumus" | "nilai" | null;
  format: boolean;
  lewatiKosong: boolean;
}

/** The most cells one paste writes here; Excel's own limits lie elsewhere, this one only keeps tests fast. */
const SEL_TEMPEL_MAKS = 2_000_000;

/**
 * Writes `tujuan` on `l` from `sumber`: `peta(y, x)` gives the source cell (row and column index
 * into sumber) for the destination cell y rows and x columns from tujuan's corner, and `isiSel`
 * may replace a source cell's content (a fill series).
 */
export function tempel(
  l: Lembar,
  tujuan: Kotak,
  sumber: Sumber,
  bawa: Bawa,
  peta: (y: number, x: number) => [number, number],
  isiSel?: (y: number, x: number, s: Sel | undefined) => Sel | undefined,
): void {
  if (
    tinggi(tujuan) >= BARIS_MAKS ||
    lebar(tujuan) >= KOLOM_MAKS ||
    tinggi(tujuan) * lebar(tujuan) > SEL_TEMPEL_MAKS
  )
    throw tidakDiemulasi(`menempel ke ${tulisAlamat(tujuan)} (seluruh kolom/baris atau terlalu besar)`);
  periksaGabungan(l, tujuan);
  periksaSumber(sumber, bawa);
  if (bawa.format) periksaAturan(l, tujuan);
  const sl = sumber.lembar;
  const H = tinggi(tujuan);
  const W = lebar(tujuan);
  // Everything is read before anything is written: source and destination may overlap.
  const isi: Array<[number, number, Sel | null]> = [];
  if (bawa.isi) {
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const [i, j] = peta(y, x);
        const [sb, sk] = [sumber.baris[i], sumber.kolom[j]];
        const asal = sl.ambil(sb, sk);
        const s = isiSel ? isiSel(y, x, asal) : asal;
        if (s === undefined) {
          if (!bawa.lewatiKosong) isi.push([tujuan.b0 + y, tujuan.k0 + x, null]);
          continue;
        }
        const [b, k] = [tujuan.b0 + y, tujuan.k0 + x];
        if (s.rumus === undefined) isi.push([b, k, { nilai: s.nilai }]);
        else if (bawa.isi === "nilai") isi.push([b, k, { nilai: sl.nilaiRumus(s.rumus, sb, sk) }]);
        else isi.push([b, k, { rumus: geserRumus(s.rumus, b - sb, k - sk) }]);
      }
    }
  }
  const format = bawa.format ? bacaFormat(l, tujuan, sumber, peta) : null;
  for (const [b, k, s] of isi) l.taruh(b, k, s);
  if (format) tulisFormat(l, tujuan, format);
}

/** Excel's UI refuses a paste that covers part of a merged area ("can't do that to a merged cell"). */
function periksaGabungan(l: Lembar, tujuan: Kotak): void {
  for (const g of l.gabung) {
    const x = irisan(g, tujuan);
    if (x && (x.b0 !== g.b0 || x.b1 !== g.b1 || x.k0 !== g.k0 || x.k1 !== g.k1)) {
      throw tolak(
        "InvalidOperation",
        `Menempel ke ${tulisAlamat(tujuan)} mengenai sebagian sel gabungan ${tulisAlamat(g)}`,
      );
    }
  }
}

function periksaSumber(s: Sumber, bawa: Bawa): void {
  const k = kotakSumber(s);
  if (bawa.format && s.lembar.gabung.some((g) => irisan(g, k)))
    throw tidakDiemulasi("menyalin format sel gabungan");
  if (bawa.format && (s.lembar.aturanDi(k).length > 0 || s.lembar.validasi.some((v) => irisan(v.kotak, k))))
    throw tidakDiemulasi("menyalin format bersyarat atau validasi data");
}

/** Pasting formats replaces the conditional formats and validation of the cells: not modelled. */
function periksaAturan(l: Lembar, tujuan: Kotak): void {
  if (l.aturanDi(tujuan).length > 0 || l.validasi.some((v) => irisan(v.kotak, tujuan)))
    throw tidakDiemulasi("menempel format ke sel yang punya format bersyarat atau validasi data");
}

interface Format {
  /** Per stored key, the destination's values row by row. */
  gaya: Map<string, unknown[][]>;
  angka: string[][];
}

function bacaFormat(
  l: Lembar,
  tujuan: Kotak,
  sumber: Sumber,
  peta: (y: number, x: number) => [number, number],
): Format {
  const sl = sumber.lembar;
  const ks = kotakSumber(sumber);
  const kunci = new Set<string>();
  for (const g of sl.gaya) if (irisan(g.kotak, ks)) kunci.add(g.sifat);
  for (const g of l.gaya) if (irisan(g.kotak, tujuan)) kunci.add(g.sifat);
  const satu = (b: number, k: number) => ({ b0: b, b1: b, k0: k, k1: k });
  const nilaiSumber = new Map<string, unknown[][]>();
  for (const s of kunci) {
    nilaiSumber.set(
      s,
      sumber.baris.map((b) => sumber.kolom.map((k) => sl.bacaGaya(satu(b, k), s, BAWAAN_GAYA[s] ?? null))),
    );
  }
  const H = tinggi(tujuan);
  const W = lebar(tujuan);
  const matriks = <T>(f: (i: number, j: number) => T): T[][] =>
    Array.from({ length: H }, (_, y) =>
      Array.from({ length: W }, (_, x) => {
        const [i, j] = peta(y, x);
        return f(i, j);
      }),
    );
  const gaya = new Map<string, unknown[][]>();
  for (const [s, v] of nilaiSumber)
    gaya.set(
      s,
      matriks((i, j) => v[i][j]),
    );
  const angka = matriks((i, j) => sl.format(sumber.baris[i], sumber.kolom[j]));
  return { gaya, angka };
}

/** Stores formats as few rectangles as the values allow: runs in a row, stacked while rows repeat. */
function tulisFormat(l: Lembar, tujuan: Kotak, f: Format): void {
  for (const [s, v] of f.gaya) {
    let terbuka: Array<{ kotak: Kotak; nilai: unknown }> = [];
    const tutup = (x: { kotak: Kotak; nilai: unknown }) => l.aturGaya(x.kotak, s, x.nilai);
    for (let y = 0; y < v.length; y++) {
      const b = tujuan.b0 + y;
      const baru: Array<{ kotak: Kotak; nilai: unknown }> = [];
      for (let x = 0; x < v[y].length;) {
        let z = x;
        while (z + 1 < v[y].length && v[y][z + 1] === v[y][x]) z++;
        const k0 = tujuan.k0 + x;
        const k1 = tujuan.k0 + z;
        const lanjut = terbuka.find((t) => t.kotak.k0 === k0 && t.kotak.k1 === k1 && t.nilai === v[y][x]);
        if (lanjut) {
          lanjut.kotak = { ...lanjut.kotak, b1: b };
          baru.push(lanjut);
        } else baru.push({ kotak: { b0: b, b1: b, k0, k1 }, nilai: v[y][x] });
        x = z + 1;
      }
      for (const t of terbuka) if (!baru.includes(t)) tutup(t);
      terbuka = baru;
    }
    terbuka.forEach(tutup);
  }
  l.tulisFormatAngka(tujuan, f.angka);
}

/** Range.copyFrom's copyType, as the library sends it. */
export function bawaSalin(jenis: unknown, lewatiKosong: unknown): Bawa {
  const j = jenis === undefined || jenis === null ? "All" : String(jenis);
  const lewati = lewatiKosong === true;
  if (j === "All") return { isi: "rumus", format: true, lewatiKosong: lewati };
  if (j === "Formulas") return { isi: "rumus", format: false, lewatiKosong: lewati };
  if (j === "Values") return { isi: "nilai", format: false, lewatiKosong: lewati };
  if (j === "Formats") return { isi: null, format: true, lewatiKosong: lewati };
  throw tidakDiemulasi(`Range.copyFrom(copyType ${j})`);
}

/**
 * Range.copyFrom (ExcelApi 1.9) onto `tujuan`. As the docs say, a destination that is an exact
 * multiple of the source in rows or columns gets the source repeated (office-js #2674); otherwise
 * the source is pasted once from the destination's top-left cell, expanding a smaller destination.
 */
export function salinKe(l: Lembar, tujuan: Kotak, sumber: Sumber, bawa: Bawa, transpos: boolean): Kotak {
  const h = transpos ? sumber.kolom.length : sumber.baris.length;
  const w = transpos ? sumber.baris.length : sumber.kolom.length;
  if (bawa.lewatiKosong && bawa.format) throw tidakDiemulasi("copyFrom skipBlanks dengan format");
  const [th, tw] = [tinggi(tujuan), lebar(tujuan)];
  const kali = (t: number, s: number) => (t % s === 0 ? t / s : 0);
  const [ny, nx] = [kali(th, h), kali(tw, w)];
  let area: Kotak;
  if (ny >= 1 && nx >= 1) area = tujuan;
  else if ((ny > 1 && nx === 0) || (nx > 1 && ny === 0)) {
    // A multiple one way and not the other: whether Excel repeats then is not documented.
    throw tidakDiemulasi(`copyFrom ${h}×${w} ke ${th}×${tw} (kelipatan hanya satu arah)`);
  } else area = { b0: tujuan.b0, k0: tujuan.k0, b1: tujuan.b0 + h - 1, k1: tujuan.k0 + w - 1 };
  if (area.b1 >= BARIS_MAKS || area.k1 >= KOLOM_MAKS)
    throw tolak("InvalidArgument", `Tempelan ${h}×${w} dari ${tulisAlamat(tujuan)} melewati XFD1048576`);
  if (transpos) {
    if (ny > 1 || nx > 1) throw tidakDiemulasi("copyFrom transpose ke tujuan berulang");
    const adaRumus = sumber.baris.some((b) => sumber.kolom.some((k) => sumber.lembar.ambil(b, k)?.rumus));
    // Excel rewrites the references of a transposed formula; not modelled.
    if (adaRumus && bawa.isi === "rumus") throw tidakDiemulasi("copyFrom transpose dengan rumus");
    tempel(l, area, sumber, bawa, (y, x) => [x, y]);
  } else tempel(l, area, sumber, bawa, (y, x) => [y % h, x % w]);
  return area;
}

const ANGKA_DI_AKHIR = /\d$/;
const NAMA_SERI =
  /^(jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des|sun|mon|tue|wed|thu|fri|sat|january|february|march|april|june|july|august|september|october|november|december|sunday|monday|tuesday|wednesday|thursday|friday|saturday|q[1-4]|qtr[1-4])$/i;

/** A number format showing a date or time: a single such cell fills as a series of days. */
const formatTanggal = (f: string) =>
  f !== "General" && /[dmyhs]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

/**
 * Range.autoFill (ExcelApi 1.9): "The destination range can be null or can extend the source range
 * either horizontally or vertically. Discontiguous ranges are not supported."
 */
export function isiOtomatis(l: Lembar, sumber: Kotak, tujuan: Kotak, jenis: string): void {
  if (jenis !== "FillDefault" && jenis !== "FillCopy") throw tidakDiemulasi(`Range.autoFill(${jenis})`);
  const berisi = irisan(sumber, tujuan);
  const sama = (a: Kotak, b: Kotak) => a.b0 === b.b0 && a.b1 === b.b1 && a.k0 === b.k0 && a.k1 === b.k1;
  const tegak = tujuan.k0 === sumber.k0 && tujuan.k1 === sumber.k1;
  const datar = tujuan.b0 === sumber.b0 && tujuan.b1 === sumber.b1;
  if (!berisi || !sama(berisi, sumber) || !(tegak || datar)) {
    throw tolak(
      "InvalidArgument",
      `Tujuan isi otomatis ${tulisAlamat(tujuan)} harus memuat ${tulisAlamat(sumber)} dan memanjang satu arah`,
    );
  }
  if (sama(sumber, tujuan)) return;
  const src = sumberDari(l, [sumber]);
  const [h, w] = [tinggi(sumber), lebar(sumber)];
  const [dy, dx] = [sumber.b0 - tujuan.b0, sumber.k0 - tujuan.k0];
  const mod = (a: number, m: number) => ((a % m) + m) % m;
  // Source cell of a destination cell: the pattern repeats away from the source either way.
  const peta = (y: number, x: number): [number, number] => [mod(y - dy, h), mod(x - dx, w)];
  const panjang = tegak ? h : w;
  // FillDefault: per line along the fill, what Excel would turn into a series.
  const seri = new Map<number, { awal: number; langkah: number }>();
  if (jenis === "FillDefault") {
    const garis = tegak ? w : h;
    for (let g = 0; g < garis; g++) {
      const sel = Array.from({ length: panjang }, (_, p) => {
        const [b, k] = tegak ? [sumber.b0 + p, sumber.k0 + g] : [sumber.b0 + g, sumber.k0 + p];
        return { s: l.ambil(b, k), f: l.format(b, k) };
      });
      const angka = sel.filter((x) => x.s?.rumus === undefined && typeof x.s?.nilai === "number");
      for (const x of sel) {
        const v = x.s?.rumus === undefined ? x.s?.nilai : undefined;
        if (typeof v === "string" && (ANGKA_DI_AKHIR.test(v.trim()) || NAMA_SERI.test(v.trim())))
          throw tidakDiemulasi(`autoFill FillDefault atas teks seri "${v}"`);
        if (typeof v === "number" && formatTanggal(x.f))
          throw tidakDiemulasi("autoFill FillDefault atas tanggal");
      }
      if (angka.length < 2) {
        if (angka.length === 1 && panjang > 1)
          throw tidakDiemulasi("autoFill FillDefault atas angka di antara isi lain");
        continue;
      }
      if (angka.length !== panjang)
        throw tidakDiemulasi("autoFill FillDefault atas angka di antara isi lain");
      const v = angka.map((x) => x.s?.nilai as number);
      const langkah = v[1] - v[0];
      // Two or more numbers extend as a linear series; Excel fits a trend when the steps differ.
      if (v.some((x, p) => Math.abs(x - (v[0] + p * langkah)) > 1e-9 * Math.max(1, Math.abs(x))))
        throw tidakDiemulasi("autoFill FillDefault atas angka yang bukan deret hitung");
      seri.set(g, { awal: v[0], langkah });
    }
  }
  const isiSel =
    seri.size === 0
      ? undefined
      : (y: number, x: number, s: Sel | undefined): Sel | undefined => {
          const g = tegak ? x : y;
          const d = seri.get(g);
          if (!d) return s;
          const p = (tegak ? y : x) - (tegak ? dy : dx);
          return { nilai: d.awal + p * d.langkah };
        };
  tempel(l, tujuan, src, { isi: "rumus", format: true, lewatiKosong: false }, peta, isiSel);
}

/** Splits "A1:B2, 'IKU (2)'!D4; E5" at commas and semicolons outside quoted sheet names. */
export function pisahDaftar(teks: string): string[] {
  const bagian: string[] = [];
  let kini = "";
  let kutip = false;
  for (const c of teks) {
    if (c === "'") kutip = !kutip;
    if (!kutip && (c === "," || c === ";")) {
      bagian.push(kini);
      kini = "";
    } else kini += c;
  }
  bagian.push(kini);
  return bagian.map((b) => b.trim());
}

/**
 * A list of addresses ("A1:B2, A5:B5" or "A1:B2; A5:B5", each optionally sheet-qualified, or a
 * defined name) as the rectangles of one sheet; `asal` is the sheet of unqualified addresses.
 */
export function uraiDaftarArea(teks: string, buku: Buku, asal: Lembar): { lembar: Lembar; kotak: Kotak[] } {
  let lembar: Lembar | null = null;
  const kotak: Kotak[] = [];
  for (const b of pisahDaftar(teks)) {
    if (b === "") throw tolak("InvalidArgument", `Alamat kosong di "${teks}"`);
    const nama = buku.nama.get(b.toLowerCase());
    const r = buku.rujuk(nama ? nama.rujukan : b, asal);
    if (lembar && r.lembar !== lembar)
      throw tolak("InvalidArgument", `Alamat "${teks}" menyebut lebih dari satu lembar`);
    lembar = r.lembar;
    kotak.push(r.kotak);
  }
  return { lembar: lembar as Lembar, kotak };
}
