import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { lebarTeksPoin } from "../../../src/workbook/sisip/lebar-huruf";
import {
  TINGGI_BARIS_MAKS,
  banyakBarisTeks,
  tinggiUntukTeks,
} from "../../../src/workbook/sisip/tinggi-baris";

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

describe("lines a text wraps to, by the widths of its letters", () => {
  // Rencana Aksi's Indikator Kinerja column is 30 wide (161 pt); LibreOffice wraps the first.
  it.each([
    ["Jumlah Dokumen Pengembangan Industri", 30, 2],
    ["Jumlah Sentra IKM yang dikuatkan", 30, 1],
    ["Persentase Peningkatan Jumlah Industri yang memiliki izin berusaha", 34, 2],
    ["iiii iiii iiii iiii iiii iiii iiii iiii iiii iiii", 10, 3],
    ["MMMMMMMMMM", 10, 2],
  ])("%s in a %i-wide column needs %i lines", (teks, lebar, baris) => {
    expect(banyakBarisTeks(teks, lebar)).toBe(baris);
  });

  it("measures letters as Calibri draws them, wide capitals and narrow i", () => {
    expect(lebarTeksPoin("0000", 11)).toBeCloseTo(22.3, 1);
    expect(lebarTeksPoin("M", 10)).toBeGreaterThan(3 * lebarTeksPoin("i", 10));
    // Outside ASCII a letter counts as a wide lowercase one.
    expect(lebarTeksPoin("é", 10)).toBeCloseTo((1100 * 10) / 2048, 5);
  });

  it("gives a two-line row to the indicator the Rencana Aksi clipped", () => {
    expect(tinggiUntukTeks([{ baris: 6, teks: "Jumlah Dokumen Pengembangan Industri", lebar: 30 }])).toEqual({
      6: 30,
    });
  });
});
