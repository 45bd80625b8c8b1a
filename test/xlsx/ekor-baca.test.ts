import { GalatBatas } from "../../src/xlsx/batas";
import { aturanAda, prioritasTertinggi, rentangGabung, uraiEkor } from "../../src/xlsx/ekor-baca";

describe("a sheet's tail read with the scanner", () => {
  it("takes merges and rules only from elements, not from comments or CDATA text", () => {
    const ekor =
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><!-- <mergeCell ref="D1:E9"/> --><mergeCell ref="$C$4:C5"/></mergeCells>' +
      '<conditionalFormatting sqref="E2:E9"><cfRule type="expression" dxfId="0" priority="7">' +
      "<formula>AND(E2&lt;D2,1)</formula></cfRule><!-- <formula>X</formula> --></conditionalFormatting>" +
      '<extLst><ext><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="expression" priority="9">' +
      "<xm:f>A1&gt;0</xm:f></x14:cfRule><xm:sqref>F1:F4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>" +
      '<pageMargins/><![CDATA[<mergeCell ref="H1:H2"/><cfRule priority="99">]]></worksheet>';
    expect(uraiEkor(ekor)).toEqual({
      gabung: [
        { c1: 1, r1: 1, c2: 2, r2: 2 },
        { c1: 3, r1: 4, c2: 3, r2: 5 },
      ],
      aturan: [
        { alamat: "E2:E9", rumus: "AND(E2<D2,1)" },
        { alamat: "F1:F4", rumus: "A1>0" },
      ],
      prioritas: 9,
    });
  });

  it("reads a prefixed sheet the same way", () => {
    const ekor =
      '<x:mergeCells><x:mergeCell ref="A7:C8"/></x:mergeCells><x:conditionalFormatting sqref="B2">' +
      '<x:cfRule type="expression" priority="2"><x:formula>B2&gt;1</x:formula></x:cfRule></x:conditionalFormatting></x:worksheet>';
    expect(rentangGabung(ekor)).toEqual([{ c1: 1, r1: 7, c2: 3, r2: 8 }]);
    expect(aturanAda(ekor)).toEqual([{ alamat: "B2", rumus: "B2>1" }]);
    expect(prioritasTertinggi(ekor)).toBe(2);
  });

  it.each([
    ['<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>', Infinity],
    ['<mergeCell ref="A1:XFE2"/>', Infinity],
    ['<mergeCell ref="A1:B2"/><mergeCell ref="C1:D2"/>', 1],
  ])("refuses merges %s past the limits (at most %d)", (ekor, batas) => {
    expect(() => rentangGabung(ekor, batas)).toThrow(GalatBatas);
  });
});
