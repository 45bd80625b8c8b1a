import { pisahEkor, sisipkanAturan } from "../../src/xlsx/ekor-lembar";
import { NilaiXml, PembacaBaris, bacaTeksBersama, tambahDxf } from "../../src/xlsx/lembar-xml";
import { prioritasTertinggi, rentangGabung, rumusAturan } from "../../src/xlsx/ekor-baca";
import { GalatBatas } from "../../src/xlsx/batas";
import { crc32, crc32Tabel } from "../../src/xlsx/crc32";
import { GalatXml } from "../../src/xlsx/pemindai-xml";

const LEMBAR =
  '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  "<x:sheetData>" +
  '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[a<b & c]]></x:t></x:is></x:c>' +
  '<x:c r="D1" t="str"><x:f>"x"</x:f><x:v>&#x41;&amp;&lt;</x:v></x:c></x:row>' +
  "<!-- a comment with <c> inside -->" +
  '<x:row><x:c r="B2"><x:v>0</x:v></x:c><x:c r="C2" t="b"><x:v>0</x:v></x:c><x:c r="E2" s="3"/></x:row>' +
  '<x:row r="5" spans="1:3"><x:c r="A5" t="e"><x:v>#N/A</x:v></x:c><x:c r="C5"><x:v>1.5E-3</x:v></x:c></x:row>' +
  '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A7:C8"/></x:mergeCells><x:pageMargins left="0.7"/></x:worksheet>';

const HARAPAN: [number, NilaiXml[]][] = [
  [1, ["satu", "a<b & c", "", "A&<"]],
  [2, ["", 0, false]],
  [5, ["#N/A", "", 0.0015]],
];

function baca(potongan: string[]): [number, NilaiXml[]][] {
  const hasil: [number, NilaiXml[]][] = [];
  const p = new PembacaBaris(["satu"], (n, s) => hasil.push([n, [...s]]));
  for (const s of potongan) if (!p.selesai) p.pemindai.isi(s);
  return hasil;
}

async function* aliran(potongan: string[]) {
  yield* potongan;
}

describe("worksheet XML as a stream", () => {
  it("reads values by type, with a namespace prefix, CDATA, entities, rows and cells without r", () => {
    expect(baca([LEMBAR])).toEqual(HARAPAN);
  });

  it.each([1, 2, 7, 64])("reads the same when fed in chunks of %i characters", (n) => {
    const potongan = Array.from({ length: Math.ceil(LEMBAR.length / n) }, (_, i) =>
      LEMBAR.slice(i * n, i * n + n),
    );
    expect(baca(potongan)).toEqual(HARAPAN);
  });

  it("splits off the tail after sheetData, whatever the chunks", async () => {
    const potongan = LEMBAR.match(/[\s\S]{1,5}/g)!;
    const h = await pisahEkor(aliran(potongan));
    expect(h).toEqual({
      ekor: '<x:mergeCells count="1"><x:mergeCell ref="A7:C8"/></x:mergeCells><x:pageMargins left="0.7"/></x:worksheet>',
      awalan: "x:",
    });
    expect(rentangGabung(h!.ekor)).toEqual([{ c1: 1, r1: 7, c2: 3, r2: 8 }]);
  });
});

describe("rules inserted where the schema wants them", () => {
  const aturan = [{ sqref: "E2:E9", rumus: 'AND(E2<D2,N("IKU-Kinerja E2:E9")=0)', dxfId: 4, prioritas: 3 }];
  const cf =
    '<conditionalFormatting sqref="E2:E9"><cfRule type="expression" dxfId="4" priority="3">' +
    "<formula>AND(E2&lt;D2,N(&quot;IKU-Kinerja E2:E9&quot;)=0)</formula></cfRule></conditionalFormatting>";

  it.each([
    [
      "after merges and the user's rules, before validations",
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><conditionalFormatting sqref="A1"><cfRule type="cellIs" priority="2"><formula>1</formula></cfRule></conditionalFormatting><dataValidations count="0"/></worksheet>',
      "<dataValidations",
    ],
    [
      "before hyperlinks",
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><pageMargins/></worksheet>',
      "<hyperlinks",
    ],
    [
      "before pageMargins",
      '<phoneticPr fontId="1"/><pageMargins/><drawing r:id="rId2"/></worksheet>',
      "<pageMargins",
    ],
    ["before the sheet's end", "</worksheet>", "</worksheet>"],
  ])("%s", (_, ekor, sebelum) => {
    const hasil = sisipkanAturan(ekor, "", aturan);
    expect(hasil.indexOf(cf)).toBe(ekor.indexOf(sebelum));
    expect(hasil.replace(cf, "")).toBe(ekor);
  });

  it("uses the sheet's namespace prefix and finds markers and priorities again", () => {
    const hasil = sisipkanAturan("<x:pageMargins/></x:worksheet>", "x:", aturan);
    expect(hasil.startsWith('<x:conditionalFormatting sqref="E2:E9"><x:cfRule')).toBe(true);
    expect(rumusAturan(hasil)).toEqual([aturan[0].rumus]);
    expect(prioritasTertinggi(hasil)).toBe(3);
  });
});

describe("differential formats in styles.xml", () => {
  const dxf = [{ font: "FF9C0006", isi: "FFFFC7CE" }];
  it.each([
    [
      '<styleSheet><cellXfs count="1"/><dxfs count="2"><dxf><font/></dxf><dxf/></dxfs><tableStyles count="0"/></styleSheet>',
      2,
      '<dxfs count="3"><dxf><font/></dxf><dxf/><dxf>',
    ],
    [
      '<styleSheet><cellXfs count="1"/><dxfs count="0"/><tableStyles count="0"/></styleSheet>',
      0,
      '<cellXfs count="1"/><dxfs count="1"><dxf>',
    ],
    [
      '<styleSheet><cellXfs count="1"/><tableStyles count="0"/></styleSheet>',
      0,
      '<cellXfs count="1"/><dxfs count="1"><dxf>',
    ],
    ["<styleSheet><cellXfs/></styleSheet>", 0, '<cellXfs/><dxfs count="1"><dxf>'],
  ])("appends to %s", (gaya, idAwal, memuat) => {
    const h = tambahDxf(gaya, dxf);
    expect(h.idAwal).toBe(idAwal);
    expect(h.xml).toContain(memuat);
    expect(h.xml).toContain('<font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid">');
    expect(h.xml.match(/<dxfs/g)).toHaveLength(1);
  });
});

describe("CRC-32", () => {
  it.each([
    ["", 0],
    ["123456789", 0xcbf43926],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("of %j, by table and by zlib, also in two pieces", (s, harapan) => {
    const b = Buffer.from(s);
    const h = Math.floor(b.length / 2);
    expect([crc32Tabel(b), crc32(b), crc32Tabel(b.subarray(h), crc32Tabel(b.subarray(0, h)))]).toEqual([
      harapan,
      harapan,
      harapan,
    ]);
  });
});

describe("parts built to exhaust memory", () => {
  it.each([
    ["a tag that never ends", '<sheetData><row r="1"><c r="A1" x="', "a"],
    ["a cell value without end", '<sheetData><row r="1"><c r="A1"><v>', "1"],
  ])("refuses %s instead of buffering it", (_, awal, isi) => {
    const p = new PembacaBaris([], () => undefined);
    p.pemindai.isi(awal);
    const potongan = isi.repeat(1 << 20);
    expect(() => {
      for (let i = 0; i < 20; i++) p.pemindai.isi(potongan);
    }).toThrow(GalatXml);
  });
});

describe("limits from the format", () => {
  const bacaSatu = (xml: string) => {
    const hasil: [number, NilaiXml[]][] = [];
    const p = new PembacaBaris(["teks"], (n, s) => hasil.push([n, [...s]]));
    p.pemindai.isi(`<sheetData>${xml}</sheetData>`);
    return hasil;
  };

  it.each([
    ["a column past XFD", '<row r="7"><c r="XFE7"><v>1</v></c></row>', "XFE7"],
    ["a column far past XFD", '<row r="6"><c r="ZZZZZZZ6"><v>1</v></c></row>', "ZZZZZZZ6"],
    ["a row past 1,048,576", '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "1048577"],
    ["a cell past the last row", '<row r="5"><c r="A1048577"><v>1</v></c></row>', "A1048577"],
  ])("refuses %s, naming it, without padding the row", (_, xml, nama) => {
    expect(() => bacaSatu(xml)).toThrow(GalatBatas);
    expect(() => bacaSatu(xml)).toThrow(nama);
  });

  it("reads the last cell of the grid", () => {
    const [[nomor, sel]] = bacaSatu('<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>');
    expect([nomor, sel.length, sel[16383]]).toEqual([1048576, 16384, 2]);
  });

  it.each([
    ["0x10", "0x10"],
    ["Infinity", "Infinity"],
    ["INF", "INF"],
    ["NaN", "NaN"],
    ["1e999", "1e999"],
    [" 1.5E-3 ", 0.0015],
    ["-.5", -0.5],
    ["+7.", 7],
  ])("reads <v>%s</v> as xsd:double does: %p", (v, harapan) => {
    expect(bacaSatu(`<row r="1"><c r="A1"><v>${v}</v></c></row>`)[0][1][0]).toBe(harapan);
  });

  it("does not read a hex shared-string index", () => {
    expect(
      bacaSatu('<row r="1"><c r="A1" t="s"><v>0x0</v></c><c r="B1" t="s"><v>0</v></c></row>')[0][1],
    ).toEqual(["", "teks"]);
  });

  it("refuses more shared strings than the file's size can hold", async () => {
    const bom = async function* () {
      yield "<sst>";
      for (let i = 0; i < 20; i++) yield "<si/>".repeat(1000);
      yield "</sst>";
    };
    await expect(bacaTeksBersama(bom(), 19_999)).rejects.toThrow(GalatBatas);
    await expect(bacaTeksBersama(bom(), 20_000)).resolves.toHaveLength(20_000);
  });

  it("refuses merges that overlap or leave the grid", () => {
    expect(rentangGabung('<mergeCell ref="A1:B2"/><mergeCell ref="C1:D2"/>')).toHaveLength(2);
    expect(() => rentangGabung('<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>')).toThrow(GalatBatas);
    expect(() => rentangGabung('<mergeCell ref="A1:XFE2"/>')).toThrow(GalatBatas);
    expect(() => rentangGabung('<mergeCell ref="A1:B2"/><mergeCell ref="C1:D2"/>', 1)).toThrow(GalatBatas);
  });
});
