import { predikatCapaian } from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

describe("PREDIKAT", () => {
  it.each([
    [9.1 / 10, "Sangat Tinggi"],
    ["91%", "Sangat Tinggi"],
    ["90,99%", "Tinggi"],
    [0.76, "Tinggi"],
    ["75,99%", "Sedang"],
    [0.66, "Sedang"],
    [0.65994, "Rendah"],
    [0.51, "Rendah"],
    ["50,994%", "Sangat Rendah"],
    [1.35, "Sangat Tinggi"],
    [0, "Sangat Rendah"],
  ])("classifies capaian %p as %s", (c, harapan) => {
    expect(jalankan(() => predikatCapaian([[c]]))).toEqual([[harapan]]);
  });

  it("spills over a column with blanks", () => {
    expect(jalankan(() => predikatCapaian([[0.95], [null], [0.7]]))).toEqual([
      ["Sangat Tinggi"],
      [""],
      ["Sedang"],
    ]);
  });

  it.each([
    [50, /capaian 50 berarti 5000%.*0,5 untuk 50%/],
    [10.01, /capaian 10,01 berarti 1001%/],
    ["76", /0,76 untuk 76%/],
  ])("refuses capaian %p above 1.000%% as a percent typed whole", (c, pesan) => {
    expect(jalankan(() => predikatCapaian([[c]]))).toEqual(galatDengan("#VALUE!", pesan));
  });

  it("still judges exactly 1.000%", () => {
    expect(jalankan(() => predikatCapaian([[10]]))).toEqual([["Sangat Tinggi"]]);
  });

  it("refuses text that is not a number", () => {
    expect(jalankan(() => predikatCapaian([["baik"]]))).toEqual(galatDengan("#VALUE!", /capaian "baik"/));
  });
});
