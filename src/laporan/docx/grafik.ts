/**
 * The draft's bar charts of capaian (Grafik 3.1 per indicator, 3.2 per sasaran), drawn without a
 * browser: Apache ECharts' server-side SVG, turned into a print-resolution PNG by resvg.
 */
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { KATA_STATUS, tercapai } from "../../domain/capaian";
import { persenDokumen } from "../../domain/tulis-angka";
import { TEKS } from "./teks-draf";

export interface Batang {
  /** The category as the table names it, "1. Persentase Koperasi Aktif". */
  label: string;
  /** Capaian as a fraction (1.0244), the value the table prints as 102,44%. */
  capaian: number;
}

export interface Gambar {
  svg: string;
  png: Buffer;
  /** The size to show it at in the document, in pixels of 96 dpi. */
  lebar: number;
  tinggi: number;
}

/** About 16 cm wide on the page; rendered at 3.2× for about 300 dpi in print. */
const LEBAR = 600;
const ZOOM = 3.2;
const TINGGI_BATANG = 30;
const HURUF_GRAFIK = "Calibri, Carlito, 'DejaVu Sans', sans-serif";
const WARNA = { tercapai: "#3B5B7A", tidak: "#C0504D", garis: "#000000" } as const;
const LEBAR_LABEL = 42;

/** Breaks a long category name into lines of at most `lebar` characters, at spaces. */
export function bungkus(teks: string, lebar = LEBAR_LABEL): string {
  const baris: string[] = [];
  for (const kata of teks.split(/\s+/)) {
    const akhir = baris.length - 1;
    if (akhir >= 0 && baris[akhir].length + 1 + kata.length <= lebar) baris[akhir] += ` ${kata}`;
    else baris.push(kata);
  }
  return baris.join("\n");
}

/** The ECharts option: two stacked series only so that the legend names the two colours. */
export function opsiGrafik(batang: readonly Batang[]): echarts.EChartsCoreOption {
  const persen = batang.map((b) => Math.round(b.capaian * 10000) / 100);
  const atas = Math.max(120, Math.ceil(Math.max(...persen) / 20) * 20 + 20);
  const seri = (nama: string, ambil: (b: Batang) => boolean, warna: string) => ({
    name: nama,
    type: "bar",
    stack: "capaian",
    barWidth: 18,
    itemStyle: { color: warna },
    label: {
      show: true,
      fontSize: 11,
      formatter: (p: { dataIndex: number }) => persenDokumen(batang[p.dataIndex].capaian),
    },
    // Inside a long bar's end, clear of the 100% line; beside a short one
    data: batang.map((b, i) =>
      ambil(b)
        ? {
            value: persen[i],
            label: persen[i] >= 30 ? { position: "insideRight", color: "#ffffff" } : { position: "right" },
          }
        : null,
    ),
  });
  return {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: HURUF_GRAFIK, color: "#000000" },
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 64, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: "value",
      min: 0,
      max: atas,
      interval: 20,
      axisLabel: { formatter: "{value}%", fontSize: 11 },
      splitLine: { lineStyle: { color: "#D9D9D9" } },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: batang.map((b) => bungkus(b.label)),
      axisLabel: { fontSize: 11, lineHeight: 13 },
      axisTick: { show: false },
    },
    series: [
      {
        ...seri(KATA_STATUS.tercapai, (b) => tercapai(b.capaian), WARNA.tercapai),
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: WARNA.garis, type: "dashed", width: 1.5 },
          label: { formatter: TEKS.garis100, position: "start", fontSize: 10 },
          data: [{ xAxis: 100 }],
        },
      },
      seri(KATA_STATUS.tidakTercapai, (b) => !tercapai(b.capaian), WARNA.tidak),
    ],
  };
}

/**
 * The tallest picture that leaves its caption room on a portrait A4 page (about 25 cm of text height
 * at 96 px per inch is 970 px), so a figure never runs off its page.
 */
export const TINGGI_MAKS = 820;
/** The picture's height: bands are equal, the label with most lines sets every band's height. */
export function tinggiGrafik(batang: readonly Batang[]): number {
  const baris = Math.max(1, ...batang.map((b) => bungkus(b.label).split("\n").length));
  return 90 + batang.length * Math.max(TINGGI_BATANG, baris * 13 + 12);
}

/** The bars split into pictures that each fit a page, in order. */
export function potongGrafik(batang: readonly Batang[]): Batang[][] {
  const potong: Batang[][] = [];
  for (const b of batang) {
    const akhir = potong[potong.length - 1];
    if (akhir && tinggiGrafik([...akhir, b]) <= TINGGI_MAKS) akhir.push(b);
    else potong.push([b]);
  }
  return potong;
}

/** One chart: the SVG ECharts draws and its PNG at print resolution. */
export function gambarGrafik(batang: readonly Batang[]): Gambar {
  const tinggi = tinggiGrafik(batang);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: LEBAR, height: tinggi });
  try {
    chart.setOption(opsiGrafik(batang));
    const svg = chart.renderToSVGString();
    const png = new Resvg(svg, {
      fitTo: { mode: "zoom", value: ZOOM },
      background: "#ffffff",
      font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    })
      .render()
      .asPng();
    return { svg, png: Buffer.from(png), lebar: LEBAR, tinggi };
  } finally {
    chart.dispose();
  }
}
