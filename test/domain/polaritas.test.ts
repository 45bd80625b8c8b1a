import { adalahGalat } from "../../src/domain/galat";
import { bacaPolaritas } from "../../src/domain/polaritas";

describe("bacaPolaritas", () => {
  it.each([
    [null, "positif"],
    [undefined, "positif"],
    ["", "positif"],
    ["positif", "positif"],
    ["Positif", "positif"],
    ["+", "positif"],
    ["NAIK", "positif"],
    ["negatif", "negatif"],
    ["-", "negatif"],
    ["Turun", "negatif"],
    ["negatif_rasio", "negatif_rasio"],
    ["NEGATIF_RASIO", "negatif_rasio"],
  ])("reads %p as %s", (v, harapan) => {
    expect(bacaPolaritas(v)).toBe(harapan);
  });

  it.each([
    ["naik turun"],
    [" turun "],
    ["   "],
    ["semakin kecil semakin baik"],
    ["negatif rasio"],
    ["constructor"],
    ["__proto__"],
    [1],
    [true],
    [NaN],
  ])("refuses %p with a message that lists the accepted words", (v) => {
    const g = bacaPolaritas(v);
    expect(adalahGalat(g) && g.galat).toBe("#VALUE!");
    expect(adalahGalat(g) && g.pesan.id).toMatch(/positif.*negatif.*negatif_rasio/);
  });
});
