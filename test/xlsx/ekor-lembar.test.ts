import { SaxesParser } from "saxes";
import { gantiEkor, pisahEkor, sisipkanAturan } from "../../src/xlsx/ekor-lembar";
import { GalatXml } from "../../src/xlsx/pemindai-xml";

async function* aliran(potongan: string[]) {
  yield* potongan;
}

const semua = async (a: AsyncIterable<string>) => {
  let s = "";
  for await (const x of a) s += x;
  return s;
};

/** The element path of every conditionalFormatting in a document, by a real parser. */
function letakAturan(xml: string): string[] {
  const p = new SaxesParser({ xmlns: false });
  const jalur: string[] = [];
  const hasil: string[] = [];
  p.on("opentag", (t) => {
    jalur.push(t.name);
    if (t.name.endsWith("conditionalFormatting")) hasil.push(jalur.join("/"));
  });
  p.on("closetag", () => jalur.pop());
  p.write(xml).close();
  return hasil;
}

const ATURAN = [{ sqref: "C2:C3", rumus: "C2<B2", dxfId: 0, prioritas: 1 }];
const PALSU =
  '<?xml version="1.0"?><worksheet xmlns="urn:main"><sheetData>' +
  '<row r="1"><c r="A1"><v>1</v></c></row><!-- </sheetData> -->' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[x </sheetData> <pageMargins/> y]]></t></is></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>😀 &lt;/sheetData&gt;</t></is></c></row>' +
  '</sheetData><!-- <pageMargins/> --><pageMargins left="0.7"/></worksheet>';

describe("the end of sheetData, found by parsing", () => {
  it.each([1, 3, 17, 4096])(
    "is not fooled by </sheetData> in a comment, CDATA or text (chunks of %i)",
    async (n) => {
      const potongan = PALSU.match(new RegExp(`[\\s\\S]{1,${n}}`, "gu"))!;
      const xml = await semua(
        gantiEkor(aliran(potongan), (ekor, awalan, akar) => sisipkanAturan(ekor, awalan, ATURAN, akar)),
      );
      expect(letakAturan(xml)).toEqual(["worksheet/conditionalFormatting"]);
      expect(xml.indexOf("<conditionalFormatting")).toBe(PALSU.indexOf('<pageMargins left="0.7"/>'));
      expect(xml.replace(/<conditionalFormatting[\s\S]*<\/conditionalFormatting>/, "")).toBe(PALSU);
    },
  );

  it("keeps the root's prefix and splits the tail off exactly", async () => {
    const xml = '<x:worksheet xmlns:x="urn:m"><x:sheetData/><x:pageMargins/></x:worksheet>';
    expect(await pisahEkor(aliran([xml]))).toEqual({
      ekor: "<x:pageMargins/></x:worksheet>",
      awalan: "x:",
    });
  });

  it("leaves a sheet without sheetData as it is", async () => {
    const xml = '<worksheet xmlns="urn:m"><dimension ref="A1"/></worksheet>';
    expect(await semua(gantiEkor(aliran([xml]), () => "X"))).toBe(xml);
  });

  it("refuses to patch a sheet that is not well-formed XML", async () => {
    const xml = "<worksheet><sheetData></row></sheetData></worksheet>";
    await expect(semua(gantiEkor(aliran([xml]), (e) => e))).rejects.toThrow(GalatXml);
  });

  it.each([1, 5, 4096])("splits the tail for reading past the same traps (chunks of %i)", async (n) => {
    const potongan = PALSU.match(new RegExp(`[\\s\\S]{1,${n}}`, "gu"))!;
    expect(await pisahEkor(aliran(potongan))).toEqual({
      ekor: '<!-- <pageMargins/> --><pageMargins left="0.7"/></worksheet>',
      awalan: "",
    });
  });

  it("puts the rules before the first later element, past comments and CDATA in the tail", () => {
    const ekor =
      '<!-- <hyperlinks/> --><mergeCells><mergeCell ref="A1:B1"/></mergeCells><headerFooter><oddHeader><![CDATA[<pageMargins/>]]></oddHeader></headerFooter></worksheet>';
    const hasil = sisipkanAturan(ekor, "", ATURAN);
    expect(hasil.indexOf("<conditionalFormatting")).toBe(ekor.indexOf("<headerFooter>"));
  });
});
