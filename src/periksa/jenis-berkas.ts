/** Tells what an input file really is before reading it as a workbook. */
import { GalatBukanBerkas, GalatZip, ZipBaca, bukaBiasa } from "../xlsx/zip-baca";
import { GalatBerkas } from "./pesan-berkas";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * The stream names in an OLE compound file's directory. Directory entries are 128 bytes, aligned
 * within sectors; each starts with its UTF-16 name and has the name's byte length at 0x40 and
 * the entry type (1 storage, 2 stream, 5 root) at 0x42. Scanned, not walked: enough to tell an
 * encrypted workbook from an old .xls.
 */
async function namaAliranOle(path: string): Promise<Set<string>> {
  const fh = await bukaBiasa(path);
  const nama = new Set<string>();
  try {
    const b = Buffer.alloc(1 << 20);
    for (let pos = 0; ; pos += b.length) {
      const { bytesRead } = await fh.read(b, 0, b.length, pos);
      for (let o = 0; o + 128 <= bytesRead; o += 128) {
        const n = b.readUInt16LE(o + 0x40);
        const jenis = b[o + 0x42];
        if (n < 4 || n > 64 || n % 2 !== 0 || (jenis !== 1 && jenis !== 2 && jenis !== 5)) continue;
        if (b.readUInt16LE(o + n - 2) !== 0) continue;
        const s = b.toString("utf16le", o, o + n - 2);
        // Printable names only; "\u0005SummaryInformation" and binary noise are not needed.
        if (/^[ -~]+$/.test(s)) nama.add(s);
      }
      if (bytesRead < b.length) break;
    }
  } finally {
    await fh.close();
  }
  return nama;
}

/** Opens an .xlsx as a zip, or throws GalatBerkas naming what the file is instead. */
export async function bukaXlsx(path: string): Promise<ZipBaca> {
  let fh;
  try {
    fh = await bukaBiasa(path);
  } catch (e) {
    throw e instanceof GalatBukanBerkas ? new GalatBerkas("bukan-berkas") : e;
  }
  const kepala = Buffer.alloc(8);
  try {
    await fh.read(kepala, 0, 8, 0);
  } finally {
    await fh.close();
  }
  if (kepala.equals(OLE)) {
    const aliran = await namaAliranOle(path);
    if (aliran.has("EncryptedPackage") || aliran.has("EncryptionInfo")) throw new GalatBerkas("sandi");
    if (aliran.has("Workbook") || aliran.has("Book")) throw new GalatBerkas("xls");
    throw new GalatBerkas("bukan-excel");
  }
  if (kepala.readUInt16LE(0) !== 0x4b50) throw new GalatBerkas("bukan-excel");
  let zip: ZipBaca;
  try {
    zip = await ZipBaca.buka(path);
  } catch (e) {
    if (e instanceof GalatZip)
      throw new GalatBerkas(e.jenis === "bukan-zip" ? "bukan-excel" : "rusak", e.rincian);
    throw e;
  }
  try {
    const mime = zip.cari("mimetype");
    if (mime && (await zip.teksUtuh(mime)).trim().startsWith("application/vnd.oasis.opendocument"))
      throw new GalatBerkas(/spreadsheet/.test(await zip.teksUtuh(mime)) ? "ods" : "bukan-excel");
    if (zip.cari("xl/workbook.bin")) throw new GalatBerkas("xlsb");
    return zip;
  } catch (e) {
    await zip.tutup();
    throw e;
  }
}
