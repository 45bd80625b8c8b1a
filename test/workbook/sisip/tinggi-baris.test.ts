import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { TINGGI_BARIS_MAKS, tinggiUntukTeks } from "../../../src/workbook/sisip/tinggi-baris";

const kata = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");

describe("row heights for long texts", () => {
  it("never asks for more than Excel's 409 points", () => {
    expect(TINGGI_BARIS_MAKS).toBe(409);
    expect(tinggiUntukTeks([{ baris: 6, teks: "a".repeat(1 << 20), lebar: 34 }])).toEqual({ 6: 409 });
  });

  it("caps the row a merged text grows, too", () => {
    const tinggi = tinggiUntukTeks([
      { baris: 6, teks: "pendek", lebar: 20 },
      { baris: 6, banyak: 2, teks: kata(5000), lebar: 20 },
    ]);
    expect(tinggi[7]).toBe(409);
    expect(tinggi[6]).toBeLessThan(409);
  });

  it("keeps heights under the cap as they were", () => {
    // Six wrapped lines of 13 pt, plus 4 pt of padding.
    expect(tinggiUntukTeks([{ baris: 6, teks: kata(20), lebar: 20 }])).toEqual({ 6: 82 });
  });

  it("caps every row of a plan built from a catalog with a 32,767-character name", () => {
    const katalog = structuredClone(KATALOG_BAWAAN);
    katalog.tujuan[0].sasaran[0].indikator[0].nama = kata(4000).slice(0, 32767);
    const tinggi = buatRencana(katalog, NAMA_DASAR).lembar.flatMap((l) => Object.values(l.tinggiBaris));
    expect(Math.max(...tinggi)).toBe(409);
  });
});
