/**
 * The charts of the real plan inserted through Microsoft's Excel client library into the
 * emulator: Grafik 3.1/3.2 as columns with a line series at 100%, the Dashboard's as bars.
 */
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { JUDUL_GRAFIK, KOLOM_DATA_GRAFIK } from "../../../src/domain/judul-lkjip";
import { sisipkanRencana } from "../../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
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
