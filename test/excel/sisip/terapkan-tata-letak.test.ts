/**
 * The charts of the real plan inserted through Microsoft's Excel client library into the
 * emulator: Grafik 3.1/3.2 as columns with a line series at 100%, the Dashboard's as bars.
 */
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { JUDUL_GRAFIK, KOLOM_DATA_GRAFIK } from "../../../src/domain/judul-lkjip";
import { sisipkanRencana } from "../../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { Katalog } from "../../../src/domain/types";
import { BATAS_BATANG_GRAFIK } from "../../../src/domain/batas-grafik";
import { RencanaBuku } from "../../../src/workbook/rencana";
import { buatExcel } from "../../emulator/muat-klien";

describe("charts inserted by the add-in", () => {
  let rencana: RencanaBuku | undefined;
  const excel = buatExcel({ lembar: { Sheet1: [] } });

  beforeAll(async () => {
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => (rencana = buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 }))),
    );
    if (!hasil.ok) throw new Error(hasil.pesan.id);
  });

  it("draws Grafik 3.1 and 3.2 on the LKjIP sheet as columns with the 100% line over their data tables", () => {
    const grafik = excel.model.lembar("LKjIP").grafik;
    const rencanaLkjip = rencana!.lembar.find((l) => l.nama === "LKjIP")!.grafik;
    expect(grafik).toHaveLength(2);
    grafik.forEach((g, i) => {
      const p = rencanaLkjip[i];
      expect(g).toMatchObject({
        jenis: "ColumnClustered",
        sumber: p.nilai.replace(/'/g, ""),
        seriesBy: "Columns",
        setelan: {
          Title: { Text: [JUDUL_GRAFIK.g31(2025), JUDUL_GRAFIK.g32(2025)][i] },
          Legend: { Visible: true, Position: "Bottom" },
          ValueAxis: { NumberFormat: "0%" },
          Position: [p.dari, p.sampai],
        },
        seri: [
          { Name: p.namaSeri, XAxisValues: p.kategori.replace(/'/g, "") },
          {
            Name: KOLOM_DATA_GRAFIK.garis,
            ChartType: "Line",
            Values: p.garis!.nilai.replace(/'/g, ""),
            XAxisValues: p.kategori.replace(/'/g, ""),
          },
        ],
      });
      // Columns are read left to right: no reversed category axis.
      expect(g.setelan.CategoryAxis).toBeUndefined();
    });
  });

  it("keeps the Dashboard's horizontal bars, first indicator on top, without a legend", () => {
    const [g] = excel.model.lembar("Dashboard").grafik;
    expect(g).toMatchObject({
      jenis: "BarClustered",
      setelan: {
        Legend: { Visible: false },
        CategoryAxis: { ReversePlotOrder: true },
        ValueAxis: { NumberFormat: "0%" },
      },
    });
    expect(g.seri).toHaveLength(1);
  });
});

describe("charts of a catalog past the bar limit, inserted by the add-in", () => {
  const contoh = KATALOG_BAWAAN.tujuan[0].sasaran[0].indikator;
  const katalog: Katalog = {
    ...KATALOG_BAWAAN,
    tujuan: [
      {
        nama: "Tujuan 1",
        sasaran: Array.from({ length: 5 }, (_, s) => ({
          nama: `Sasaran ${s + 1}`,
          indikator: Array.from({ length: 9 }, (_, i) => ({
            ...contoh[i % contoh.length],
            kode: `IKU-${s}-${i}`,
          })),
        })),
      },
    ],
  };
  // Made when this block starts: the emulator is global, and the block above reads its own.
  let excel: ReturnType<typeof buatExcel>;

  beforeAll(async () => {
    excel = buatExcel({ lembar: { Sheet1: [] } });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(katalog, nama, { tahunAktif: 2025 })),
    );
    if (!hasil.ok) throw new Error(hasil.pesan.id);
  });

  /** Rows of a range such as "LKjIP!D10:D49". */
  const baris = (r: string) => {
    const [a, b] = r.split(":").map((x) => Number(/(\d+)$/.exec(x)![1]));
    return b - a + 1;
  };

  it("draws 40 of the 45 indicators on Grafik 3.1 and on the Dashboard, as the offline file does", () => {
    const [g31, g32] = excel.model.lembar("LKjIP").grafik;
    expect([baris(g31.sumber), ...g31.seri.map((s) => baris(s.XAxisValues as string))]).toEqual([
      BATAS_BATANG_GRAFIK,
      BATAS_BATANG_GRAFIK,
      BATAS_BATANG_GRAFIK,
    ]);
    expect(baris(g32.sumber)).toBe(5);
    const [d] = excel.model.lembar("Dashboard").grafik;
    expect(baris(d.sumber)).toBe(BATAS_BATANG_GRAFIK);
    // A bar and a half of row each from the header row 4.
    expect(d.setelan.Position).toEqual(["J4", "R64"]);
  });
});
