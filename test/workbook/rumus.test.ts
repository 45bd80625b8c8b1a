import {
  rumusAgregat,
  rumusCapaian,
  rumusMeleset,
  rumusMelesetDariCapaian,
  rumusPredikat,
  rumusStatus,
  rumusTercapai,
  rumusTercapaiDariCapaian,
} from "../../src/workbook/rumus";

// The arithmetic is checked by LibreOffice in test/e2e/libreoffice.e2e.ts; here, the shape.
describe("rumusCapaian", () => {
  const f = rumusCapaian("K7", "H7", "F7");

  it("has no leading = and balanced parentheses", () => {
    expect(f.startsWith("=")).toBe(false);
    expect(f.split("(").length).toBe(f.split(")").length);
  });

  it("stays blank while realisation or target is blank (spaces count as blank)", () => {
    expect(f.startsWith('IF(OR(TRIM(K7)="",TRIM(H7)=""),"",MAX(0,')).toBe(true);
  });

  it("reads a text realisation through VALUE instead of a silent 0", () => {
    expect(f).toContain("IF(ISNUMBER(K7),K7,VALUE(K7))");
    expect(f).not.toContain("N(K7)");
  });

  it("accepts every polarity word and alias from the polarity cell", () => {
    expect(f).toContain('OR(F7={"","positif","+","naik"})');
    expect(f).toContain('OR(F7={"negatif","-","turun"})');
    expect(f).toContain('F7="negatif_rasio"');
  });

  it.each([
    [
      '"positif"',
      "MAX(0,IF(IF(ISNUMBER(H7),H7,VALUE(H7))<=0,NA(),IF(ISNUMBER(K7),K7,VALUE(K7))/IF(ISNUMBER(H7),H7,VALUE(H7))))",
    ],
    [
      '"Naik"',
      "MAX(0,IF(IF(ISNUMBER(H7),H7,VALUE(H7))<=0,NA(),IF(ISNUMBER(K7),K7,VALUE(K7))/IF(ISNUMBER(H7),H7,VALUE(H7))))",
    ],
    ['"x"', "MAX(0,IF(IF(ISNUMBER(H7),H7,VALUE(H7))<=0,NA(),NA()))"],
  ])("decides a literal polarity %s when building", (p, inti) => {
    expect(rumusCapaian("K7", "H7", p)).toBe(`IF(OR(TRIM(K7)="",TRIM(H7)=""),"",${inti})`);
  });

  it("uses (2T−R)/T for negatif and T/R for negatif_rasio, with 1 for a zero target met at 0", () => {
    const neg = rumusCapaian("R", "T", '"turun"').replace(/IF\(ISNUMBER\((\w)\),\1,VALUE\(\1\)\)/g, "$1");
    expect(neg).toBe('IF(OR(TRIM(R)="",TRIM(T)=""),"",MAX(0,IF(T<=0,IF(AND(T=0,R=0),1,NA()),(2*T-R)/T)))');
    const rasio = rumusCapaian("R", "T", '"negatif_rasio"').replace(
      /IF\(ISNUMBER\((\w)\),\1,VALUE\(\1\)\)/g,
      "$1",
    );
    expect(rasio).toBe(
      'IF(OR(TRIM(R)="",TRIM(T)=""),"",MAX(0,IF(T<=0,IF(AND(T=0,R=0),1,NA()),IF(R>0,T/R,NA()))))',
    );
  });
});

describe("rumusPredikat", () => {
  it("rounds to 4 decimals before each of the five levels", () => {
    expect(rumusPredikat("N7")).toBe(
      'IF(TRIM(N7)="","",IF(ROUND(N7,4)>=0.91,"Sangat Tinggi",IF(ROUND(N7,4)>=0.76,"Tinggi",' +
        'IF(ROUND(N7,4)>=0.66,"Sedang",IF(ROUND(N7,4)>=0.51,"Rendah","Sangat Rendah")))))',
    );
  });
});

describe("rumusStatus", () => {
  it("is Tercapai iff the rounded capaian reaches 1", () => {
    const f = rumusStatus("K7", "H7", "F7");
    expect(f).toContain('IF(ROUND((IF(OR(TRIM(K7)="",TRIM(H7)=""),"",');
    expect(f).toContain(',4)>=1,"Tercapai","Tidak Tercapai"))');
  });
});

describe("flags for conditional formats", () => {
  it("are FALSE unless realisation and target are numbers, and divide floored values", () => {
    const r = rumusMeleset("$K7", "$H7", "$F7");
    expect(r.startsWith("AND(COUNT($K7,$H7)=2,IFERROR(ROUND(INDEX(")).toBe(true);
    expect(r).toContain("(MAX($K7,0)/MAX($H7,0))^{1,1,-1}");
    expect(r.endsWith(",4)<1,0))")).toBe(true);
    const t = rumusTercapai("$K7", "$H7", "$F7");
    expect(t.startsWith("AND(COUNT($K7,$H7)=2,$H7>=0,IFERROR(ROUND(")).toBe(true);
    expect(t.endsWith(",4)>=1,FALSE))")).toBe(true);
  });

  it("name the polarity cell once, against the words of each class", () => {
    const r = rumusMeleset("E6", "D6", "$C6");
    expect(r.split("$C6")).toHaveLength(2);
    expect(r).toContain(
      'MATCH(MATCH(TRUE,$C6={"","positif","+","naik","negatif","-","turun","negatif_rasio"},0),{1,5,8})',
    );
  });

  it("stays under the 255 characters a rule may hold, with a polarity column at the sheet's end", () => {
    expect(rumusMeleset("XFD1048576", "XFC1048576", "$XFB1048576").length).toBeLessThanOrEqual(255);
    expect(rumusTercapai("$K99", "$H99", "$F99").length).toBeLessThanOrEqual(255);
  });

  it.each([
    ['"positif"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND((MAX(B2,0)/MAX(C2,0)),4)<1,0))"],
    ['"Turun"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(2-(MAX(B2,0)/MAX(C2,0)),4)<1,0))"],
    ['"negatif_rasio"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(1/(MAX(B2,0)/MAX(C2,0)),4)<1,0))"],
    ['"aneh"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(NA(),4)<1,0))"],
  ])("fold the literal polarity %s to one branch", (p, harapan) => {
    expect(rumusMeleset("B2", "C2", p)).toBe(harapan);
  });

  it("folds a literal polarity to one branch for tercapai too", () => {
    expect(rumusTercapai("B2", "C2", '"-"')).toBe(
      "AND(COUNT(B2,C2)=2,C2>=0,IFERROR(ROUND(IF(B2=C2,1,2-B2/C2),4)>=1,FALSE))",
    );
  });

  it("read a capaian cell when there is one", () => {
    expect(rumusMelesetDariCapaian("$N7")).toBe("AND(ISNUMBER($N7),IFERROR(ROUND($N7,4)<1,FALSE))");
    expect(rumusTercapaiDariCapaian("$N7")).toBe("AND(ISNUMBER($N7),IFERROR(ROUND($N7,4)>=1,FALSE))");
  });
});

describe("rumusAgregat", () => {
  const K = ["C5", "D5", "E5", "F5"];
  const banyak = '(TRIM(C5)<>"")+(TRIM(D5)<>"")+(TRIM(E5)<>"")+(TRIM(F5)<>"")';
  const angka = (x: string) => `IF(ISNUMBER(${x}),${x},VALUE(${x}))`;
  const jumlah = K.map((x) => `IF(TRIM(${x})<>"",${angka(x)},0)`).join("+");

  it.each(["jumlah", "akhir", "rata-rata"] as const)("%s stays blank while no quarter is filled", (jenis) => {
    expect(rumusAgregat(K, jenis).startsWith(`IF(${banyak}=0,"",`)).toBe(true);
  });

  it("reads every quarter through VALUE, so a number typed as text counts and other text is #VALUE!", () => {
    expect(rumusAgregat(K, "jumlah")).toBe(`IF(${banyak}=0,"",${jumlah})`);
    expect(rumusAgregat(K, "rata-rata")).toBe(`IF(${banyak}=0,"",(${jumlah})/(${banyak}))`);
  });

  it("akhir takes the last filled quarter and still fails on an unreadable earlier one", () => {
    const akhir = K.reduce((lain, x) => `IF(TRIM(${x})<>"",${angka(x)},${lain})`, '""');
    expect(rumusAgregat(K, "akhir")).toBe(`IF(${banyak}=0,"",${akhir}+0*(${jumlah}))`);
  });
});
