import {
  BARIS_RATA_RATA_PD,
  JUDUL_GRAFIK,
  JUDUL_TABEL,
  KOLOM_36,
  KOLOM_37,
  KOLOM_38,
  KOLOM_DATA_GRAFIK,
} from "../../../../src/domain/judul-lkjip";
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { TEKS_TANPA_STANDAR } from "../../../../src/domain/standar";
import { barisKatalog, Katalog } from "../../../../src/domain/types";
import { uraiSel } from "../../../../src/workbook/alamat";
import { NAMA_DASAR, RencanaLembar, selRumus } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { rumusKeteranganStandar } from "../../../../src/workbook/sisip/rumus-bab3";
import { nilai } from "../nilai-rencana";

const lkjip = (katalog: Katalog, tahunAktif = 2025) =>
  buatRencana(katalog, NAMA_DASAR, { tahunAktif }).lembar.find((l) => l.nama === "LKjIP")!;

/** The row of the cell in column A holding exactly `teks`. */
function barisTeks(l: RencanaLembar, teks: string): number {
  for (const b of l.blok) {
    const a = uraiSel(b.alamat);
    const i = b.nilai.findIndex((d) => d[0] === teks && a.kolom === 1);
    if (i >= 0) return a.baris + i;
  }
  throw new Error(`${teks} tidak ada`);
}
const kepala = (l: RencanaLembar, r: number, banyak: number) =>
  Array.from({ length: banyak }, (_, j) => nilai(l, `${String.fromCharCode(65 + j)}${r}`));

describe("Tabel 3.6 on the LKjIP sheet", () => {
  const l = lkjip(KATALOG_BAWAAN);
  const r = barisTeks(l, JUDUL_TABEL.t36(2025));
  const a31 = barisTeks(l, JUDUL_TABEL.t31(2025)) + 2;

  it("has the contract's title and header", () => {
    expect(kepala(l, r + 1, 8)).toEqual(KOLOM_36(2025));
  });

  it("counts and means each sasaran over its rows of Tabel 3.1's capaian", () => {
    // The built-in catalog: sasaran of 6, 3 and 1 indicators.
    const a = r + 2;
    expect(nilai(l, `C${a}`)).toBe(6);
    expect(nilai(l, `D${a}`)).toEqual(selRumus(`SUMPRODUCT(--(IFERROR(ROUND(G${a31}:G${a31 + 5},4),0)>=1))`));
    expect(nilai(l, `E${a + 1}`)).toEqual(selRumus(`COUNT(G${a31 + 6}:G${a31 + 8})-D${a + 1}`));
    expect(nilai(l, `F${a + 2}`)).toEqual(selRumus(`C${a + 2}-COUNT(G${a31 + 9})`));
    expect(nilai(l, `G${a + 2}`)).toEqual(
      selRumus(`IF(COUNT(G${a31 + 9})=0,"",SUMPRODUCT(IFERROR(G${a31 + 9}*1,0))/COUNT(G${a31 + 9}))`),
    );
  });

  it("ends with the agency's row: counts summed, the mean of the sasaran means", () => {
    const a = r + 2;
    expect(nilai(l, `B${a + 3}`)).toBe(BARIS_RATA_RATA_PD);
    expect(nilai(l, `C${a + 3}`)).toEqual(selRumus(`SUM(C${a}:C${a + 2})`));
    expect(nilai(l, `G${a + 3}`)).toEqual(
      selRumus(
        `IF(COUNT(G${a}:G${a + 2})=0,"",SUMPRODUCT(IFERROR(G${a}:G${a + 2}*1,0))/COUNT(G${a}:G${a + 2}))`,
      ),
    );
  });
});

describe("Tabel 3.7 on the LKjIP sheet", () => {
  it.each([
    [2024, [2024]],
    [2026, [2024, 2025, 2026]],
  ])("in %i runs from the period's first year", (n, tahun) => {
    const l = lkjip(KATALOG_BAWAAN, n);
    const r = barisTeks(l, JUDUL_TABEL.t37(2024, n));
    expect(kepala(l, r + 1, 3 + 2 * tahun.length)).toEqual(KOLOM_37(tahun));
  });

  it("widens the sheet past column I for a five-year period", () => {
    const k = structuredClone(KATALOG_BAWAAN);
    k.tahun = [2025, 2026, 2027, 2028, 2029];
    k.periode = undefined;
    for (const b of barisKatalog(k))
      b.indikator.target = Object.fromEntries(
        k.tahun.map((y) => [String(y), b.indikator.target["2025"] ?? 1]),
      );
    const l = lkjip(k, 2029);
    expect(Object.keys(l.lebarKolom)).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "I",
      "J",
      "K",
      "L",
      "M",
    ]);
  });
});

describe("Tabel 3.8 on the LKjIP sheet", () => {
  it("says in one merged row that no indicator has a standard", () => {
    const l = lkjip(KATALOG_BAWAAN);
    const r = barisTeks(l, JUDUL_TABEL.t38);
    expect(kepala(l, r + 1, 7)).toEqual(KOLOM_38(2025));
    expect(nilai(l, `B${r + 2}`)).toBe(TEKS_TANPA_STANDAR);
    expect(l.gabung).toContain(`B${r + 2}:G${r + 2}`);
  });

  it("lists the indicators with a standard, the verdict read by the row's polarity", () => {
    const k = structuredClone(KATALOG_BAWAAN);
    const ind = barisKatalog(k).map((b) => b.indikator);
    ind[3].standar = { nilai: 3, tingkat: "SPM", sumber: "Permendagri 59/2021" };
    ind[6].polaritas = "negatif";
    ind[6].standar = { nilai: 15, tingkat: "Provinsi", sumber: "RPJMD" };
    const l = lkjip(k);
    const a = barisTeks(l, JUDUL_TABEL.t38) + 2;
    expect([a, a + 1].map((r) => kepala(l, r, 6).slice(3))).toEqual([
      [3, "SPM", "Permendagri 59/2021"],
      [15, "Provinsi", "RPJMD"],
    ]);
    expect(nilai(l, `A${a + 1}`)).toBe(2);
    // IKU-07 sits on IKU row 12; its polarity column is G.
    expect(nilai(l, `G${a + 1}`)).toEqual(
      selRumus(rumusKeteranganStandar(`C${a + 1}`, `D${a + 1}`, "'IKU'!G12", "negatif")),
    );
    expect(nilai(l, `A${a + 2}`)).not.toBe(3);
  });
});

describe("Grafik 3.1 and 3.2 on the LKjIP sheet", () => {
  const l = lkjip(KATALOG_BAWAAN);

  it("read their data tables: short labels, capaian copied from Tabel 3.1 and 3.6, the target 1", () => {
    const [g31, g32] = l.grafik;
    expect([g31.judul, g32.judul]).toEqual([JUDUL_GRAFIK.g31(2025), JUDUL_GRAFIK.g32(2025)]);
    const d31 = barisTeks(l, KOLOM_DATA_GRAFIK.judul(JUDUL_GRAFIK.g31(2025))) + 2;
    expect(g31).toMatchObject({
      jenis: "kolom",
      kategori: `'LKjIP'!B${d31}:B${d31 + 9}`,
      nilai: `'LKjIP'!D${d31}:D${d31 + 9}`,
      garis: { nilai: `'LKjIP'!E${d31}:E${d31 + 9}`, namaSeri: "Target 100%" },
      formatSumbu: "0%",
    });
    const a31 = barisTeks(l, JUDUL_TABEL.t31(2025)) + 2;
    expect(nilai(l, `D${d31 + 4}`)).toEqual(selRumus(`IF(TRIM(G${a31 + 4})="","",G${a31 + 4})`));
    expect(nilai(l, `E${d31 + 9}`)).toBe(1);
    const d32 = barisTeks(l, KOLOM_DATA_GRAFIK.judul(JUDUL_GRAFIK.g32(2025))) + 2;
    const a36 = barisTeks(l, JUDUL_TABEL.t36(2025)) + 2;
    expect(g32.nilai).toBe(`'LKjIP'!D${d32}:D${d32 + 2}`);
    expect(nilai(l, `B${d32 + 1}`)).toBe("Sasaran 2");
    expect(nilai(l, `D${d32 + 2}`)).toEqual(selRumus(`IF(TRIM(G${a36 + 2})="","",G${a36 + 2})`));
  });

  it("start a printed page each, their data tables the next", () => {
    for (const g of l.grafik) expect(l.cetak?.putusSebelum).toContain(uraiSel(g.dari).baris - 1);
    const d31 = barisTeks(l, KOLOM_DATA_GRAFIK.judul(JUDUL_GRAFIK.g31(2025)));
    expect(l.cetak?.putusSebelum).toContain(d31);
    expect(uraiSel(l.grafik[0].sampai).baris).toBeLessThan(d31);
  });
});
