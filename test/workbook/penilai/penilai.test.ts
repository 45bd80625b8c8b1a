// The test evaluator against results Excel documents or shows; each row is one formula.
import { BukuUji } from "./buku";
import { KOSONG_SEL, Skalar, tampil } from "./nilai";

function buku(): BukuUji {
  const b = new BukuUji();
  // A1 blank, A2 text, A3 number, A4 a formula giving "", A5 " ", A6 TRUE, A7 "45", A8 #N/A.
  b.tulis("Lembar 1", "A2", "Teks");
  b.tulis("Lembar 1", "A3", 7);
  b.tulis("Lembar 1", "A4", { rumus: '=IF(1,"")' });
  b.tulis("Lembar 1", "A5", " ");
  b.tulis("Lembar 1", "A6", true);
  b.tulis("Lembar 1", "A7", "45");
  b.tulis("Lembar 1", "A8", { rumus: "=NA()" });
  b.tulis("Data", "B2", 3);
  b.tulis("Data", "C2", 4);
  return b;
}

const hitung = (rumus: string): string => tampil(buku().hitung(rumus, "Lembar 1"));

describe("the test evaluator gives Excel's results", () => {
  it.each<[string, Skalar]>([
    ["=ROUND(2.5,0)", 3],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(2.675,2)", 2.68],
    ["=ROUND(0.99995,4)", 1],
    ["=ROUND(0.99994,4)", 0.9999],
    ["=ROUND(1234.5,-2)", 1200],
    ['="A"="a"', true],
    ['="abc"<"ABD"', true],
    ['="45"=45', false],
    ['=1<"1"', true],
    ['="z"<TRUE', true],
    ['=N("x")', 0],
    ["=N(TRUE)", 1],
    ["=N(A3)", 7],
    ["=N(A1)", 0],
    ["=MATCH(TRUE,{FALSE,TRUE},0)", 2],
    ['=MATCH("B",{"a","b","c"},0)', 2],
    ['=MATCH("b*",{"a","bc","b"},0)', 2],
    ["=MATCH(5,{1,4,8})", 2],
    ['=LOOKUP(0.75,{0,0.51,0.66,0.76,0.91},{"E","D","C","B","A"})', "C"],
    ['=LOOKUP(0.76,{0,0.51,0.66,0.76,0.91},{"E","D","C","B","A"})', "B"],
    ['=LOOKUP(7,{0,0.51,0.66,0.76,0.91},{"E","D","C","B","A"})', "A"],
    ["=-2^2", 4],
    ["=2^3^2", 64],
    ["=2+3*4", 14],
    ["=50%", 0.5],
    ['="1"+"2"', 3],
    ["=A7*2", 90],
    ["=A1+1", 1],
    ['=A1=""', true],
    ["=A1=0", true],
    ["=A1=FALSE", true],
    ['=A4=""', true],
    ["=ISBLANK(A1)", true],
    ["=ISBLANK(A4)", false],
    ['=OR(A1={"","x"})', true],
    ['=OR(A2={"x","TEKS"})', true],
    ["=AND(TRUE,1)", true],
    ["=AND(A2,TRUE)", true],
    ["=COUNT(A1:A8)", 1],
    ['=COUNT(1,"2",TRUE,"x")', 3],
    ["=COUNTA(A1:A8)", 7],
    ["=SUM(A1:A7)", 7],
    ['=SUM(1,"2",TRUE)', 4],
    ["=AVERAGE(A2:A3)", 7],
    ["=MAX(-1,-5)", -1],
    ["=MAX(A1:A2)", 0],
    ["=MIN(3,-2)", -2],
    ["=ABS(-4)", 4],
    ['=TRIM("  a   b ")', "a b"],
    ["=TRIM(A3)", "7"],
    ['=TRIM(A5)=""', true],
    ['=SUBSTITUTE("a;b;c",";",",")', "a,b,c"],
    ['=SEARCH("B","abc")', 2],
    ["=SUMPRODUCT({1,2,3},{4,5,6})", 32],
    ["=SUMPRODUCT(--({1,2,3}>1))", 2],
    ['=SUMPRODUCT({1,"x",TRUE})', 1],
    ['=COUNTIF(A1:A8,"teks")', 1],
    ["=COUNTIF(A1:A8,7)", 1],
    ['=COUNTIF(A1:A8,"<>7")', 7],
    ["=ROWS(A1:C4)*COLUMNS(A1:C4)", 12],
    ["=INDEX({0,2,0}+{1,-1,1}*0.5^{1,1,-1},2)", 1.5],
    ["=INDEX({0,2,0}+{1,-1,1}*0^{1,1,-1},2)", 2],
    ["=INDEX({10;20;30},3)", 30],
    ['=IFERROR(1/0,"x")', "x"],
    ["=IFERROR(A8,0)", 0],
    ["=IF(A1,1,2)", 2],
    ["=IF(FALSE,1)", false],
    ["=IF(TRUE,A1)", 0],
    ["='Data'!B2+Data!C2", 7],
    ["=SUM('Data'!B2:C2)", 7],
    ['="x"&1.5&TRUE', "x1.5TRUE"],
    ["=0.1+0.2=0.3", true],
    ["=NOT(0)", true],
  ])("%s is %p", (rumus, harapan) => {
    expect(hitung(rumus)).toBe(tampil(harapan));
  });

  it.each([
    ["=1/0", "#DIV/0!"],
    ["=NA()", "#N/A"],
    ['="x"+1', "#VALUE!"],
    ["=A5+1", "#VALUE!"],
    ["=0^0", "#NUM!"],
    ["=0^-1", "#DIV/0!"],
    ["=(-8)^0.5", "#NUM!"],
    ['=MATCH("q",{"a","b"},0)', "#N/A"],
    ['=LOOKUP(-1,{0,1},{"a","b"})', "#N/A"],
    ['=SEARCH("z","abc")', "#VALUE!"],
    ["=INDEX({1,2},3)", "#REF!"],
    ["=AVERAGE(A1:A2)", "#DIV/0!"],
    ['=AND("x",TRUE)', "#VALUE!"],
    ["=AND(A1:A2)", "#VALUE!"],
    ["=SUM(A3,A8)", "#N/A"],
    ["=MAX(0,1/0)", "#DIV/0!"],
    ["=ROUND(A8,2)", "#N/A"],
    ["=N(A8)", "#N/A"],
    ["=A8=1", "#N/A"],
    ["=OR(A8,TRUE)", "#N/A"],
    ["=SUMPRODUCT({1,2},{1,2,3})", "#VALUE!"],
    ["=NA()+1/0", "#N/A"],
  ])("%s is the error %s", (rumus, kode) => {
    expect(hitung(rumus)).toBe(kode);
  });

  it("errors count in COUNTA but are skipped by COUNT", () => {
    expect(hitung("=COUNTA(A8)")).toBe("1");
    expect(hitung("=COUNT(A8,A3)")).toBe("1");
  });

  it("moves relative references of a conditional-format rule, not absolute ones", () => {
    const b = buku();
    expect(b.hitung("=Data!B2+$B$2", "Data", 0, 1)).toBe(7);
  });

  it("reads a formula cell's blank result as text, a blank cell as blank", () => {
    const b = buku();
    expect(b.nilai("Lembar 1", "A4")).toBe("");
    expect(b.nilai("Lembar 1", "A1")).toBe(KOSONG_SEL);
  });

  it.each([
    ["=FOO(1)", /Fungsi tak dikenal/],
    ["=Nama", /Nama tak didukung/],
    ["=SUM(1", /Harap/],
    ["=LOOKUP(1,{3,2,1},{1,2,3})", /tak urut/],
    ["=A1:B2", /spill/],
  ])("refuses %s instead of guessing", (rumus, pesan) => {
    expect(() => hitung(rumus)).toThrow(pesan);
  });
});
