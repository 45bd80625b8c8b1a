/**
 * Insertion in several batches on the emulator: a lowered budget stands for the 4 MB one, so a
 * small plan shows what a 5,000-indicator catalog does (that one runs in test/e2e/ukuran.e2e.ts).
 */
import { sisipkanRencana } from "../../../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../../../emulator/muat-klien";
import { katalogBesar } from "../katalog-besar";
import { rencanaContoh } from "../rencana-contoh";

describe("insertion under a request budget", () => {
  it("writes 500 indicators × 3 years with every request under 4.5 MB", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(katalogBesar(500), nama, {})),
    );
    expect(hasil.ok).toBe(true);
    expect(excel.terakhir().largestRequestBytes).toBeLessThan(4.5e6);
  });

  it("writes a plan in several batches, reports each, and gives the same workbook as one batch", async () => {
    const satu = buatExcel({ lembar: { Sheet1: [] } });
    await satu.run((ctx) => sisipkanRencana(ctx, (nama) => rencanaContoh(nama, 120)));
    const acuan = satu.model.lembar("IKU").rumus("A1:Q130");
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const kemajuan: Array<[number, number]> = [];
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => rencanaContoh(nama, 120), {
        anggaran: 20_000,
        kemajuan: (s, n) => kemajuan.push([s, n]),
      }),
    );
    expect(hasil).toEqual({ ok: true, lembar: ["IKU", "Triwulan", "Formulasi", "Dashboard"] });
    const n = kemajuan.length;
    expect(n).toBeGreaterThan(2);
    expect(kemajuan).toEqual(Array.from({ length: n }, (_, i) => [i + 1, n]));
    expect(excel.terakhir().syncs).toBe(1 + n);
    // The estimate errs high: no request exceeds the budget it was packed for.
    expect(excel.terakhir().largestRequestBytes).toBeLessThan(20_000);
    expect(excel.model.lembar("IKU").rumus("A1:Q130")).toEqual(acuan);
    expect(excel.model.aktif?.nama).toBe("IKU");
  });

  it("removes the sheets of earlier batches when a later batch is refused", async () => {
    const excel = buatExcel({ lembar: { Data: [[1]] } });
    const kemajuan: number[] = [];
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(
        ctx,
        (nama) => {
          const r = rencanaContoh(nama, 60);
          r.lembar[3].blok.push({ alamat: "A1", nilai: [[1], [2, 3]] });
          return r;
        },
        { anggaran: 20_000, kemajuan: (s) => kemajuan.push(s) },
      ),
    );
    expect(kemajuan.length).toBeGreaterThan(0);
    expect(hasil).toEqual({ ok: false, pesan: expect.any(Object) });
    expect(!hasil.ok && hasil.pesan.en).toContain(
      "The sheets it had added (IKU, Triwulan, Formulasi, Dashboard) were removed again.",
    );
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["Data"]);
  });
});
