import { satuanBulat } from "../../src/domain/pembulatan";

describe("satuanBulat", () => {
  it.each([
    [9.1 / 10, 4, 9100],
    [0.90995, 4, 9100],
    [0.90994, 4, 9099],
    [88.305, 2, 8831],
    [88.3049, 2, 8830],
    [64.995, 2, 6500],
    [-1.005, 2, -101],
    [-0.00001, 2, 0],
    [0, 4, 0],
  ])("rounds %p at %i decimals to %i units", (x, d, k) => {
    expect(satuanBulat(x, d)).toBe(k);
  });

  it("gives no negative zero", () => {
    expect(Object.is(satuanBulat(-0.00001, 2), 0)).toBe(true);
  });
});
