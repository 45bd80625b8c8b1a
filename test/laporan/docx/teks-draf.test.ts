import { TEKS } from "../../../src/laporan/docx/teks-draf";

describe("TEKS.tidakDigambar", () => {
  it("names every indicator left out of a figure while there are ten or fewer", () => {
    expect(TEKS.tidakDigambar(["A", "B"])).toBe("Tidak digambarkan karena belum dapat diukur: A; B.");
  });

  it("names the first ten of a long list and counts the rest the Indonesian way", () => {
    const nama = Array.from({ length: 1_250 }, (_, i) => `Indikator ${i + 1}`);
    const teks = TEKS.tidakDigambar(nama);
    expect(teks.startsWith("Tidak digambarkan karena belum dapat diukur: Indikator 1; Indikator 2;")).toBe(
      true,
    );
    expect(teks).toContain("Indikator 10; dan 1.240 lainnya.");
    expect(teks).not.toContain("Indikator 11");
  });
});
