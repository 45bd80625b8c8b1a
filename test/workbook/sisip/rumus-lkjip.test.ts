import {
  rumusCapaianProgram,
  rumusDaftarKode,
  rumusEfisiensi,
  rumusKeteranganEfisiensi,
  rumusMenurutJenis,
  rumusPerubahan,
  rumusSerapan,
  rumusTren,
} from "../../../src/workbook/sisip/rumus-lkjip";

describe("the yearly-report formulas", () => {
  it.each([
    [
      "serapan: blank while blank, #N/A for a pagu of 0 or a negative realisation",
      rumusSerapan("F6", "E6"),
      'IF(OR(TRIM(F6)="",TRIM(E6)=""),"",IF(AND(E6>0,F6>=0),F6/E6,NA()))',
    ],
    [
      "the change in the indicator's unit",
      rumusPerubahan("C9", "D9"),
      'IF(OR(TRIM(C9)="",TRIM(D9)=""),"",D9-C9)',
    ],
    [
      "the change in points while the unit cell reads %, the same formula on every row",
      rumusPerubahan("C9", "D9", "'IKU'!F6"),
      'IF(OR(TRIM(C9)="",TRIM(D9)=""),"",(D9-C9)*IF(TRIM(\'IKU\'!F6)="%",100,1))',
    ],
    [
      "the trend read with the polarity visible",
      rumusTren("G9", "'IKU'!G6"),
      'IF(G9="","",CHOOSE(2+SIGN(ROUND(G9,10))*IF(MATCH(TRUE,\'IKU\'!G6={"","positif","+","naik","negatif","-","turun","negatif_rasio"},0)<5,1,-1),"Memburuk","Tetap","Membaik"))',
    ],
    [
      "absolut reads one cell, kumulatif sums every year or stays blank",
      rumusMenurutJenis("C9", "'IKU'!K6", "'IKU'!I6:K6", 3),
      'IF(C9="Absolut",IF(TRIM(\'IKU\'!K6)="","",\'IKU\'!K6),IF(C9="Kumulatif",IF(COUNT(\'IKU\'!I6:K6)<3,"",SUM(\'IKU\'!I6:K6)),NA()))',
    ],
    [
      "the code list without spaces, commas only",
      rumusDaftarKode("D6"),
      'SUBSTITUTE(SUBSTITUTE(TRIM(D6),";",",")," ","")',
    ],
    [
      "the mean capaian of linked indicators that have one",
      rumusCapaianProgram("C9", "$D$6:$D$15", "$G$7:$G$16"),
      'IFERROR(SUMPRODUCT(--ISNUMBER(SEARCH(","&$D$6:$D$15&",",","&C9&",")),IFERROR($G$7:$G$16,0))/' +
        'SUMPRODUCT(ISNUMBER(SEARCH(","&$D$6:$D$15&",",","&C9&","))*ISNUMBER($G$7:$G$16)),"")',
    ],
    [
      "efficiency only from two numbers",
      rumusEfisiensi("G9", "F9"),
      'IF(AND(ISNUMBER(G9),ISNUMBER(F9)),G9-F9,"")',
    ],
    [
      "Efisien at 0 or more",
      rumusKeteranganEfisiensi("H9"),
      'IF(ISNUMBER(H9),IF(H9>=0,"Efisien","Tidak Efisien"),"")',
    ],
  ])("builds %s", (_, rumus, harapan) => {
    expect(rumus).toBe(harapan);
  });
});
