/**
 * Full-size requests on the emulator (Excel's default 5 MB limits): a 5,000-indicator insertion
 * in batches, Tandai and Hapus on 100,000 rows; each request and response within 4.5 MB.
 */
import { hapusDalam } from "../../src/excel/tandai/hapus";
import { tandaiDalam } from "../../src/excel/tandai/tandai-pilihan";
import { sisipkanRencana } from "../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../emulator/muat-klien";
import { katalogBesar } from "../excel/sisip/katalog-besar";
import { kisiBesar } from "../excel/tandai/tabel-emulator";

describe("requests at full size", () => {
  it("inserts 5,000 indicators × 5 years in batches under 4.5 MB and reports each", async () => {
    const k = katalogBesar(5000);
    const tahun = [2024, 2025, 2026, 2027, 2028];
    for (const t of k.tujuan)
      for (const s of t.sasaran)
        for (const ind of s.indikator) for (const y of tahun) ind.target[String(y)] ??= 1;
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const kemajuan: Array<[number, number]> = [];
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana({ ...k, tahun }, nama, {}), {
        kemajuan: (s, n) => kemajuan.push([s, n]),
      }),
    );
    expect(hasil.ok).toBe(true);
    const n = kemajuan.length;
    expect(kemajuan).toEqual(Array.from({ length: n }, (_, i) => [i + 1, n]));
    expect(excel.terakhir().syncs).toBe(1 + n);
    expect(excel.terakhir().largestRequestBytes).toBeLessThan(4.5e6);
    expect(excel.model.lembar("IKU").rumus("D5005:E5005")).toEqual([
      ["IKU-5000", expect.stringMatching(/ 5000$/)],
    ]);
  });

  it("flags and unflags 100,000 rows with every response under 4.5 MB", async () => {
    const excel = buatExcel({ lembar: { Kinerja: kisiBesar(100_000) }, pilihan: "Kinerja!A1:L100003" });
    const t = await excel.run((ctx) => tandaiDalam(ctx));
    expect(t.ok && t.ringkasan[0].dinilai).toBe(100_000);
    expect(excel.terakhir().largestResponseBytes).toBeLessThan(4.5e6);
    expect(excel.terakhir().syncs).toBe(4);
    const h = await excel.run(hapusDalam);
    expect(h).toEqual({ ok: true, lembar: "Kinerja", dihapus: 2 });
    expect(excel.terakhir().largestResponseBytes).toBeLessThan(4.5e6);
  });
});
