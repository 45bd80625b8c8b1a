/** Every unreadable file is named by its cause, in Indonesian, never in a library's words. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periksa } from "../../src/periksa";
import { bacaRingkasan, bukuMentah, tulisBuku } from "./buat-buku";

/** A compound file (OLE) whose directory names the given streams: what Office writes for .xls and encrypted files. */
function berkasOle(aliran: string[]): Buffer {
  const kepala = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(kepala);
  const direktori = Buffer.alloc(512);
  ["Root Entry", ...aliran].forEach((nama, i) => {
    const o = i * 128;
    direktori.write(nama, o, "utf16le");
    direktori.writeUInt16LE((nama.length + 1) * 2, o + 0x40);
    direktori[o + 0x42] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([kepala, direktori, Buffer.alloc(1024, 0x5a)]);
}

const SIMPAN = "Buka di Excel, File › Simpan Sebagai › Buku Kerja Excel (.xlsx)";

describe("messages for files that cannot be read", () => {
  const d = mkdtempSync(join(tmpdir(), "periksa-pesan-"));
  let baris: Record<string, string>[] = [];
  const pesan: string[] = [];

  beforeAll(async () => {
    writeFileSync(join(d, "teks.xlsx"), "ini catatan, bukan buku kerja");
    writeFileSync(join(d, "kosong.xlsx"), "");
    writeFileSync(join(d, "sandi.xlsx"), berkasOle(["EncryptionInfo", "EncryptedPackage"]));
    writeFileSync(join(d, "lama.xls"), berkasOle(["Workbook", "\u0005SummaryInformation"]));
    writeFileSync(join(d, "kuno.xls"), berkasOle(["Book"]));
    await bukuMentah(join(d, "utuh.xlsx"), { IKU: '<row r="1"><c r="A1"><v>1</v></c></row>' });
    const utuh = readFileSync(join(d, "utuh.xlsx"));
    writeFileSync(join(d, "terpotong.xlsx"), utuh.subarray(0, Math.floor(utuh.length * 0.6)));
    // Damage the sheet's compressed bytes: the directory is intact, the entry is not.
    const rusak = Buffer.from(utuh);
    const i = rusak.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    for (let k = 4; k < 12; k++) rusak[i + k] ^= 0xff;
    writeFileSync(join(d, "entri-rusak.xlsx"), rusak);
    const { ZipTulis } = await import("../../src/xlsx/zip-tulis");
    const ods = await ZipTulis.buat(join(d, "kalk.ods"));
    await ods.tambah("mimetype", ["application/vnd.oasis.opendocument.spreadsheet"]);
    await ods.tambah("content.xml", ["<office:document-content/>"]);
    await ods.selesai();
    const tanpa = await ZipTulis.buat(join(d, "tanpa-buku.xlsx"));
    await tanpa.tambah("[Content_Types].xml", ["<Types/>"]);
    await tanpa.selesai();
    const docx = await ZipTulis.buat(join(d, "dokumen.xlsx"));
    await docx.tambah("_rels/.rels", [
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ]);
    await docx.tambah("word/document.xml", ['<w:document xmlns:w="urn:w"><w:body/></w:document>']);
    await docx.selesai();
    await tulisBuku(join(d, "baik.xlsx"), {
      IKU: [
        ["Indikator", "Target", "Realisasi"],
        ["A", 1, 2],
      ],
    });
    const berkas = [
      "teks.xlsx",
      "kosong.xlsx",
      "sandi.xlsx",
      "lama.xls",
      "kuno.xls",
      "terpotong.xlsx",
      "entri-rusak.xlsx",
      "kalk.ods",
      "tanpa-buku.xlsx",
      "dokumen.xlsx",
      "hilang.xlsx",
      "baik.xlsx",
    ].map((f) => join(d, f));
    await periksa(berkas, join(d, "keluar"), (p) => pesan.push(p));
    baris = bacaRingkasan(readFileSync(join(d, "keluar", "ringkasan.csv"), "utf8"));
  });

  it.each([
    ["teks.xlsx", /^Bukan buku kerja Excel \(\.xlsx\)/],
    ["kosong.xlsx", /^Bukan buku kerja Excel \(\.xlsx\)/],
    ["sandi.xlsx", /^Berkas dilindungi kata sandi\./],
    ["lama.xls", /^Berkas Excel lama \(\.xls\)\. Buka di Excel/],
    ["kuno.xls", /^Berkas Excel lama \(\.xls\)\. Buka di Excel/],
    ["terpotong.xlsx", /^Berkas rusak atau terpotong/],
    ["entri-rusak.xlsx", /^Berkas rusak atau terpotong/],
    ["kalk.ods", /^Berkas OpenDocument \(\.ods\)\. Buka di Excel/],
    ["tanpa-buku.xlsx", /^Berkas rusak atau terpotong/],
    ["dokumen.xlsx", /^Bukan buku kerja Excel \(\.xlsx\)/],
    ["hilang.xlsx", /^Berkas tidak ditemukan\./],
  ])("%s: %s", (berkas, harapan) => {
    const b = baris.find((r) => r.Berkas === berkas)!;
    expect([b.Status, b.Keterangan]).toEqual(["Berkas tidak terbaca", expect.stringMatching(harapan)]);
    expect(pesan).toContain(`${berkas}: tidak dapat dibaca. ${b.Keterangan}`);
  });

  it("says how to save an old or OpenDocument file as .xlsx", () => {
    for (const f of ["lama.xls", "kalk.ods"])
      expect(baris.find((r) => r.Berkas === f)!.Keterangan).toContain(SIMPAN);
  });

  it("never shows a library's words", () => {
    const semua = baris.map((r) => r.Keterangan).join("\n") + pesan.join("\n");
    expect(semua).not.toMatch(/https?:|www\.|Cannot|undefined|Error|invalid|zip|end of/i);
  });

  it("still checks the readable file", () => {
    expect(baris.filter((r) => r.Berkas === "baik.xlsx").map((r) => r.Status)).toEqual(["Tercapai"]);
  });
});
