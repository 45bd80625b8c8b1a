// A very long catalog's figures in the Word draft: heavy (four print-resolution pictures), so it
// runs with the e2e tests, not in `npm test`.
import { bytesBab3 } from "../../src/laporan/tulis-docx";
import { DATA } from "../domain/lkjip-data";
import { bukaDocx } from "../laporan/baca-docx";

describe("the Word draft of a catalog with hundreds of indicators", () => {
  it("draws the first 40 of 300 indicators, as the workbook's chart does, in page-sized pictures, and says so", async () => {
    const [contoh] = DATA.indikator;
    const indikator = Array.from({ length: 300 }, (_, i) => ({
      ...contoh,
      kode: `IKU-${i + 1}`,
      nama: `Indikator ${i + 1}`,
      sasaran: `Sasaran ${Math.floor(i / 10) + 1}`,
      realisasi: { ...contoh.realisasi, 2025: 0.3 + (i % 50) / 100 },
    }));
    const besar = await bukaDocx(await bytesBab3({ ...DATA, indikator }, 2025));
    const i31 = besar.paragraf.findIndex((p) => p.teks === "Grafik 3.1 Capaian Kinerja Tahun 2025");
    const gambar31 = besar.paragraf.slice(0, i31).filter((p) => p.xml.includes("<w:drawing>"));
    expect(gambar31).toHaveLength(2); // 40 bars, 24 to a page
    expect(besar.paragraf[i31 + 1].teks).toBe(
      "Grafik 3.1 memuat 40 indikator pertama dari 300; daftar lengkapnya ada di Tabel 3.1.",
    );
    // Each picture fits a portrait page: at most 820 of 96-dpi pixels high (EMU: 9525 per pixel)
    for (const p of gambar31) {
      const cy = Number(/<wp:extent cx="\d+" cy="(\d+)"/.exec(p.xml)![1]);
      expect(cy / 9525).toBeLessThanOrEqual(820);
    }
  }, 120_000);
});
