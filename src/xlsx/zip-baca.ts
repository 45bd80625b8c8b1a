/**
 * Reads a zip archive from its central directory without loading it: entries are streamed,
 * inflated with node:zlib and checked against their CRC-32. Enough of the format for Office
 * files (stored and deflated entries, Zip64 sizes); nothing else.
 */
import { constants, createReadStream } from "node:fs";
import { FileHandle, open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { Readable, Transform } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { crc32 } from "./crc32";

/** The archive is not a zip or is damaged; `jenis` tells which, `rincian` what, for the user. */
export class GalatZip extends Error {
  constructor(
    public readonly jenis: "bukan-zip" | "rusak",
    pesan: string,
    public readonly rincian?: string,
  ) {
    super(pesan);
  }
}

export interface EntriZip {
  nama: string;
  metode: number;
  bendera: number;
  waktuDos: number;
  tanggalDos: number;
  crc: number;
  ukuranPadat: number;
  ukuran: number;
  offsetLokal: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const LOKATOR64 = 0x07064b50;
const PUSAT = 0x02014b50;
const LOKAL = 0x04034b50;

/** Text encodings a part may declare that are read (and written back) as declared. */
export type Pengodean = "utf8" | "utf16le" | "utf16be" | "latin1";

/**
 * The encoding of an XML part from its first bytes: a byte order mark, the UTF-16 form of "<",
 * else the declaration's `encoding` (UTF-8 when none is given). Anything else is refused as
 * damaged rather than read as UTF-8 and judged as an empty sheet.
 */
export function pengodeanXml(awal: Buffer): Pengodean {
  if (awal[0] === 0xff && awal[1] === 0xfe) return "utf16le";
  if (awal[0] === 0xfe && awal[1] === 0xff) return "utf16be";
  if (awal[0] === 0x3c && awal[1] === 0x00) return "utf16le";
  if (awal[0] === 0x00 && awal[1] === 0x3c) return "utf16be";
  const deklarasi = /^(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(
    awal.subarray(0, 512).toString("latin1"),
  );
  const nama = deklarasi?.[1].toLowerCase();
  if (nama === undefined || nama === "utf-8" || nama === "utf8") return "utf8";
  if (["iso-8859-1", "latin1", "us-ascii", "ascii"].includes(nama)) return "latin1";
  const pesan = `pengodean ${nama.slice(0, 40)} tidak didukung atau tidak sesuai isinya`;
  throw new GalatZip("rusak", pesan, pesan);
}

/** Text in an encoding, for writing a patched part back the way it was read. */
export function kodekan(s: string, pengodean: Pengodean): Buffer {
  if (pengodean === "utf16be") return Buffer.from(s, "utf16le").swap16();
  return Buffer.from(s, pengodean);
}

export class ZipBaca {
  /** Entries by lower-cased name: package part names are compared without case (OPC). */
  private readonly menurutNama: Map<string, EntriZip>;

  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
    readonly ukuranBerkas: number,
    readonly entri: EntriZip[],
  ) {
    this.menurutNama = new Map();
    for (const e of entri) {
      const k = e.nama.toLowerCase();
      // Two entries of one name: readers disagree on which one counts (LibreOffice takes the last).
      if (this.menurutNama.has(k)) {
        const pesan = `dua entri bernama ${e.nama.slice(0, 100)} di dalam zip`;
        throw new GalatZip("rusak", pesan, pesan);
      }
      this.menurutNama.set(k, e);
    }
  }

  static async buka(path: string): Promise<ZipBaca> {
    const fh = await bukaBiasa(path);
    try {
      const { size } = await fh.stat();
      return new ZipBaca(path, fh, size, await bacaDirektori(fh, size));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  cari(nama: string): EntriZip | undefined {
    return this.menurutNama.get(nama.toLowerCase());
  }

  async tutup(): Promise<void> {
    await this.fh.close();
  }

  /** Where the entry's compressed bytes start, from its local header. */
  async awalData(e: EntriZip): Promise<number> {
    const h = Buffer.alloc(30);
    const { bytesRead } = await this.fh.read(h, 0, 30, e.offsetLokal);
    if (bytesRead < 30 || h.readUInt32LE(0) !== LOKAL) throw new GalatZip("rusak", `header lokal ${e.nama}`);
    const awal = e.offsetLokal + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
    if (awal + e.ukuranPadat > this.ukuranBerkas) throw new GalatZip("rusak", `terpotong ${e.nama}`);
    return awal;
  }

  /** The entry's bytes as stored (compressed), for copying unchanged. */
  async padat(e: EntriZip): Promise<Readable> {
    const awal = await this.awalData(e);
    if (e.ukuranPadat === 0) return Readable.from([]);
    return createReadStream(this.path, { start: awal, end: awal + e.ukuranPadat - 1 });
  }

  /** The entry's content, inflated and checked (size and CRC-32) at its end. */
  async isi(e: EntriZip): Promise<Readable> {
    if (e.bendera & 1) throw new GalatZip("rusak", `entri terenkripsi ${e.nama}`);
    if (e.metode !== 0 && e.metode !== 8) throw new GalatZip("rusak", `metode ${e.metode}`);
    const mentah = await this.padat(e);
    const cek = pemeriksaCrc(e);
    const jalur = e.metode === 8 ? mentah.pipe(createInflateRaw()) : mentah;
    mentah.on("error", (x) => cek.destroy(x));
    jalur.on("error", (x) => cek.destroy(new GalatZip("rusak", `${e.nama}: ${String(x)}`)));
    return jalur.pipe(cek);
  }

  /**
   * The entry's content as text, chunk by chunk, decoded by its declared encoding (see
   * pengodeanXml); `info.pengodean` is set before the first chunk is yielded.
   */
  async *teks(e: EntriZip, info: { pengodean?: Pengodean } = {}): AsyncGenerator<string> {
    let d: StringDecoder | undefined;
    let tukar = false;
    let awal: Buffer[] = [];
    let ganjil: Buffer | undefined;
    const urai = (b: Buffer): string => {
      if (!d) {
        const peng = pengodeanXml(b);
        info.pengodean = peng;
        tukar = peng === "utf16be";
        d = new StringDecoder(peng === "utf16be" ? "utf16le" : peng);
      }
      if (!tukar) return d.write(b);
      // UTF-16BE: swap each byte pair into little endian, carrying an odd byte to the next chunk.
      const semua = ganjil ? Buffer.concat([ganjil, b]) : Buffer.from(b);
      const genap = semua.length & ~1;
      ganjil = genap < semua.length ? semua.subarray(genap) : undefined;
      return d.write(semua.subarray(0, genap).swap16());
    };
    let n = 0;
    for await (const b of await this.isi(e)) {
      if (!d) {
        // Enough bytes to see the declaration before choosing a decoder.
        awal.push(b as Buffer);
        n += (b as Buffer).length;
        if (n < 512) continue;
        yield urai(Buffer.concat(awal));
        awal = [];
      } else yield urai(b as Buffer);
    }
    if (!d) yield urai(Buffer.concat(awal));
    const akhir = d!.end();
    if (akhir) yield akhir;
  }

  /** A small part's whole text (workbook, relationships, styles); a part past `batas` is refused. */
  async teksUtuh(e: EntriZip, batas = 1 << 28): Promise<string> {
    let s = "";
    for await (const t of this.teks(e)) {
      s += t;
      if (s.length > batas) throw new GalatZip("rusak", `${e.nama} terlalu besar`);
    }
    return s;
  }
}

/** The path is not a regular file (a FIFO, a device, a folder): never read. */
export class GalatBukanBerkas extends Error {}

/**
 * Opens a regular file for reading. Non-blocking, so a FIFO put in a file's place after it was
 * listed cannot hang the open; then anything but a regular file is refused.
 */
export async function bukaBiasa(path: string): Promise<FileHandle> {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  if ((await fh.stat()).isFile()) return fh;
  await fh.close();
  throw new GalatBukanBerkas(path);
}

function pemeriksaCrc(e: EntriZip): Transform {
  let crc = 0;
  let n = 0;
  return new Transform({
    transform(b: Buffer, _, selesai) {
      crc = crc32(b, crc);
      n += b.length;
      selesai(null, b);
    },
    flush(selesai) {
      const cocok = n === e.ukuran && crc >>> 0 === e.crc >>> 0;
      selesai(cocok ? null : new GalatZip("rusak", `CRC atau ukuran ${e.nama} tidak cocok`));
    },
  });
}

async function baca(fh: FileHandle, posisi: number, panjang: number): Promise<Buffer> {
  const b = Buffer.alloc(panjang);
  const { bytesRead } = await fh.read(b, 0, panjang, posisi);
  return b.subarray(0, bytesRead);
}

async function bacaDirektori(fh: FileHandle, size: number): Promise<EntriZip[]> {
  const awalEkor = Math.max(0, size - 22 - 65535);
  const ekor = await baca(fh, awalEkor, size - awalEkor);
  let i = ekor.length - 22;
  while (i >= 0 && ekor.readUInt32LE(i) !== EOCD) i--;
  if (i < 0) {
    const kepala = await baca(fh, 0, 4);
    const zip = kepala.length === 4 && kepala.readUInt32LE(0) === LOKAL;
    throw new GalatZip(zip ? "rusak" : "bukan-zip", "catatan akhir zip tidak ada");
  }
  let jumlah = ekor.readUInt16LE(i + 10);
  let ukuranPusat = ekor.readUInt32LE(i + 12);
  let offsetPusat = ekor.readUInt32LE(i + 16);
  const posEocd = awalEkor + i;
  if (jumlah === 0xffff || offsetPusat === 0xffffffff || ukuranPusat === 0xffffffff) {
    const lok = await baca(fh, posEocd - 20, 20);
    if (lok.length === 20 && lok.readUInt32LE(0) === LOKATOR64) {
      const e64 = await baca(fh, Number(lok.readBigUInt64LE(8)), 56);
      if (e64.length < 56 || e64.readUInt32LE(0) !== EOCD64) throw new GalatZip("rusak", "zip64");
      jumlah = Number(e64.readBigUInt64LE(32));
      ukuranPusat = Number(e64.readBigUInt64LE(40));
      offsetPusat = Number(e64.readBigUInt64LE(48));
    }
  }
  if (offsetPusat + ukuranPusat > size) throw new GalatZip("rusak", "direktori pusat terpotong");
  // Each entry takes 46 bytes of the directory at least: a count beyond that is a lie.
  if (jumlah * 46 > ukuranPusat) throw new GalatZip("rusak", "jumlah entri melebihi direktori pusat");
  const pusat = await baca(fh, offsetPusat, ukuranPusat);
  const entri: EntriZip[] = [];
  let p = 0;
  for (let k = 0; k < jumlah; k++) {
    if (p + 46 > pusat.length || pusat.readUInt32LE(p) !== PUSAT)
      throw new GalatZip("rusak", "direktori pusat");
    const nNama = pusat.readUInt16LE(p + 28);
    const nEkstra = pusat.readUInt16LE(p + 30);
    const nKomentar = pusat.readUInt16LE(p + 32);
    const bendera = pusat.readUInt16LE(p + 8);
    const namaB = pusat.subarray(p + 46, p + 46 + nNama);
    const e: EntriZip = {
      nama: namaB.toString(bendera & 0x800 ? "utf8" : "latin1"),
      metode: pusat.readUInt16LE(p + 10),
      bendera,
      waktuDos: pusat.readUInt16LE(p + 12),
      tanggalDos: pusat.readUInt16LE(p + 14),
      crc: pusat.readUInt32LE(p + 16),
      ukuranPadat: pusat.readUInt32LE(p + 20),
      ukuran: pusat.readUInt32LE(p + 24),
      offsetLokal: pusat.readUInt32LE(p + 42),
    };
    bacaZip64(e, pusat.subarray(p + 46 + nNama, p + 46 + nNama + nEkstra));
    entri.push(e);
    p += 46 + nNama + nEkstra + nKomentar;
  }
  return entri;
}

/** Sizes and offset too big for 32 bits sit, in this order, in the Zip64 extra field. */
function bacaZip64(e: EntriZip, ekstra: Buffer): void {
  for (let q = 0; q + 4 <= ekstra.length;) {
    const id = ekstra.readUInt16LE(q);
    const n = ekstra.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const ambil = (): number => {
        const v = r + 8 <= q + 4 + n ? Number(ekstra.readBigUInt64LE(r)) : 0;
        r += 8;
        return v;
      };
      if (e.ukuran === 0xffffffff) e.ukuran = ambil();
      if (e.ukuranPadat === 0xffffffff) e.ukuranPadat = ambil();
      if (e.offsetLokal === 0xffffffff) e.offsetLokal = ambil();
    }
    q += 4 + n;
  }
}
