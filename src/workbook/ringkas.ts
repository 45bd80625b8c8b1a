/**
 * The plan as blocks, not cells: what both writers read. A rectangle of cells holding one formula
 * filled (the same relative form, see rumus-relatif.ts) is kept as its top-left formula plus its
 * extent; the values around it stay 2-D writes, cut to the columns that hold something.
 */
import { Kotak, kotak, uraiSel } from "./alamat";
import { Blok, IsianRumus, RencanaLembar, Sel, adalahRumus } from "./rencana";
import { kunciRelatif } from "./rumus-relatif";

/** Each formula cell's relative form, null for values and formulas written as they are. */
function kunciBlok(blok: Blok): Array<Array<string | null>> {
  const { kolom, baris } = uraiSel(blok.alamat);
  return blok.nilai.map((deret, i) =>
    deret.map((v, j) => (adalahRumus(v) ? kunciRelatif(v.rumus, kolom + j, baris + i) : null)),
  );
}

/**
 * Greedy rectangles of equal relative forms, row by row: as wide as the row allows, then as deep
 * as the rows below repeat it. Every rectangle of two or more cells becomes one fill.
 */
function cariIsian(blok: Blok, hemat: number): { isian: IsianRumus[]; tertutup: boolean[][] } {
  const kunci = kunciBlok(blok);
  const { kolom, baris } = uraiSel(blok.alamat);
  const tertutup = blok.nilai.map((d) => d.map(() => false));
  const isian: IsianRumus[] = [];
  const sama = (i: number, j: number, k: string) =>
    i < kunci.length && j < kunci[i].length && !tertutup[i][j] && kunci[i][j] === k;
  for (let i = 0; i < kunci.length; i++) {
    for (let j = 0; j < kunci[i].length; j++) {
      const k = kunci[i][j];
      if (k === null || tertutup[i][j]) continue;
      let lebar = 1;
      while (sama(i, j + lebar, k)) lebar++;
      let tinggi = 1;
      const barisSama = (b: number) =>
        Array.from({ length: lebar }, (_, x) => j + x).every((x) => sama(b, x, k));
      while (barisSama(i + tinggi)) tinggi++;
      const v = blok.nilai[i][j];
      const panjang = adalahRumus(v) ? v.rumus.length : 0;
      // A fill costs its writer something; where it saves less, the formulas stay in their block.
      // A fill is copied once along its row and once down: each copy costs the writer `hemat`.
      const salinan = (lebar > 1 ? 1 : 0) + (tinggi > 1 ? 1 : 0);
      if (lebar * tinggi < 2 || (lebar * tinggi - 1) * panjang < hemat * salinan) continue;
      for (let b = i; b < i + tinggi; b++) for (let x = j; x < j + lebar; x++) tertutup[b][x] = true;
      // The top-left cell stays in its block: it is written with the values around it.
      tertutup[i][j] = false;
      if (adalahRumus(v)) isian.push({ alamat: kotak(kolom + j, baris + i, lebar, tinggi), rumus: v.rumus });
    }
  }
  return { isian, tertutup };
}

/** The values of a block as writes over the runs of columns that hold anything, trimmed of blank rows. */
function potongNilai(blok: Blok, tertutup: boolean[][]): Blok[] {
  const { kolom, baris } = uraiSel(blok.alamat);
  const nilai: Sel[][] = blok.nilai.map((d, i) => d.map((v, j) => (tertutup[i][j] ? null : v)));
  const lebar = nilai[0]?.length ?? 0;
  const banyak = Array.from({ length: lebar }, (_, j) =>
    nilai.reduce((n, d) => n + (d[j] !== null ? 1 : 0), 0),
  );
  // A column holding only a few cells (a fill's top-left formula) is not worth its blanks.
  const jarang = (j: number) =>
    banyak[j] > 0 && banyak[j] <= Math.max(2, nilai.length / 8) && nilai.length > 8;
  const terisi = banyak.map((n, j) => n > 0 && !jarang(j));
  const hasil: Blok[] = [];
  for (let j = 0; j < lebar; j++)
    if (jarang(j))
      nilai.forEach((d, i) => {
        if (d[j] !== null) hasil.push({ alamat: kotak(kolom + j, baris + i), nilai: [[d[j]]] });
      });
  for (let j = 0; j < lebar;) {
    if (!terisi[j]) {
      j++;
      continue;
    }
    let akhir = j;
    while (akhir + 1 < lebar && terisi[akhir + 1]) akhir++;
    const potongan = nilai.map((d) => d.slice(j, akhir + 1));
    const adaIsi = (d: Sel[]) => d.some((v) => v !== null);
    const atas = potongan.findIndex(adaIsi);
    const bawah = potongan.length - 1 - [...potongan].reverse().findIndex(adaIsi);
    hasil.push({ alamat: kotak(kolom + j, baris + atas), nilai: potongan.slice(atas, bawah + 1) });
    j = akhir + 1;
  }
  return hasil;
}

/**
 * One sheet's cells as value writes and formula fills; every cell reads back as the builders
 * wrote it (test/workbook/ringkas.test.ts expands the fills and compares). A fill is made only
 * where it spares more formula text than its copies cost the writer, `hemat` characters each.
 */
export function ringkasLembar(lembar: RencanaLembar, hemat = 0): RencanaLembar {
  const blok: Blok[] = [];
  const isian: IsianRumus[] = [...(lembar.isian ?? [])];
  for (const b of lembar.blok) {
    if (b.nilai.length === 0) continue;
    // A ragged block is the plan's mistake: sent as it is, Excel refuses its shape.
    if (b.nilai.some((d) => d.length !== b.nilai[0].length)) {
      blok.push(b);
      continue;
    }
    const cari = cariIsian(b, hemat);
    blok.push(...potongNilai(b, cari.tertutup));
    isian.push(...cari.isian);
  }
  return { ...lembar, blok, isian };
}

/**
 * Blocks of one sheet joined into fewer, larger writes where the blank cells a join adds cost less
 * than `ongkos` characters (about 5 each as JSON): a later block still wins over an earlier one,
 * and a blank (null) still leaves a cell as it is.
 */
export function satukanBlok(blok: readonly Blok[], ongkos: number): Blok[] {
  const hasil: Blok[] = [];
  let kini: { kotak: Kotak; bagian: Blok[]; sel: number } | null = null;
  const tutup = () => {
    if (kini) hasil.push(kini.bagian.length === 1 ? kini.bagian[0] : lebur(kini.kotak, kini.bagian));
  };
  for (const b of blok) {
    if (b.nilai.length === 0 || b.nilai.some((d) => d.length !== b.nilai[0].length)) {
      tutup();
      kini = null;
      hasil.push(b);
      continue;
    }
    const { kolom, baris } = uraiSel(b.alamat);
    const k: Kotak = { kolom, baris, lebar: b.nilai[0].length, tinggi: b.nilai.length };
    if (kini) {
      const gabung = kotakLuar(kini.kotak, k);
      const tambahan = gabung.lebar * gabung.tinggi - kini.sel - k.lebar * k.tinggi;
      if (tambahan * 5 < ongkos) {
        kini = { kotak: gabung, bagian: [...kini.bagian, b], sel: gabung.lebar * gabung.tinggi };
        continue;
      }
      tutup();
    }
    kini = { kotak: k, bagian: [b], sel: k.lebar * k.tinggi };
  }
  tutup();
  return hasil;
}

function kotakLuar(a: Kotak, b: Kotak): Kotak {
  const kolom = Math.min(a.kolom, b.kolom);
  const baris = Math.min(a.baris, b.baris);
  return {
    kolom,
    baris,
    lebar: Math.max(a.kolom + a.lebar, b.kolom + b.lebar) - kolom,
    tinggi: Math.max(a.baris + a.tinggi, b.baris + b.tinggi) - baris,
  };
}

function lebur(k: Kotak, bagian: readonly Blok[]): Blok {
  const nilai: Sel[][] = Array.from({ length: k.tinggi }, () => Array<Sel>(k.lebar).fill(null));
  for (const b of bagian) {
    const { kolom, baris } = uraiSel(b.alamat);
    b.nilai.forEach((d, i) =>
      d.forEach((v, j) => {
        if (v !== null) nilai[baris - k.baris + i][kolom - k.kolom + j] = v;
      }),
    );
  }
  return { alamat: kotak(k.kolom, k.baris), nilai };
}
