import { KATA_STATUS } from "../../src/domain/capaian";
import { PREDIKAT_TERENDAH, SKALA_PREDIKAT } from "../../src/domain/predikat";
import {
  rumusAgregat,
  rumusCapaian,
  rumusMeleset,
  rumusMelesetDariCapaian,
  rumusPredikat,
  rumusStatusDariCapaian,
  rumusTercapaiDariCapaian,
} from "../../src/workbook/rumus";

// The arithmetic is checked by LibreOffice in test/e2e/libreoffice-rumus.e2e.ts; here, the text.
describe("rumusCapaian", () => {
  it.each([
    [
      "positif",
      'IF(OR(L6="",I6=""),"",IF(AND(COUNT(L6,I6)=2,OR(G6={"","positif","+","naik"})),IF(N(I6)>0,MAX(0,L6/I6),NA()),NA()))',
    ],
    [
      "negatif",
      'IF(OR(L6="",I6=""),"",IF(AND(COUNT(L6,I6)=2,OR(G6={"negatif","-","turun"})),' +
        "IF(N(I6)>0,MAX(0,2-L6/I6),IF(AND(L6=0,I6=0),1,NA())),NA()))",
    ],
    [
      "negatif_rasio",
      'IF(OR(L6="",I6=""),"",IF(AND(COUNT(L6,I6)=2,G6="negatif_rasio"),' +
        "IF(AND(N(I6)>0,L6>0),I6/L6,IF(AND(L6=0,I6=0),1,NA())),NA()))",
    ],
  ] as const)("writes the %s rule, guarded by the polarity cell", (p, rumus) => {
    expect(rumusCapaian("L6", "I6", "G6", p)).toBe(rumus);
  });

  it("leaves out the COUNT guard where the realisation is a formula of ours (the Triwulan year value)", () => {
    expect(rumusCapaian("K9", "'IKU'!I6", "'IKU'!G6", "positif", true)).toBe(
      'IF(OR(K9="",\'IKU\'!I6=""),"",IF(OR(\'IKU\'!G6={"","positif","+","naik"}),IF(N(\'IKU\'!I6)>0,MAX(0,K9/\'IKU\'!I6),NA()),NA()))',
    );
  });
});

describe("rumusPredikat", () => {
  it("looks the rounded capaian up in the five-level scale, lower bounds inclusive", () => {
    expect(rumusPredikat("N7")).toBe(
      'IF(N7="","",LOOKUP(ROUND(N7,4),{0,0.51,0.66,0.76,0.91},' +
        '{"Sangat Rendah","Rendah","Sedang","Tinggi","Sangat Tinggi"}))',
    );
  });

  it("carries every level of SKALA_PREDIKAT and the lowest name", () => {
    const f = rumusPredikat("N7");
    for (const [batas, nama] of SKALA_PREDIKAT) {
      expect(f).toContain(`${batas / 10000}`);
      expect(f).toContain(`"${nama}"`);
    }
    expect(f).toContain(`"${PREDIKAT_TERENDAH}"`);
  });
});

describe("rumusStatusDariCapaian", () => {
  it("is the domain's verdict word on the rounded capaian, blank while blank", () => {
    expect(rumusStatusDariCapaian("F5")).toBe(
      `IF(F5="","",IF(ROUND(F5,4)>=1,"${KATA_STATUS.tercapai}","${KATA_STATUS.tidakTercapai}"))`,
    );
    expect(KATA_STATUS).toEqual({ tercapai: "Tercapai", tidakTercapai: "Tidak Tercapai" });
  });
});

describe("flags for conditional formats", () => {
  it("are FALSE unless realisation and target are numbers, and divide floored values", () => {
    const r = rumusMeleset("$K7", "$H7", "$F7");
    expect(r.startsWith("AND(COUNT($K7,$H7)=2,IFERROR(ROUND(INDEX(")).toBe(true);
    expect(r).toContain("(MAX($K7,0)/MAX($H7,0))^{1,1,-1}");
    expect(r.endsWith(",4)<1,0))")).toBe(true);
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
  });

  it.each([
    ['"positif"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND((MAX(B2,0)/MAX(C2,0)),4)<1,0))"],
    ['"Turun"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(2-(MAX(B2,0)/MAX(C2,0)),4)<1,0))"],
    ['"negatif_rasio"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(1/(MAX(B2,0)/MAX(C2,0)),4)<1,0))"],
    ['"aneh"', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(NA(),4)<1,0))"],
    // Stray spaces make an unknown polarity, as bacaPolaritas and the cell-reading branch have it.
    ['"turun "', "AND(COUNT(B2,C2)=2,IFERROR(ROUND(NA(),4)<1,0))"],
  ])("fold the literal polarity %s to one branch", (p, harapan) => {
    expect(rumusMeleset("B2", "C2", p)).toBe(harapan);
  });

  it("read a capaian cell when there is one", () => {
    expect(rumusMelesetDariCapaian("$N7")).toBe("AND(ISNUMBER($N7),IFERROR(ROUND($N7,4)<1,FALSE))");
    expect(rumusTercapaiDariCapaian("$N7")).toBe("AND(ISNUMBER($N7),IFERROR(ROUND($N7,4)>=1,FALSE))");
  });
});

describe("rumusAgregat", () => {
  const K = ["C5", "D5", "E5", "F5"];
  const jaga = (x: string) => `IF(COUNTA(C5:F5)=0,"",IF(COUNT(C5:F5)<COUNTA(C5:F5),NA(),${x}))`;

  it.each([
    ["jumlah", jaga("SUM(C5:F5)")],
    ["rata-rata", jaga("AVERAGE(C5:F5)")],
    ["akhir", jaga('IF(F5<>"",F5,IF(E5<>"",E5,IF(D5<>"",D5,C5)))')],
  ] as const)("%s: blank while no quarter is filled, #N/A while one is not a number", (jenis, rumus) => {
    expect(rumusAgregat(K, jenis)).toBe(rumus);
  });
});
