// The yearly-report formulas of rumus-lkjip.ts, computed by the test evaluator, against the domain
// (serapan, tren, efisiensi) on edge inputs; the whole LKjIP sheet is in rencana-domain.test.ts.
import { hitungEfisiensi, hitungSerapan, keteranganEfisiensi } from "../../../../src/domain/anggaran";
import { adalahGalat } from "../../../../src/domain/galat";
import { bacaPolaritas } from "../../../../src/domain/polaritas";
import { hitungTren } from "../../../../src/domain/tren";
import {
  rumusEfisiensi,
  rumusKeteranganEfisiensi,
  rumusPerubahan,
  rumusSerapan,
  rumusTren,
} from "../../../../src/workbook/sisip/rumus-lkjip";
import { BukuUji, IsiSel } from "../../../penilai/buku";
import { Skalar, adalahGalatX } from "../../../penilai/nilai";

/** The trend as the sheet computes it: the change in D1 (rumusPerubahan of A1, B1), the polarity in C1. */
function tren(lalu: IsiSel, kini: IsiSel, p: IsiSel): Skalar {
  const buku = new BukuUji();
  [lalu, kini, p].forEach((v, i) => buku.tulis("Uji", `${"ABC"[i]}1`, v));
  buku.tulis("Uji", "D1", { rumus: `=${rumusPerubahan("A1", "B1")}` });
  return buku.hitung(rumusTren("D1", "C1"), "Uji");
}

/** Computes `rumus` with A1, B1, C1 holding the inputs. */
function hitung(rumus: string, ...isi: IsiSel[]): Skalar {
  const buku = new BukuUji();
  isi.forEach((v, i) => buku.tulis("Uji", `${"ABC"[i]}1`, v));
  return buku.hitung(rumus, "Uji");
}

const kosong = (v: IsiSel) => v === null || (typeof v === "string" && v.trim() === "");

describe("the LKjIP formulas agree with the domain", () => {
  it.each<[IsiSel, IsiSel]>([
    [8.5e8, 1e9],
    [0, 100],
    [100, 100],
    [120, 100],
    [100, 0],
    [-1, 100],
    [5, -3],
    [null, 100],
    [100, null],
    [" ", 100],
    [1e308, 1e-308],
  ])("serapan of realisasi %p against pagu %p", (realisasi, pagu) => {
    const v = hitung(rumusSerapan("A1", "B1"), realisasi, pagu);
    if (kosong(realisasi) || kosong(pagu)) return expect(v).toBe("");
    const h = hitungSerapan(realisasi as number, pagu as number);
    if (adalahGalat(h)) expect(adalahGalatX(v)).toBe(true);
    else expect(v).toBeCloseTo(h, 12);
  });

  const POLARITAS = [null, "positif", "NAIK", "+", "negatif", "Turun", "-", "negatif_rasio"];
  it.each(
    POLARITAS.flatMap((p) =>
      [
        [37, 41],
        [41, 37],
        [5, 5],
        [0.3, 0.2999999],
      ].map(([lalu, kini]) => [lalu, kini, p] as const),
    ),
  )("tren from %p to %p with polarity %p", (lalu, kini, p) => {
    const pol = bacaPolaritas(p);
    if (adalahGalat(pol)) throw new Error("only known polarities here");
    expect(tren(lalu, kini, p)).toBe(hitungTren(lalu, kini, pol));
    expect(hitung(rumusPerubahan("A1", "B1"), lalu, kini)).toBeCloseTo(kini - lalu, 12);
  });

  it.each<[IsiSel, IsiSel]>([
    [1.25, 1],
    [0.85, 0.85],
    [0.5, 0.9],
    ["", 0.9],
    [1, ""],
  ])("efisiensi of capaian %p and serapan %p, and its keterangan", (capaian, serapan) => {
    const buku = new BukuUji();
    buku.tulis("Uji", "A1", capaian);
    buku.tulis("Uji", "B1", serapan);
    buku.tulis("Uji", "C1", { rumus: `=${rumusEfisiensi("A1", "B1")}` });
    const e = buku.nilai("Uji", "C1");
    const k = buku.hitung(rumusKeteranganEfisiensi("C1"), "Uji");
    if (typeof capaian !== "number" || typeof serapan !== "number") return expect([e, k]).toEqual(["", ""]);
    const h = hitungEfisiensi(capaian, serapan);
    expect(e).toBeCloseTo(h, 12);
    expect(k).toBe(keteranganEfisiensi(h));
  });
});

describe("where the trend formula once disagreed with the domain", () => {
  // An unknown polarity word has no direction: #N/A, as the report reader refuses the row.
  it.each([
    [37, 41],
    [41, 37],
    [5, 5],
  ])("an unknown polarity gives no trend (%p → %p)", (lalu, kini) => {
    expect(adalahGalatX(tren(lalu, kini, "aneh"))).toBe(true);
  });

  // 0.1 + 0.2 differs from 0.3 only in binary noise: both the sheet and hitungTren say Tetap.
  it.each(["positif", "negatif"])("values equal to DESIMAL_TREN places are Tetap in both (%s)", (p) => {
    expect(tren(0.3, 0.1 + 0.2, p)).toBe("Tetap");
    expect(hitungTren(0.3, 0.1 + 0.2)).toBe("Tetap");
  });

  it.each([
    [" ", 5],
    [5, null],
  ])("a blank value gives a blank trend (%p → %p)", (lalu, kini) => {
    expect(tren(lalu, kini, "positif")).toBe("");
  });
});
