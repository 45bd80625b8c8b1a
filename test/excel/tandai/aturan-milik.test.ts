import { letakDiLingkup } from "../../../src/excel/tandai/aturan-milik";

describe("letakDiLingkup", () => {
  it("finds each rule among ours in the collection scoped to its own range, in the sheet's order", () => {
    // B1:B4 meets B3:B8 and B2; B3:B8 meets B1:B4; B2 meets B1:B4 only.
    const alamat = ["'Data'!B1:B4", "'Data'!B3:B8", "'Data'!B2"];
    expect(letakDiLingkup(alamat, [3, 2, 2])).toEqual([0, 1, 1]);
  });

  it("gives up on a rule whose scoped collection holds a different number of ours", () => {
    expect(letakDiLingkup(["A1:A4", "C1:C4"], [1, 2])).toEqual([0, undefined]);
  });
});
