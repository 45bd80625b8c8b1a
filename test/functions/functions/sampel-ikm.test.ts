import { sampel } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("SAMPEL_IKM", () => {
  it.each([
    [100, 80],
    ["1.000", 278],
    ["1.500 orang", 306],
    [1000000, 384],
  ])("population %p needs %p respondents", (n, s) => {
    expect(jalankan(() => sampel([[n]]))).toEqual([[s]]);
  });

  it("spills over a column of populations", () => {
    expect(jalankan(() => sampel([[10], [null], [200]]))).toEqual([[10], [""], [132]]);
  });

  it.each([[0], [12.5], [-3]])("refuses population %p", (n) => {
    expect(jalankan(() => sampel([[n]]))).toEqual(galatDengan("#VALUE!", /bilangan bulat 1 atau lebih/));
  });
});
