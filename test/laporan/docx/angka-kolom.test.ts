import { galat } from "../../../src/domain/galat";
import {
  desimalKolom,
  kolomPerubahan,
  kolomPersen,
  kolomRupiah,
  kolomSatuan,
} from "../../../src/laporan/docx/angka-kolom";

describe("desimalKolom", () => {
  it.each([
    [[83.1, 84.05], 2],
    [[250, 200], 0],
    [[1.5, 2], 1],
    [[0.1 + 0.2], 1],
    [[1.23456], 2],
    [[], 0],
  ])("gives %p %p decimals", (nilai, d) => {
    expect(desimalKolom(nilai)).toBe(d);
  });
});

describe("kolomSatuan", () => {
  it("writes one number of decimals for the whole column", () => {
    expect(kolomSatuan([83.1, 84.05, 410], ["Indeks", "Indeks", "UTTP"])).toEqual([
      "83,10",
      "84,05",
      "410,00",
    ]);
  });

  it("prints a percent indicator's fraction as a percentage with two decimals, a blank as blank", () => {
    expect(kolomSatuan([0.41, 250, null], ["%", "UTTP", "%"])).toEqual(["41,00%", "250,00", ""]);
  });

  it("writes whole counts without decimals", () => {
    expect(kolomSatuan([1250000, 3], ["Orang", "Dok"])).toEqual(["1.250.000", "3"]);
  });
});

describe("the other columns", () => {
  const g = galat("#VALUE!", { id: "target 0", en: "target 0" });

  it("writes capaian with two decimals and marks what could not be computed", () => {
    expect(kolomPersen([1.0244, "", g])).toEqual(["102,44%", "", "tidak dapat dihitung"]);
  });

  it("writes whole rupiah with a non-breaking space", () => {
    expect(kolomRupiah([6480000000, 1234.6, null])).toEqual(["Rp\u00a06.480.000.000", "Rp\u00a01.235", ""]);
  });

  it("writes a change in points for percent indicators and in the unit otherwise", () => {
    expect(kolomPerubahan([4, -10, ""], ["%", "UTTP", "%"])).toEqual(["4 poin", "-10", ""]);
  });
});
