import { masukanSel } from "../../../src/excel/sisip/terapkan-isi";
import { Sel, selRumus } from "../../../src/workbook/rencana";

describe("masukanSel, the input the Office.js writer gives Excel", () => {
  it.each<[Sel, unknown]>([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(1)", "'@SUM(1)"],
    ["'kutip", "''kutip"],
    ["41%", "'41%"],
    ["TRUE", "'TRUE"],
    ["Indikator", "'Indikator"],
    ["", ""],
    [selRumus("SUM(A1:A3)"), "=SUM(A1:A3)"],
    [0.41, 0.41],
    [true, true],
    [null, null],
  ])("writes %j as %j", (sel, masukan) => {
    expect(masukanSel(sel)).toEqual(masukan);
  });
});
