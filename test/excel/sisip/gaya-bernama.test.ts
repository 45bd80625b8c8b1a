import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import {
  AWALAN_GAYA,
  gayaRencana,
  namaGayaAngka,
  namaGayaTampilan,
  siapkanGaya,
} from "../../../src/excel/sisip/gaya-bernama";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../../emulator/muat-klien";

describe("the named styles of an insertion", () => {
  it.each([
    [{ tebal: true, ukuranFont: 10, garis: true }, "IKU Kinerja · tebal 10pt garis"],
    [{ rataHorizontal: "tengah" as const, warnaIsi: "#FFF9E5" }, "IKU Kinerja · tengah isi #FFF9E5"],
    [{}, "IKU Kinerja · biasa"],
  ])("names the look %j %s", (gaya, nama) => {
    expect(namaGayaTampilan(gaya)).toBe(nama);
  });

  it("names a number style apart from any look", () => {
    expect(namaGayaAngka("0.0%")).toBe("IKU Kinerja · angka 0.0%");
    expect(namaGayaAngka(`#,##0 "${"x".repeat(300)}"`).length).toBeLessThanOrEqual(120);
  });

  it("needs a handful of looks for the built-in catalog, every name the add-in's own", () => {
    const g = gayaRencana(buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }));
    expect(g.tampilan.size).toBeGreaterThan(5);
    expect(g.tampilan.size).toBeLessThan(40);
    for (const { nama } of g.tampilan.values()) expect(nama.startsWith(AWALAN_GAYA)).toBe(true);
  });

  it("adds only the styles the workbook lacks and sets a look style to leave number formats alone", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const gaya = {
      angka: new Map([["0.0%", namaGayaAngka("0.0%")]]),
      tampilan: new Map([["t", { nama: namaGayaTampilan({ tebal: true }), gaya: { tebal: true } }]]),
    };
    const baru = await excel.run(async (ctx) => {
      const b = siapkanGaya(ctx, gaya, new Set(["iku kinerja · angka 0.0%"]));
      await ctx.sync();
      const s = ctx.workbook.styles.getItem(namaGayaTampilan({ tebal: true }));
      s.load("includeNumber,includeFont");
      s.font.load("bold");
      await ctx.sync();
      return { b, includeNumber: s.includeNumber, includeFont: s.includeFont, bold: s.font.bold };
    });
    expect(baru).toEqual({ b: ["IKU Kinerja · tebal"], includeNumber: false, includeFont: true, bold: true });
  });
});
