/**
 * Crafted hostile workbooks (issue 17), generated on demand so no bomb is committed: each one is a
 * valid zip around XML built to exhaust memory, time or trust. Used by the unit tests (small
 * sizes), the e2e suite and `npm run bench` (the attack's full size).
 */
import { ZipTulis } from "../../src/xlsx/zip-tulis";
import { bukuMentah } from "./buat-buku";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const BLOK = 1 << 16;

/** The header row and two data rows every crafted file carries, so a fixed reader finds a table. */
export const TABEL =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>10</v></c><c r="C2"><v>8</v></c></row>' +
  '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>10</v></c><c r="C3"><v>12</v></c></row>';
export const TEKS_TABEL = ["Indikator", "Target", "Realisasi", "Satu", "Dua"];

const lembarUtuh = (sheetData: string, ekor = "") =>
  `${XML}<worksheet ${NS}><sheetData>${sheetData}</sheetData>${ekor}` +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** A cell addressed past Excel's last column or row (`ZZZZZZZ6`, `XFE7`, `A1048577`). */
export async function bukuSelLuar(path: string, ref: string): Promise<void> {
  const r = /\d+$/.exec(ref)![0];
  await bukuMentah(path, { IKU: `${TABEL}<row r="${r}"><c r="${ref}"><v>1</v></c></row>` }, TEKS_TABEL);
}

/** `<si/>` × n after the table's strings, deflated as it streams (n = 214 million is 1 GiB inflated). */
export async function bukuBomTeks(path: string, n: number): Promise<void> {
  await bukuDenganBagian(path, "xl/sharedStrings.xml", async function* () {
    yield `${XML}<sst ${NS}>${TEKS_TABEL.map((t) => `<si><t>${t}</t></si>`).join("")}`;
    const blok = "<si/>".repeat(BLOK);
    for (let i = 0; i < n; i += BLOK) yield i + BLOK <= n ? blok : "<si/>".repeat(n - i);
    yield "</sst>";
  });
}

/**
 * Honest but heavy: `n` distinct shared strings of `panjang` characters (n × panjang characters
 * in memory), compressed to almost nothing because each repeats one letter.
 */
export async function bukuTeksPanjang(path: string, n: number, panjang: number): Promise<void> {
  await bukuDenganBagian(path, "xl/sharedStrings.xml", async function* () {
    yield `${XML}<sst ${NS}>${TEKS_TABEL.map((t) => `<si><t>${t}</t></si>`).join("")}`;
    const isi = "a".repeat(panjang);
    for (let i = 0; i < n; i++) yield `<si><t>${i} ${isi}</t></si>`;
    yield "</sst>";
  });
}

/** The table with `n` merges after it, each over the whole table (overlapping, as no Excel writes). */
export async function bukuGabung(path: string, n: number, baris = 1000): Promise<void> {
  await bukuDenganBagian(path, "xl/worksheets/sheet1.xml", async function* () {
    yield `${XML}<worksheet ${NS}><sheetData>${TABEL}`;
    for (let r = 4; r <= baris; r++) yield `<row r="${r}"><c r="D${r}"><v>${r}</v></c></row>`;
    yield `</sheetData><mergeCells count="${n}">`;
    const blok = '<mergeCell ref="D4:E1048576"/>'.repeat(1024);
    for (let i = 0; i < n; i += 1024) yield blok;
    yield '</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  });
}

/** The table's workbook with one part replaced by a generated stream. */
async function bukuDenganBagian(
  path: string,
  bagian: string,
  isi: () => AsyncGenerator<string>,
): Promise<void> {
  const kerangka = `${path}.kerangka.xlsx`;
  await bukuMentah(kerangka, { IKU: TABEL }, TEKS_TABEL);
  const { ZipBaca } = await import("../../src/xlsx/zip-baca");
  const sumber = await ZipBaca.buka(kerangka);
  const zt = await ZipTulis.buat(path);
  try {
    for (const e of sumber.entri) {
      if (e.nama === bagian) await zt.tambah(e.nama, isi());
      else await zt.salin(sumber, e);
    }
    await zt.selesai();
  } finally {
    await sumber.tutup();
    const { unlinkSync } = await import("node:fs");
    unlinkSync(kerangka);
  }
}

/** A sheet whose `</sheetData>` also appears inside a comment and a CDATA text before the real one. */
export async function bukuAkhirPalsu(path: string): Promise<void> {
  const data = TABEL.replace('<row r="2">', '<!-- </sheetData> --><row r="2">').replace(
    '<c r="A3" t="s"><v>4</v></c>',
    '<c r="A3" t="inlineStr"><is><t><![CDATA[Dua </sheetData> ]]></t></is></c>',
  );
  await bukuMentah(path, { IKU: lembarUtuh(data) }, TEKS_TABEL);
}

/** The sheet part written in UTF-16 (little endian, with its BOM), as its declaration says. */
export async function bukuUtf16(path: string): Promise<void> {
  const teks = lembarUtuh(TABEL).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  await bukuMentah(path, { IKU: "" }, TEKS_TABEL, {}, ["xl/worksheets/sheet1.xml"]);
  await tambahEntri(
    path,
    "xl/worksheets/sheet1.xml",
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(teks, "utf16le")]),
  );
}

/** Two entries named xl/worksheets/sheet1.xml: an empty sheet first, the table second. */
export async function bukuEntriKembar(path: string): Promise<void> {
  await bukuMentah(path, { IKU: "" }, TEKS_TABEL);
  await tambahEntri(path, "xl/worksheets/sheet1.xml", Buffer.from(lembarUtuh(TABEL)));
}

/** Values OOXML does not call numbers (xsd:double): hex, Infinity, and a target written as `0x10`. */
export async function bukuAngkaAsing(path: string): Promise<void> {
  const data = TABEL.replace('<v>10</v></c><c r="C2"><v>8</v>', '<v>0x10</v></c><c r="C2"><v>Infinity</v>');
  await bukuMentah(path, { IKU: data }, TEKS_TABEL);
}

/** `n` <sheet> entries in workbook.xml, every one pointing at the one sheet part. */
export async function bukuLembarKembar(path: string, n: number): Promise<void> {
  const { REL } = { REL: "http://schemas.openxmlformats.org/officeDocument/2006/relationships" };
  const wb =
    `${XML}<workbook ${NS} xmlns:r="${REL}"><sheets>` +
    Array.from({ length: n }, (_, i) => `<sheet name="IKU ${i + 1}" sheetId="${i + 1}" r:id="rId1"/>`).join(
      "",
    ) +
    "</sheets></workbook>";
  await bukuMentah(path, { IKU: TABEL }, TEKS_TABEL, { "xl/workbook.xml": wb });
}

/** Appends a stored entry (another one of the same name is allowed in a zip, not in a package). */
async function tambahEntri(path: string, nama: string, isi: Buffer): Promise<void> {
  const { readFileSync, writeFileSync } = await import("node:fs");
  const { crc32 } = await import("../../src/xlsx/crc32");
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const jumlah = zip.readUInt16LE(eocd + 10);
  const ukuranPusat = zip.readUInt32LE(eocd + 12);
  const awalPusat = zip.readUInt32LE(eocd + 16);
  const namaB = Buffer.from(nama);
  const crc = crc32(isi, 0) >>> 0;
  const lokal = Buffer.alloc(30);
  lokal.writeUInt32LE(0x04034b50, 0);
  lokal.writeUInt16LE(20, 4);
  lokal.writeUInt32LE(crc, 14);
  lokal.writeUInt32LE(isi.length, 18);
  lokal.writeUInt32LE(isi.length, 22);
  lokal.writeUInt16LE(namaB.length, 26);
  const pusat = Buffer.alloc(46);
  pusat.writeUInt32LE(0x02014b50, 0);
  pusat.writeUInt16LE(20, 4);
  pusat.writeUInt16LE(20, 6);
  pusat.writeUInt32LE(crc, 16);
  pusat.writeUInt32LE(isi.length, 20);
  pusat.writeUInt32LE(isi.length, 24);
  pusat.writeUInt16LE(namaB.length, 28);
  pusat.writeUInt32LE(awalPusat, 42);
  const ekor = Buffer.from(zip.subarray(eocd));
  ekor.writeUInt16LE(jumlah + 1, 8);
  ekor.writeUInt16LE(jumlah + 1, 10);
  ekor.writeUInt32LE(ukuranPusat + 46 + namaB.length, 12);
  ekor.writeUInt32LE(awalPusat + 30 + namaB.length + isi.length, 16);
  writeFileSync(
    path,
    Buffer.concat([
      zip.subarray(0, awalPusat),
      lokal,
      namaB,
      isi,
      zip.subarray(awalPusat, awalPusat + ukuranPusat),
      pusat,
      namaB,
      ekor,
    ]),
  );
}
