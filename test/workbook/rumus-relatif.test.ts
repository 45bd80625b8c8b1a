import { geserRumus, kunciRelatif } from "../../src/workbook/rumus-relatif";

describe("geserRumus", () => {
  it.each([
    ["=B2*$C$1", 0, 3, "=B5*$C$1"],
    ["=SUM(D6:D15)", 2, 1, "=SUM(F7:F16)"],
    ["=$A2+A$2", 1, 1, "=$A3+B$2"],
    ["='IKU (2)'!D6/IKU!E6", 0, 4, "='IKU (2)'!D10/IKU!E10"],
    ['=IF(D6="",A1,"D6 tetap")', 1, 0, '=IF(E6="",B1,"D6 tetap")'],
    ['=IF(D6="say ""A1""",1,2)', 0, 1, '=IF(D7="say ""A1""",1,2)'],
    ["=LOG10(A1)+ATAN2(B1,C1)", 0, 1, "=LOG10(A2)+ATAN2(B2,C2)"],
    ["=A1*1E5+2.5", 0, 1, "=A2*1E5+2.5"],
    [
      '=LOOKUP(ROUND(K6,4),{0,0.5},{"Rendah","Tinggi"})',
      0,
      2,
      '=LOOKUP(ROUND(K8,4),{0,0.5},{"Rendah","Tinggi"})',
    ],
    // Whole columns, as the Renstra checks use them: rows never move them, columns move the relative ones.
    ['=SUMIF(A:A,$A6&".????",H:H)-N(H6)', 0, 3, '=SUMIF(A:A,$A9&".????",H:H)-N(H9)'],
    ["=SUMIF($A:$A,A6,H:H)", 2, 0, "=SUMIF($A:$A,C6,J:J)"],
    ["=MATCH(LEFT(A6,2),A:A,0)", 0, 1, "=MATCH(LEFT(A7,2),A:A,0)"],
    ["=SUM(A:A)", -1, 0, "=SUM(#REF!:#REF!)"],
    ["=A1", -1, 0, "=#REF!"],
    ["=XFD1", 1, 0, "=#REF!"],
  ])("moves %s by (%i, %i) to %s", (rumus, dk, db, hasil) => {
    expect(geserRumus(rumus, dk, db)).toBe(hasil);
  });

  it.each([
    "=SUM(D:5)",
    "=SUM(5:5)",
    "=SUM(D:E5)",
    "=LEN(A:B(1))",
    "=Tabel1[Kolom]",
    "=[Buku.xlsx]Lembar!A1",
    '="open',
  ])("refuses a reference shape it does not handle: %s", (rumus) => {
    expect(geserRumus(rumus, 0, 1)).toBeNull();
    expect(kunciRelatif(rumus, 1, 1)).toBeNull();
  });
});

describe("kunciRelatif", () => {
  it("is the same down a column of checks over whole columns", () => {
    expect(kunciRelatif('=COUNTIF(A:A,A6&".????")', 17, 6)).toBe(
      kunciRelatif('=COUNTIF(A:A,A7&".????")', 17, 7),
    );
    expect(kunciRelatif("=SUM(A:A)", 2, 6)).not.toBe(kunciRelatif("=SUM(B:B)", 2, 7));
  });

  it("is the same for a formula and its copy one row down", () => {
    expect(kunciRelatif("=B2*$C$1", 4, 2)).toBe(kunciRelatif("=B3*$C$1", 4, 3));
  });

  it("differs when an anchored part would have moved", () => {
    expect(kunciRelatif("=B2*$C$1", 4, 2)).not.toBe(kunciRelatif("=B3*$C$2", 4, 3));
  });

  it("differs when a literal differs", () => {
    expect(kunciRelatif('=IF(A1="positif",1,2)', 2, 1)).not.toBe(kunciRelatif('=IF(A2="negatif",1,2)', 2, 2));
  });

  it("does not confuse a literal brace with an offset", () => {
    expect(kunciRelatif('="{0,0}"&A1', 1, 1)).not.toBe(kunciRelatif('="{0,0}"&A2', 1, 1));
  });
});
