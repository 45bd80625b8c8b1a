import {
  bungkus,
  gambarGrafik,
  opsiGrafik,
  potongGrafik,
  TINGGI_MAKS,
  tinggiGrafik,
} from "../../../src/laporan/docx/grafik";

const BATANG = [
  { label: "1. Persentase Koperasi Aktif", capaian: 1.0244 },
  { label: "2. Jumlah UTTP yang Ditera", capaian: 0.8 },
];

describe("bungkus", () => {
  it("breaks a long name at spaces into lines of at most the width", () => {
    expect(bungkus("Persentase Koperasi Aktif yang Melaporkan RAT", 20)).toBe(
      "Persentase Koperasi\nAktif yang\nMelaporkan RAT",
    );
  });
});

describe("gambarGrafik", () => {
  const g = gambarGrafik(BATANG);

  it("labels each bar with the capaian the table prints", () => {
    expect(g.svg).toContain(">102,44%<");
    expect(g.svg).toContain(">80,00%<");
    expect(g.svg).toContain("1. Persentase Koperasi Aktif");
  });

  it("draws the 100% line and colours reached and missed targets apart", () => {
    const seri = opsiGrafik(BATANG).series as Array<{
      name: string;
      data: Array<{ value: number } | null>;
      markLine?: unknown;
    }>;
    expect(seri.map((s) => [s.name, s.data.map((d) => d && d.value)])).toEqual([
      ["Tercapai", [102.44, null]],
      ["Tidak Tercapai", [null, 80]],
    ]);
    expect(seri[0].markLine).toMatchObject({ data: [{ xAxis: 100 }] });
    expect(g.svg).toMatch(/stroke-dasharray/);
  });

  it("renders a PNG of print resolution: about 300 dpi over 16 cm", () => {
    expect(g.png.subarray(1, 4).toString()).toBe("PNG");
    const lebar = g.png.readUInt32BE(16);
    expect(lebar).toBe(Math.round(g.lebar * 3.2));
    expect(lebar / (16 / 2.54)).toBeGreaterThan(295);
  });
});

describe("a figure of many bars", () => {
  const banyak = (n: number, label = (i: number) => `${i + 1}. Indikator ${i + 1}`) =>
    Array.from({ length: n }, (_, i) => ({ label: label(i), capaian: 0.5 + ((i * 37) % 100) / 100 }));

  it("splits the bars into pictures that each fit a portrait page, keeping their order", () => {
    const potong = potongGrafik(banyak(60));
    expect(potong.map((p) => p.length)).toEqual([24, 24, 12]);
    expect(potong.flat().map((b) => b.label)).toEqual(banyak(60).map((b) => b.label));
    for (const p of potong) expect(tinggiGrafik(p)).toBeLessThanOrEqual(TINGGI_MAKS);
  });

  it("fits fewer bars on a page when long names wrap to more lines", () => {
    const panjang = banyak(
      30,
      (i) => `${i + 1}. ${"Persentase Indikator Yang Sangat Panjang Sekali ".repeat(2)}`,
    );
    const potong = potongGrafik(panjang);
    expect(potong[0].length).toBeLessThan(24);
    for (const p of potong) expect(tinggiGrafik(p)).toBeLessThanOrEqual(TINGGI_MAKS);
  });
});
