import { kotak } from "../../workbook/alamat";
import { marginCetak, teksKakiHalaman, teksKepalaHalaman } from "../../workbook/kepala-halaman";
import { Grafik, RencanaLembar } from "../../workbook/rencana";

/** Finds a range such as "'IKU (2)'!D6:D15" on one of the sheets this insertion added. */
export type CariRentang = (rujukan: string) => Excel.Range;

/** Frozen header rows and label columns. */
function bekukan(lembar: Excel.Worksheet, { baris, kolom }: { baris: number; kolom: number }): void {
  if (baris > 0 && kolom > 0) lembar.freezePanes.freezeAt(kotak(1, 1, kolom, baris));
  else if (baris > 0) lembar.freezePanes.freezeRows(baris);
  else if (kolom > 0) lembar.freezePanes.freezeColumns(kolom);
}

function aturCetak(lembar: Excel.Worksheet, cetak: NonNullable<RencanaLembar["cetak"]>): void {
  const tata = lembar.pageLayout;
  tata.orientation = cetak.orientasi === "lanskap" ? "Landscape" : "Portrait";
  // A4, the paper of Indonesian government documents (the PK is signed on it), as the .xlsx writer sets.
  tata.paperSize = "A4";
  // One page wide, as many pages tall as the rows need.
  if (cetak.pasLebarHalaman) tata.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (cetak.skala !== undefined) tata.zoom = { scale: cetak.skala };
  if (cetak.barisJudul) tata.setPrintTitleRows(cetak.barisJudul);
  if (cetak.kolomJudul) tata.setPrintTitleColumns(cetak.kolomJudul);
  // ExcelApi 1.9, as page layout itself: the break stands above the given cell's row.
  for (const r of cetak.putusSebelum ?? []) lembar.horizontalPageBreaks.add(`A${r}`);
  // The break stands left of the given cell's column.
  for (const c of cetak.putusKolomSebelum ?? []) lembar.verticalPageBreaks.add(kotak(c, 1));
  if (cetak.menyampingDulu) tata.printOrder = "OverThenDown";
  if (cetak.areaCetak) tata.setPrintArea(cetak.areaCetak);
  // Office.js takes points: 72 to the inch.
  const m = marginCetak(cetak.kepalaHalaman !== undefined);
  tata.leftMargin = m.kiri * 72;
  tata.rightMargin = m.kanan * 72;
  tata.topMargin = m.atas * 72;
  tata.bottomMargin = m.bawah * 72;
  tata.headerMargin = m.kepala * 72;
  tata.footerMargin = m.kaki * 72;
  const halaman = tata.headersFooters.defaultForAllPages;
  if (cetak.kepalaHalaman) halaman.centerHeader = teksKepalaHalaman(cetak.kepalaHalaman);
  if (cetak.kakiHalaman) halaman.rightFooter = teksKakiHalaman(cetak.kakiHalaman);
}

/**
 * Horizontal bars keep long indicator names readable as axis labels, first indicator on top;
 * columns carry short labels. A `garis` is a second series drawn as a line over the bars, on the
 * same categories (ChartSeriesCollection.add and ChartSeries.chartType: ExcelApi 1.7, below the
 * 1.9 the insertion requires).
 */
function gambarGrafik(lembar: Excel.Worksheet, g: Grafik, cari: CariRentang): void {
  const batang = g.jenis === "batang";
  const grafik = lembar.charts.add(batang ? "BarClustered" : "ColumnClustered", cari(g.nilai), "Columns");
  grafik.title.text = g.judul;
  const seri = grafik.series.getItemAt(0);
  seri.name = g.namaSeri;
  seri.setXAxisValues(cari(g.kategori));
  if (batang) grafik.axes.categoryAxis.reversePlotOrder = true;
  // ChartAxis.numberFormat: ExcelApi 1.8.
  if (g.formatSumbu) grafik.axes.valueAxis.numberFormat = g.formatSumbu;
  if (g.garis) {
    const garis = grafik.series.add(g.garis.namaSeri);
    garis.setValues(cari(g.garis.nilai));
    garis.setXAxisValues(cari(g.kategori));
    garis.chartType = "Line";
    grafik.legend.position = "Bottom";
  }
  // One series needs no legend; bars and their line do.
  grafik.legend.visible = g.garis !== undefined;
  grafik.setPosition(g.dari, g.sampai);
}

/**
 * The rows' outline levels as nested groups: for each level, every run of rows at that level or
 * deeper grouped once (Range.group, ExcelApi 1.10), so the levels come out as the plan gives them.
 *
 * @example kelompokBaris({ 7: 1, 8: 2, 9: 2, 10: 1 }) //=> ["7:10", "8:9"]
 */
export function kelompokBaris(tingkat: Record<number, number>): string[] {
  const baris = Object.keys(tingkat)
    .map(Number)
    .sort((a, b) => a - b);
  const tertinggi = Math.max(0, ...Object.values(tingkat));
  const hasil: string[] = [];
  for (let t = 1; t <= tertinggi; t++) {
    let awal: number | undefined;
    baris.forEach((b, i) => {
      if (tingkat[b] < t) return;
      awal ??= b;
      const lanjut = baris[i + 1] === b + 1 && tingkat[b + 1] >= t;
      if (!lanjut) {
        hasil.push(`${awal}:${b}`);
        awal = undefined;
      }
    });
  }
  return hasil;
}

/** Whether this Excel has ExcelApi `versi`; false outside Office. */
function apiAda(versi: string): boolean {
  try {
    return (
      (globalThis as { Office?: typeof Office }).Office?.context?.requirements?.isSetSupported(
        "ExcelApi",
        versi,
      ) === true
    );
  } catch {
    return false;
  }
}

/** Panes, print setup, charts, outline and tab colour of one new sheet. */
export function terapkanTataLetak(lembar: Excel.Worksheet, rencana: RencanaLembar, cari: CariRentang): void {
  if (rencana.bekukan) bekukan(lembar, rencana.bekukan);
  // Outlines need ExcelApi 1.10; on an older Excel the sheet works the same, only without the +/− buttons.
  if (apiAda("1.10")) for (const a of kelompokBaris(rencana.tingkatBaris)) lembar.getRange(a).group("ByRows");
  if (rencana.cetak) aturCetak(lembar, rencana.cetak);
  for (const g of rencana.grafik) gambarGrafik(lembar, g, cari);
  if (rencana.warnaTab) lembar.tabColor = rencana.warnaTab;
}
