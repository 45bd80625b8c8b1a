/**
 * Which files to read and where to write, so that periksa never writes where it read: inputs are
 * told apart by their real paths (links resolved), and every output gets a name no file has.
 */
import { lstatSync, readdirSync, realpathSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { JenisGagal } from "./pesan-berkas";

/** Workbook-like files taken from a folder; the ones periksa cannot read are reported by cause. */
const DARI_FOLDER = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;

export interface Masukan {
  /** The path as given, made absolute. */
  path: string;
  /** The real path (links resolved), to tell files apart. */
  nyata: string;
  /** The path relative to the inputs' common folder: the summary's Berkas value. */
  label: string;
  /** Why it is named but not read: not a regular file, or a folder without workbooks. */
  lewati?: Extract<JenisGagal, "bukan-berkas" | "folder" | "folder-kosong">;
}

/** Regular files only: opening a FIFO blocks forever, a device never ends, a folder is no file. */
function jenisJalur(p: string): Masukan["lewati"] {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st || st.isFile()) return undefined;
  return st.isDirectory() ? "folder" : "bukan-berkas";
}

function nyataAtau(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

/** The deepest folder holding every path. */
function folderBersama(path: readonly string[]): string {
  let akar = dirname(path[0]);
  for (const p of path)
    while (!(p + sep).startsWith(akar.endsWith(sep) ? akar : akar + sep)) akar = dirname(akar);
  return akar;
}

/**
 * The files to check: given files as they are, folders by their workbook files (not Excel's "~$"
 * lock files). A file named twice, through a folder and directly, or through a link, is read once.
 * What is no regular file (a FIFO, a device, a folder named like a workbook) and a folder without
 * workbooks are listed with the reason they are skipped (`lewati`), never opened.
 */
export function daftarBerkas(masukan: readonly string[]): Masukan[] {
  const semua = masukan.flatMap((m): { p: string; lewati?: Masukan["lewati"] }[] => {
    const p = resolve(m);
    if (jenisJalur(p) !== "folder") return [{ p, lewati: jenisJalur(p) }];
    const isi = readdirSync(p)
      .filter((f) => DARI_FOLDER.test(f) && !f.startsWith("~$"))
      .sort()
      .map((f) => join(p, f));
    if (isi.length === 0) return [{ p, lewati: "folder-kosong" }];
    return isi.map((q) => ({ p: q, lewati: jenisJalur(q) }));
  });
  const dilihat = new Set<string>();
  const unik = semua.filter(({ p }) => {
    const k = nyataAtau(p);
    if (dilihat.has(k)) return false;
    dilihat.add(k);
    return true;
  });
  if (unik.length === 0) return [];
  const akar = folderBersama(unik.map((u) => u.p));
  return unik.map(({ p, lewati }) => ({
    path: p,
    nyata: nyataAtau(p),
    label: relative(akar, p).split(sep).join("/") || basename(p),
    ...(lewati ? { lewati } : {}),
  }));
}

const balikHuruf = (s: string): string =>
  [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");

/** Whether the folder's file system ignores case: the same entry under the other case is the same file. */
export function tidakPekaHuruf(folder: string): boolean {
  const nyata = realpathSync(folder);
  const nama = basename(nyata);
  if (nama !== "" && balikHuruf(nama) !== nama) {
    const a = statSync(nyata);
    const b = statSync(join(dirname(nyata), balikHuruf(nama)), { throwIfNoEntry: false });
    return !!b && a.ino === b.ino && a.dev === b.dev;
  }
  // A folder name without letters: probe with a file of our own.
  const uji = join(nyata, `.periksa-uji-huruf-${process.pid}`);
  writeFileSync(uji, "", { flag: "wx" });
  try {
    return statSync(join(nyata, balikHuruf(basename(uji))), { throwIfNoEntry: false }) !== undefined;
  } finally {
    unlinkSync(uji);
  }
}

/** Hands out output names in one folder: never an input, never a name taken now or earlier in the run. */
export class PemberiNama {
  private readonly nyata: string;
  private readonly tidakPeka: boolean;
  private readonly terpakai = new Set<string>();

  constructor(
    private readonly folder: string,
    masukan: readonly Masukan[],
    tidakPeka = tidakPekaHuruf(folder),
  ) {
    this.nyata = realpathSync.native(folder);
    this.tidakPeka = tidakPeka;
    for (const m of masukan) this.terpakai.add(this.kunci(m.nyata));
  }

  private kunci(p: string): string {
    return this.tidakPeka ? p.toLowerCase() : p;
  }

  /** "x.xlsx", else "x (2).xlsx", "x (3).xlsx"…: the first free one, reserved. */
  bebas(nama: string): string {
    const ext = extname(nama);
    const dasar = nama.slice(0, nama.length - ext.length);
    for (let i = 1; ; i++) {
      const calon = i === 1 ? nama : `${dasar} (${i})${ext}`;
      const k = this.kunci(join(this.nyata, calon));
      // lstat: a dangling link counts as taken (writing through it would land elsewhere).
      if (this.terpakai.has(k) || lstatSync(join(this.nyata, calon), { throwIfNoEntry: false })) continue;
      this.terpakai.add(k);
      return join(this.folder, calon);
    }
  }
}
