import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GalatZip, Pengodean, ZipBaca, kodekan, pengodeanXml } from "../../src/xlsx/zip-baca";
import { ZipTulis } from "../../src/xlsx/zip-tulis";

const XML = '<?xml version="1.0" encoding="UTF-16"?><a>Ü 😀</a>';

describe("a part's text by its declared encoding", () => {
  it.each([
    ["UTF-8 without a declaration", Buffer.from("<a/>"), "utf8"],
    ["UTF-8 with a BOM", Buffer.from('\uFEFF<?xml version="1.0" encoding="utf-8"?><a/>'), "utf8"],
    [
      "UTF-16LE with a BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(XML, "utf16le")]),
      "utf16le",
    ],
    ["UTF-16LE without one", Buffer.from(XML, "utf16le"), "utf16le"],
    ["UTF-16BE", Buffer.from(XML, "utf16le").swap16(), "utf16be"],
    ["ISO-8859-1", Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'), "latin1"],
  ])("tells %s", (_, awal, harapan) => {
    expect(pengodeanXml(awal)).toBe(harapan);
  });

  it("refuses an encoding it cannot read back, or one its bytes contradict", () => {
    expect(() => pengodeanXml(Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><a/>'))).toThrow(
      GalatZip,
    );
    expect(() => pengodeanXml(Buffer.from(XML))).toThrow(GalatZip);
  });

  it.each(["utf16le", "utf16be", "utf8"] as const)(
    "reads a %s part in any chunking and writes it back",
    async (p) => {
      const d = mkdtempSync(join(tmpdir(), "zip-baca-"));
      const deklarasi = p === "utf8" ? XML.replace("UTF-16", "UTF-8") : XML;
      // Long enough that the decoder meets chunk boundaries inside characters.
      const teks = deklarasi.replace("Ü", "Ü".repeat(30000));
      const zt = await ZipTulis.buat(join(d, "a.zip"));
      await zt.tambah("a.xml", [kodekan(teks, p)]);
      await zt.selesai();
      const zip = await ZipBaca.buka(join(d, "a.zip"));
      try {
        const info: { pengodean?: Pengodean } = {};
        let hasil = "";
        for await (const s of zip.teks(zip.cari("A.XML")!, info)) hasil += s;
        expect([hasil, info.pengodean]).toEqual([teks, p]);
      } finally {
        await zip.tutup();
      }
    },
  );
});

describe("entries", () => {
  it("refuses two entries of one name (case ignored, as package part names are)", async () => {
    const d = mkdtempSync(join(tmpdir(), "zip-baca-"));
    const zt = await ZipTulis.buat(join(d, "a.zip"));
    await zt.tambah("xl/worksheets/sheet1.xml", ["<a/>"]);
    await zt.tambah("xl/worksheets/Sheet1.xml", ["<b/>"]);
    await zt.selesai();
    await expect(ZipBaca.buka(join(d, "a.zip"))).rejects.toThrow("dua entri");
  });
});
