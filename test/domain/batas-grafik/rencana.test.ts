/**
 * A catalog of thousands of indicators must not give a chart of thousands of bars: each chart draws at most
 * BATAS_BATANG_GRAFIK bars and says under it which table lists them all.
 */
import { CATATAN_GRAFIK_TERBATAS, JUDUL_GRAFIK, KOLOM_DATA_GRAFIK } from "../../../src/domain/judul-lkjip";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../src/domain/types";
import { uraiSel } from "../../../src/workbook/alamat";
import { NAMA_DASAR, RencanaLembar } from "../../../src/workbook/rencana";
import { BATAS_BATANG_GRAFIK, batangTampil } from "../../../src/domain/batas-grafik";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { TEKS_LEMBAR } from "../../../src/workbook/sisip/teks-lembar";
import { xmlGrafik } from "../../../src/xlsx/grafik-xlsx";
import { nilai } from "../../workbook/sisip/nilai-rencana";

/** `sasaran` sasaran of `per` indicators each, copies of the built-in catalog's first ones. */
function katalog(sasaran: number, per: number): Katalog {
  const contoh = KATALOG_BAWAAN.tujuan[0].sasaran[0].indikator;
  return {
    ...KATALOG_BAWAAN,
    tujuan: [
      {
        nama: "Tujuan 1",
        sasaran: Array.from({ length: sasaran }, (_, s) => ({
          nama: `Sasaran ${s + 1}`,
          indikator: Array.from({ length: per }, (_, i) => ({
            ...contoh[i % contoh.length],
            kode: `IKU-${s}-${i}`,
          })),
        })),
      },
    ],
  };
}

/** Rows a range such as "'LKjIP'!B10:B49" spans. */
function banyakBaris(rujukan: string): number {
  const [a, b] = rujukan.slice(rujukan.lastIndexOf("!") + 1).split(":");
  return uraiSel(b ?? a).baris - uraiSel(a).baris + 1;
}

/** The rows of column A holding exactly `teks`. */
function barisTeks(l: RencanaLembar, teks: string): number[] {
  return l.blok.flatMap((b) => {
    const a = uraiSel(b.alamat);
    return a.kolom === 1 ? b.nilai.flatMap((d, i) => (d[0] === teks ? [a.baris + i] : [])) : [];
  });
}

describe("batangTampil", () => {
  it.each([
    [0, 0],
    [10, 10],
    [BATAS_BATANG_GRAFIK, BATAS_BATANG_GRAFIK],
    [BATAS_BATANG_GRAFIK + 1, BATAS_BATANG_GRAFIK],
    [5000, BATAS_BATANG_GRAFIK],
  ])("draws %i bars as %i", (n, m) => expect(batangTampil(n)).toBe(m));

  it("is 40, what a landscape page shows with readable labels", () => {
    expect(BATAS_BATANG_GRAFIK).toBe(40);
  });
});

describe("a catalog of 2,000 indicators in 100 sasaran", () => {
  const rencana = buatRencana(katalog(100, 20), NAMA_DASAR, { tahunAktif: 2025 });
  const lembar = (nama: string) => rencana.lembar.find((l) => l.nama === nama)!;
  const lkjip = lembar("LKjIP");
  const dasbor = lembar("Dashboard");

  it("draws the first 40 indicators on Grafik 3.1 and the first 40 sasaran on Grafik 3.2", () => {
    const [g31, g32] = lkjip.grafik;
    for (const g of [g31, g32]) {
      expect([g.kategori, g.nilai, g.garis!.nilai].map(banyakBaris)).toEqual([40, 40, 40]);
    }
    const d31 = barisTeks(lkjip, KOLOM_DATA_GRAFIK.judul(JUDUL_GRAFIK.g31(2025)))[0] + 2;
    expect(g31.nilai).toBe(`'LKjIP'!D${d31}:D${d31 + 39}`);
    // The data table holds what is drawn: row 40 is the last indicator, the method note follows.
    expect(nilai(lkjip, `A${d31 + 39}`)).toBe(40);
    expect(nilai(lkjip, `B${d31 + 39}`)).toEqual(expect.objectContaining({ rumus: expect.any(String) }));
    expect(nilai(lkjip, `A${d31 + 40}`)).toMatch(/^Data Grafik 3\.1:/);
  });

  it("says under each chart how many it draws and which table lists them all", () => {
    const [g31, g32] = lkjip.grafik;
    const catatan31 =
      "Grafik 3.1 memuat 40 indikator pertama dari 2.000; daftar lengkapnya ada di Tabel 3.1.";
    expect(CATATAN_GRAFIK_TERBATAS.g31(40, 2000)).toBe(catatan31);
    expect(barisTeks(lkjip, catatan31)).toEqual([uraiSel(g31.sampai).baris + 1]);
    expect(barisTeks(lkjip, CATATAN_GRAFIK_TERBATAS.g32(40, 100))).toEqual([uraiSel(g32.sampai).baris + 1]);
    // The note stays on the chart's page: the next page starts with the data table after it.
    const d31 = barisTeks(lkjip, KOLOM_DATA_GRAFIK.judul(JUDUL_GRAFIK.g31(2025)))[0];
    expect(d31).toBe(uraiSel(g31.sampai).baris + 2);
    expect(lkjip.cetak?.putusSebelum).toContain(d31);
  });

  it("sizes the Dashboard's chart to 40 bars and notes the rest under it", () => {
    const [g] = dasbor.grafik;
    expect([banyakBaris(g.kategori), banyakBaris(g.nilai)]).toEqual([40, 40]);
    // A bar and a half of row each from the header row 4: 60 rows, not 3,000.
    expect(g.sampai).toBe("R64");
    expect(nilai(dasbor, "J65")).toBe(TEKS_LEMBAR.id.catatanGrafikTerbatas(40, 2000));
    expect(nilai(dasbor, "J65")).toBe(
      "Grafik memuat 40 indikator pertama dari 2.000; tabel di sebelah kiri memuat semuanya.",
    );
  });

  it("gives the offline file's chart parts the same 40 rows", () => {
    const rumus = [...xmlGrafik(lkjip.grafik[0]).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    expect(rumus.map(banyakBaris)).toEqual([40, 40, 40, 40]);
  });
});

describe("the Dashboard's note in Office's language", () => {
  it.each([
    ["id", "Grafik memuat 40 indikator pertama dari 1.200; tabel di sebelah kiri memuat semuanya."],
    ["en", "The chart shows the first 40 of 1,200 indicators; the table on the left lists them all."],
  ] as const)("in %s", (bahasa, teks) => {
    const r = buatRencana(katalog(40, 30), NAMA_DASAR, { tahunAktif: 2025, bahasa });
    expect(
      nilai(
        r.lembar.find((l) => l.nama === "Dashboard")!,
        "J65",
      ),
    ).toBe(teks);
  });
});

describe("a catalog at the limit", () => {
  it.each([
    [40, 0],
    [41, 1],
  ])("of %i indicators writes %i note under Grafik 3.1 and the Dashboard's chart", (n, catatan) => {
    const r = buatRencana(katalog(1, n), NAMA_DASAR, { tahunAktif: 2025 });
    const l = r.lembar.find((x) => x.nama === "LKjIP")!;
    const d = r.lembar.find((x) => x.nama === "Dashboard")!;
    expect(d.blok.filter((b) => b.alamat === "J65")).toHaveLength(catatan);
    expect(banyakBaris(l.grafik[0].nilai)).toBe(40);
    const teks = l.blok
      .flatMap((b) => b.nilai.flat())
      .filter((v) => typeof v === "string" && v.startsWith("Grafik 3.1 memuat"));
    expect(teks).toHaveLength(catatan);
  });
});
