import { capaianAtauKosong, hitungCapaianTahunan } from "../../src/domain/capaian-tahunan";
import { adalahGalat } from "../../src/domain/galat";
import { hitungLkjip } from "../../src/domain/lkjip";
import { DATA } from "./lkjip-data";

const dekat = (x: number) => expect.closeTo(x, 12);

describe("Tabel 3.7 of hitungLkjip", () => {
  it("runs from the period's first year to N, after the kondisi awal", () => {
    const t = hitungLkjip(DATA, 2025).t37;
    expect(
      t.map((b) => [b.no, b.kondisiAwal, b.tahun.map((y) => [y.tahun, y.realisasi, y.capaian])]),
    ).toEqual([
      [
        1,
        0.35,
        [
          [2024, 0.38, dekat(0.38 / 0.37)],
          [2025, 0.42, dekat(0.42 / 0.41)],
        ],
      ],
      [
        2,
        180,
        [
          [2024, 210, 1.05],
          [2025, 200, 0.8],
        ],
      ],
      [
        3,
        0.04,
        [
          [2024, 0.032, dekat((0.07 - 0.032) / 0.035)],
          [2025, 0.036, dekat((0.06 - 0.036) / 0.03)],
        ],
      ],
      [
        4,
        null,
        [
          [2024, null, ""],
          [2025, 1, 1],
        ],
      ],
    ]);
  });

  it("has one year in the period's first year", () => {
    expect(hitungLkjip(DATA, 2024).t37[0].tahun.map((y) => y.tahun)).toEqual([2024]);
  });
});

describe("capaianAtauKosong", () => {
  it.each([
    [null, 10, ""],
    [5, null, ""],
    [5, 10, 0.5],
  ])("realisasi %p, target %p gives %p", (r, t, c) => {
    expect(capaianAtauKosong(r, t, "positif")).toBe(c);
  });

  it("passes the rule's error through", () => {
    expect(adalahGalat(capaianAtauKosong(5, 0, "positif"))).toBe(true);
  });

  it("gives an empty row for an empty list of years", () => {
    expect(hitungCapaianTahunan(DATA.indikator, [])[0].tahun).toEqual([]);
  });
});
