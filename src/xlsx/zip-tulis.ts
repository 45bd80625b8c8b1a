/**
 * Writes a zip archive entry by entry: copies of another archive's entries byte for byte
 * (compressed data untouched) and new entries deflated as they stream. Never replaces a file:
 * the target is created exclusively.
 */
import { FileHandle, open } from "node:fs/promises";
import { Readable } from "node:stream";
import { createDeflateRaw } from "node:zlib";
import { crc32 } from "./crc32";
import { EntriZip, ZipBaca } from "./zip-baca";

interface Tertulis {
  e: EntriZip;
  namaB: Buffer;
}

const BATAS32 = 0xffffffff;

function kepalaLokal(e: EntriZip, namaB: Buffer): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  // Sizes are in this header: no data descriptor (bit 3); keep the UTF-8 name flag.
  h.writeUInt16LE(e.bendera & 0x800, 6);
  h.writeUInt16LE(e.metode, 8);
  h.writeUInt16LE(e.waktuDos, 10);
  h.writeUInt16LE(e.tanggalDos, 12);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.ukuranPadat, 18);
  h.writeUInt32LE(e.ukuran, 22);
  h.writeUInt16LE(namaB.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

export class ZipTulis {
  private posisi = 0;
  private readonly ditulis: Tertulis[] = [];

  private constructor(private readonly fh: FileHandle) {}

  /** Creates `path`; fails (EEXIST) when anything, even a dangling link, is already there. */
  static async buat(path: string): Promise<ZipTulis> {
    return new ZipTulis(await open(path, "wx"));
  }

  private async tulis(b: Buffer, posisi = this.posisi): Promise<void> {
    let n = 0;
    while (n < b.length) n += (await this.fh.write(b, n, b.length - n, posisi + n)).bytesWritten;
    if (posisi === this.posisi) this.posisi += b.length;
  }

  private periksaUkuran(e: EntriZip): void {
    if (e.ukuran >= BATAS32 || e.ukuranPadat >= BATAS32 || this.posisi >= BATAS32)
      throw new Error("Berkas keluaran melebihi 4 GB.");
  }

  /** Copies an entry of `sumber` as stored. */
  async salin(sumber: ZipBaca, e: EntriZip): Promise<void> {
    this.periksaUkuran(e);
    const salinan: EntriZip = { ...e, bendera: e.bendera & 0x800, offsetLokal: this.posisi };
    const namaB = Buffer.from(e.nama, e.bendera & 0x800 ? "utf8" : "latin1");
    await this.tulis(kepalaLokal(salinan, namaB));
    await this.tulis(namaB);
    for await (const b of await sumber.padat(e)) await this.tulis(b as Buffer);
    this.ditulis.push({ e: salinan, namaB });
  }

  /** A new deflated entry from text or bytes, as they come. */
  async tambah(nama: string, isi: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<void> {
    const namaB = Buffer.from(nama, "utf8");
    const e: EntriZip = {
      nama,
      metode: 8,
      bendera: 0x800,
      waktuDos: 0,
      tanggalDos: (1 << 5) | 1,
      crc: 0,
      ukuranPadat: 0,
      ukuran: 0,
      offsetLokal: this.posisi,
    };
    const awalKepala = this.posisi;
    await this.tulis(kepalaLokal(e, namaB));
    await this.tulis(namaB);
    const kempa = createDeflateRaw({ level: 5 });
    const masuk = Readable.from(
      (async function* () {
        for await (const x of isi) {
          const b = typeof x === "string" ? Buffer.from(x, "utf8") : x;
          e.crc = crc32(b, e.crc);
          e.ukuran += b.length;
          yield b;
        }
      })(),
    );
    masuk.on("error", (x) => kempa.destroy(x));
    masuk.pipe(kempa);
    for await (const b of kempa) {
      e.ukuranPadat += (b as Buffer).length;
      await this.tulis(b as Buffer);
    }
    this.periksaUkuran(e);
    await this.tulis(kepalaLokal(e, namaB), awalKepala);
    this.ditulis.push({ e, namaB });
  }

  /** Writes the central directory and closes the file. */
  async selesai(): Promise<void> {
    const awal = this.posisi;
    for (const { e, namaB } of this.ditulis) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(e.bendera & 0x800, 8);
      h.writeUInt16LE(e.metode, 10);
      h.writeUInt16LE(e.waktuDos, 12);
      h.writeUInt16LE(e.tanggalDos, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.ukuranPadat, 20);
      h.writeUInt32LE(e.ukuran, 24);
      h.writeUInt16LE(namaB.length, 28);
      h.writeUInt32LE(e.offsetLokal, 42);
      await this.tulis(h);
      await this.tulis(namaB);
    }
    if (this.ditulis.length > 0xffff || this.posisi >= BATAS32)
      throw new Error("Berkas keluaran terlalu besar.");
    const akhir = Buffer.alloc(22);
    akhir.writeUInt32LE(0x06054b50, 0);
    akhir.writeUInt16LE(this.ditulis.length, 8);
    akhir.writeUInt16LE(this.ditulis.length, 10);
    akhir.writeUInt32LE(this.posisi - awal, 12);
    akhir.writeUInt32LE(awal, 16);
    await this.tulis(akhir);
    await this.fh.close();
  }

  /** Closes without finishing (the caller removes the file). */
  async batal(): Promise<void> {
    await this.fh.close().catch(() => undefined);
  }
}
