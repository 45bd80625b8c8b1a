/**
 * terapkan-rencana.test.ts ported to the emulator: the add-in's own batch goes through
 * Microsoft's Excel client library and is answered by the workbook model.
 */
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { readFileSync } from "fs";
import { join } from "path";
import { bacaKatalogTeks } from "../../../src/domain/katalog-json";
import { sisipkanRencana } from "../../../src/excel/sisip/terapkan-rencana";
import { kelompokBaris } from "../../../src/excel/sisip/terapkan-tata-letak";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { NAMA_DASAR, NamaLembar } from "../../../src/workbook/rencana";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";
import { katalogBesar } from "./katalog-besar";
import { rencanaContoh } from "./rencana-contoh";

function sisip(excel: ExcelEmulator, n = 10, catat?: (nama: NamaLembar) => void) {
  return excel.run((ctx) =>
    sisipkanRencana(ctx, (nama) => {
      catat?.(nama);
      return rencanaContoh(nama, n);
    }),
  );
}

/** Every property set or method call named `nama` in the requests, with its first argument. */
function aksi(excel: ExcelEmulator, nama: string): Array<{ nilai: unknown }> {
  return excel.permintaan.flatMap((p) =>
    p.Actions.filter((a) => a.Name === nama).map((a) => ({ nilai: a.ArgumentInfo?.Arguments?.[0] })),
  );
}

describe("sisipkanRencana on the emulator", () => {
  it.each([10, 500])("inserts a plan of %i indicators in exactly two syncs", async (n) => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const hasil = await sisip(excel, n);
    expect(hasil).toEqual({ ok: true, lembar: ["IKU", "Triwulan", "Formulasi", "Dashboard"] });
    expect(excel.terakhir().syncs).toBe(2);
  });

  it.each([
    [{ IKU: [["data saya"], [null, 42]] }, "IKU (2)"],
    [{ IKU: [["data saya"], [null, 42]], "iku (2)": [[1]] }, "IKU (3)"],
  ])("adds a free name beside existing sheets %j and leaves the user's data alone", async (awal, harap) => {
    const excel = buatExcel({ lembar: awal });
    let nama: NamaLembar | undefined;
    const hasil = await sisip(excel, 10, (n) => (nama = n));
    expect(nama).toEqual({
      iku: harap,
      triwulan: "Triwulan",
      rencanaAksi: "Rencana Aksi",
      formulasi: "Formulasi",
      dashboard: "Dashboard",
      anggaran: "Anggaran",
      renstra: "Renstra",
      evaluasiRenja: "Evaluasi Renja",
      lkjip: "LKjIP",
      pk: "PK",
    });
    expect(hasil).toEqual({ ok: true, lembar: [harap, "Triwulan", "Formulasi", "Dashboard"] });
    expect(excel.model.lembar("IKU").nilai("A1:B2")).toEqual([
      ["data saya", ""],
      ["", 42],
    ]);
    expect(excel.model.lembar("IKU").gaya).toEqual([]);
    expect(excel.model.aktif?.nama).toBe(harap);
  });

  it("writes each block as one whole range; the client library itself cuts the 4,000-cell block in three", async () => {
    const excel = buatExcel();
    await sisip(excel, 500);
    // Found by the emulator: over 1,500 cells, the library validates the size, then sends chunks.
    expect(aksi(excel, "_ValidateArraySize").map((a) => a.nilai)).toEqual([500]);
    // The title row, the header and the capaian column's first formula go as one write (the blanks
    // cost less than a write of their own); with the other sheets' blocks, 3 + 3.
    expect(aksi(excel, "Formulas")).toHaveLength(3 + 3);
    const iku = excel.model.lembar("IKU");
    expect(iku.rumus("D5")).toEqual([["Indikator Kinerja"]]);
    expect(iku.rumus("D505")).toEqual([["Indikator 500"]]);
    expect(iku.rumus("H6")).toEqual([['=IF(G6="","",G6/F6)']]);
    expect(iku.rumus("G6")).toEqual([[""]]);
  });

  it("queues the same number of operations for 500 rows of equal height as for 10", async () => {
    const kecil = buatExcel();
    await sisip(kecil, 12);
    const nKecil = aksi(kecil, "RowHeight").length;
    const besar = buatExcel();
    await sisip(besar, 500);
    expect(aksi(besar, "RowHeight")).toHaveLength(nKecil);
    expect(besar.model.lembar("IKU").tinggiBaris.get(504)).toBe(30);
  });

  it("gives a message and sends nothing on an Excel older than ExcelApi 1.9", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [[1]] }, versiApi: "1.8" });
    const hasil = await sisip(excel);
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.pesan.id).toMatch(/ExcelApi 1\.9/);
    expect(excel.semua.syncs).toBe(0);
  });

  it("turns an Office error into a message with its code", async () => {
    const excel = buatExcel({ lembar: { Data: [[1]] } });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => {
        const r = rencanaContoh(nama, 3);
        r.lembar[0].blok.push({ alamat: "A1", nilai: [[1], [2, 3]] });
        return r;
      }),
    );
    expect(!hasil.ok && hasil.pesan.id).toMatch(
      /^Tabel IKU tidak dapat disisipkan: Excel menolak alamat atau nilai yang dikirim \(InvalidArgument\b/,
    );
    // The sheets added before the refusal are removed: see test/emulator/temuan.test.ts.
  });

  // The chart names a sheet the plan lacks: a RangeError while the batch with the adds and the
  // refused write is still queued. Sent with the listing, that write would fail the clean-up.
  it("removes its sheets when an error is thrown before a refused write was sent", async () => {
    const excel = buatExcel({ lembar: { Data: [[1]] } });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => {
        const r = rencanaContoh(nama, 3);
        r.lembar[0].blok.push({ alamat: "A1", nilai: [[1], [2, 3]] });
        r.lembar[3].grafik[0].nilai = "Tiada!A1:A3";
        return r;
      }),
    );
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["Data"]);
    expect(hasil).toEqual({
      ok: false,
      pesan: {
        id:
          'Tabel IKU tidak dapat disisipkan: Rencana merujuk lembar "Tiada" yang tidak dibuat. Lembar yang ' +
          "sudah ada tidak diubah. Klik Sisipkan IKU sekali lagi; jika tetap gagal, tunjukkan pesan ini " +
          "kepada admin TI. Lembar yang sempat dibuat (IKU, Triwulan, Formulasi, Dashboard) sudah dihapus kembali.",
        en:
          'The IKU workbook could not be inserted: Rencana merujuk lembar "Tiada" yang tidak dibuat. ' +
          "Existing sheets were not changed. Click Insert IKU once more; if it still fails, show this " +
          "message to your IT administrator. The sheets it had added (IKU, Triwulan, Formulasi, Dashboard) " +
          "were removed again.",
      },
    });
  });

  it("names the sheets left behind, and why, when Excel refuses their deletion", async () => {
    const excel = buatExcel({
      lembar: { Data: [[1]] },
      tolak: (a) =>
        a.jenis === "Worksheet" && a.anggota === "Delete" ? ["AccessDenied", "Ditolak"] : undefined,
    });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => {
        const r = rencanaContoh(nama, 3);
        r.lembar[2].blok.push({ alamat: "A1", nilai: [[1], [2, 3]] });
        return r;
      }),
    );
    const baru = ["IKU", "Triwulan", "Formulasi", "Dashboard"];
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["Data", ...baru]);
    expect(hasil).toMatchObject({ ok: false, lembarBaru: baru });
    expect(!hasil.ok && hasil.pesan.id).toMatch(
      /^Tabel IKU tidak dapat disisipkan, dan lembar yang sempat dibuat \(IKU, Triwulan, Formulasi, Dashboard\) tidak dapat dihapus kembali: Excel tidak mengizinkan perubahan ini; .*\(AccessDenied, Workbook\.Delete\)\. Hapus lembar tersebut secara manual\. Penyebab awal: Tabel IKU tidak dapat disisipkan: .*\(InvalidArgument\b/,
    );
  });

  it("applies validation, flags, panes, print setup, chart and tab colour to the new sheets", async () => {
    const excel = buatExcel();
    await sisip(excel, 10);
    const iku = excel.model.lembar("IKU");
    expect(iku.validasi).toEqual([
      {
        kotak: { b0: 5, b1: 14, k0: 6, k1: 6 },
        aturan: { decimal: { formula1: -9.99e307, formula2: 9.99e307, operator: "Between" } },
        errorAlert: { showAlert: true, style: "Stop", title: "Realisasi", message: "Isikan angka." },
        ignoreBlanks: true,
      },
    ]);
    expect(iku.bersyarat.map((a) => [iku.alamat(a.kotak[0]), a.rumus, a.stopIfTrue])).toEqual([
      // Excel puts each new rule on top: the plan's second rule has the first priority.
      ["H6:H15", '=AND(H6<>"",H6>=1)', false],
      ["H6:H15", '=AND(H6<>"",H6<1)', true],
    ]);
    expect(iku.beku).toEqual({ baris: 5, kolom: 4 });
    expect(iku.tataHalaman).toMatchObject({
      Orientation: "Landscape",
      Zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      PrintTitleRows: "5:5",
    });
    expect(iku.warnaTab).toBe("#1F4E78");
    const [grafik] = excel.model.lembar("Dashboard").grafik;
    expect(grafik).toMatchObject({
      jenis: "BarClustered",
      sumber: "IKU!H6:H15",
      seri: [{ XAxisValues: "IKU!D6:D15" }],
    });
    expect(excel.model.aktif?.nama).toBe("IKU");
  });
});

describe("the real IKU plan on the emulator", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN, 2],
    // About 4 MB of writes with the short formulas: one write batch under the 4.3 MB budget.
    ["a generated 500-indicator catalog", katalogBesar(500), 2],
  ])("inserts %s in the expected syncs under 4.5 MB per request", async (_nama, katalog, syncs) => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const hasil = await excel.run((ctx) => sisipkanRencana(ctx, (nama) => buatRencana(katalog, nama, {})));
    if (!hasil.ok) throw new Error(hasil.pesan.id);
    expect(excel.terakhir().syncs).toBe(syncs);
    expect(excel.terakhir().largestRequestBytes).toBeLessThan(4.5e6);
  });

  it("keeps no range alive after the insertion: each is released before its batch is sent", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, {})),
    );
    expect(hasil.ok).toBe(true);
    // Without the release, ~260 ranges: each a _KeepReference and, after the run, a release.
    expect(aksi(excel, "_KeepReference")).toEqual([]);
    expect(aksi(excel, "_RemoveReference")).toEqual([]);
    expect(excel.model.lembar("IKU").rumus("D5")).toEqual([["Kode"]]);
  });
});

describe("outline levels (Range.group, ExcelApi 1.10)", () => {
  it.each([
    [{ 7: 1, 8: 2, 9: 2, 10: 1 }, ["7:10", "8:9"]],
    [{ 7: 1, 8: 2, 9: 3, 10: 3, 11: 1, 13: 1 }, ["7:11", "13:13", "8:10", "9:10"]],
    [{}, []],
  ])("groups %j as %j", (tingkat, harap) => {
    expect(kelompokBaris(tingkat)).toEqual(harap);
  });

  it("gives the Renstra rows the plan's levels on an Excel with ExcelApi 1.10, and none on 1.9", async () => {
    const katalog = bacaKatalogTeks(
      readFileSync(join(__dirname, "../../../katalog/contoh-renstra-dkukmperindag.json"), "utf8"),
    );
    if ("galatKatalog" in katalog) throw new Error(katalog.galatKatalog.join("\n"));
    const rencana = buatRencana(katalog, NAMA_DASAR, {});
    const harap = rencana.lembar.find((l) => l.nama === "Renstra")!.tingkatBaris;
    expect(Object.keys(harap).length).toBeGreaterThan(5);
    for (const [versi, ada] of [
      ["1.10", true],
      ["1.9", false],
    ] as const) {
      const excel = buatExcel({ lembar: { Sheet1: [] }, versiApi: versi });
      const hasil = await excel.run((ctx) => sisipkanRencana(ctx, (nama) => buatRencana(katalog, nama, {})));
      expect(hasil.ok).toBe(true);
      const tingkat = Object.fromEntries(
        [...excel.model.lembar("Renstra").tingkatBaris].map(([b, t]) => [b + 1, t]),
      );
      expect(tingkat).toEqual(ada ? harap : {});
    }
  });
});
