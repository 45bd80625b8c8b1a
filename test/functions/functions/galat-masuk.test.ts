import {
  agregatTriwulan,
  capaian,
  ikm,
  predikatCapaian,
  status,
  target,
} from "../../../src/functions/functions";
import { galatDengan, jalankan } from "./bantu";

/** An error value as Excel hands it to a custom function. */
const galatExcel = (kode: string): unknown => new CustomFunctions.Error(kode as CustomFunctions.ErrorCode);

describe("an Excel error passed into a function", () => {
  it.each([
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#VALUE!"],
    ["#REF!", "#VALUE!"],
    ["#NAME?", "#VALUE!"],
  ])("names %s in the message and answers %s", (kode, hasil) => {
    const pesan = new RegExp(`realisasi berisi galat ${kode.replace(/[?/!#]/g, "\\$&")} dari sel sumbernya`);
    expect(jalankan(() => capaian([[galatExcel(kode)]], [[10]]))).toEqual(galatDengan(hasil, pesan));
  });

  it("names the error for every kind of argument", () => {
    expect(jalankan(() => status([[5]], [[10]], [[galatExcel("#VALUE!")]]))).toEqual(
      galatDengan("#VALUE!", /polaritas berisi galat #VALUE!/),
    );
    expect(jalankan(() => target([[galatExcel("#REF!")]], [[2025]]))).toEqual(
      galatDengan("#VALUE!", /indikator berisi galat #REF!/),
    );
    expect(jalankan(() => predikatCapaian([[galatExcel("#N/A")]]))).toEqual(
      galatDengan("#N/A", /capaian berisi galat #N\/A/),
    );
  });

  it("names the error inside a range, cell by cell", () => {
    expect(jalankan(() => capaian([[8], [galatExcel("#DIV/0!")]], [[10], [10]]))).toEqual([
      [0.8],
      [galatDengan("#VALUE!", /galat #DIV\/0!/)],
    ]);
  });

  it("names the error in functions that read a whole range", () => {
    expect(jalankan(() => agregatTriwulan([[1, galatExcel("#N/A"), 3, 4]], [["jumlah"]]))).toEqual(
      galatDengan("#N/A", /triwulan ke-2 berisi galat #N\/A/),
    );
    const jawaban = [[4, 4, 4, 4, 4, 4, 4, galatExcel("#NUM!"), 4]];
    expect(jalankan(() => ikm(jawaban))).toEqual(galatDengan("#VALUE!", /berisi galat #NUM!/));
  });

  it("never calls the error just 'Error'", () => {
    const r = jalankan(() => capaian([[galatExcel("#NULL!")]], [[10]])) as { pesan: string };
    expect(r.pesan).not.toMatch(/\bError\b/);
  });
});
