import { adalahGalat } from "../../src/domain/galat";
import { sampelIkm } from "../../src/domain/sampel";

describe("sampelIkm", () => {
  // The formula rounded up; Krejcie & Morgan's printed table differs by one at a few N (50: 44).
  it.each([
    [1, 1],
    [10, 10],
    [100, 80],
    [200, 132],
    [1000, 278],
    [1500, 306],
    [10000, 370],
    [1000000, 384],
  ])("population %p needs %p respondents", (n, s) => {
    expect(sampelIkm(n)).toBe(s);
  });

  it.each([[0], [-10], [10.5], [Infinity], [NaN]])("refuses population %p", (n) => {
    const g = sampelIkm(n);
    expect(adalahGalat(g) && g.pesan.id).toMatch(/bilangan bulat 1 atau lebih/);
  });
});
