// The workbook formulas of rumus.ts, computed by the test evaluator, against the domain functions:
// the fast twin of test/e2e/libreoffice-rumus.e2e.ts.
import { predikat } from "../../../src/domain/predikat";
import { KODE_AGREGASI, rumusAgregatKode, rumusPredikat } from "../../../src/workbook/rumus";
import { PEMBANGUN_ASLI, Pembangun, selisihAgregat, selisihCapaian } from "../../penilai/banding-domain";
import { BukuUji } from "../../penilai/buku";
import { ATURAN, CAPAIAN_PREDIKAT, KASUS_AGREGAT, KASUS_CAPAIAN, POLARITAS } from "../../penilai/kasus";

describe("the capaian formulas agree with the domain", () => {
  it.each(ATURAN.flatMap((aturan) => POLARITAS.map((p) => [aturan, p] as const)))(
    "row rule %s, polarity cell %p",
    (aturan, p) => {
      const kasus = KASUS_CAPAIAN.filter((k) => k.aturan === aturan && k.p === p);
      expect(kasus.length).toBeGreaterThan(40);
      expect(selisihCapaian(kasus)).toEqual([]);
    },
  );

  it("a negative capaian (never in a capaian cell, which is floored at 0) has no predikat", () => {
    const buku = new BukuUji();
    buku.tulis("Uji", "A1", -0.5);
    expect(buku.hitung(rumusPredikat("A1"), "Uji")).toEqual(expect.objectContaining({ kode: "#N/A" }));
  });

  it.each(CAPAIAN_PREDIKAT)("predikat of capaian %p", (c) => {
    const buku = new BukuUji();
    buku.tulis("Uji", "A1", c);
    expect(buku.hitung(rumusPredikat("A1"), "Uji")).toBe(predikat(c));
  });

  it("agregat of the quarters agrees for every jenis", () => {
    expect(selisihAgregat(KASUS_AGREGAT)).toEqual([]);
  });

  it("agregat chosen by its code (the Triwulan sheet's one formula for every row) agrees for every jenis", () => {
    const olehKode: Pembangun = {
      ...PEMBANGUN_ASLI,
      rumusAgregat: (tw, jenis) => rumusAgregatKode(tw, String(KODE_AGREGASI.indexOf(jenis) + 1)),
    };
    expect(selisihAgregat(KASUS_AGREGAT, olehKode)).toEqual([]);
  });
});

describe("the comparison catches a wrong formula", () => {
  const dengan = (ganti: Partial<Pembangun>): Pembangun => ({ ...PEMBANGUN_ASLI, ...ganti });
  it.each<[string, Partial<Pembangun>]>([
    [
      "a predikat bound moved from 91% to 90%",
      { rumusPredikat: (c) => rumusPredikat(c).replace("0.91", "0.9") },
    ],
    [
      "status without rounding",
      { rumusStatusDariCapaian: (c) => PEMBANGUN_ASLI.rumusStatusDariCapaian(c).replace(`ROUND(${c},4)`, c) },
    ],
    [
      "capaian without the floor at 0",
      { rumusCapaian: (...a) => PEMBANGUN_ASLI.rumusCapaian(...a).replace(/MAX\(0,([^)]*)\)/g, "($1)") },
    ],
    [
      "capaian accepting any polarity",
      { rumusCapaian: (r, t, _p, aturan) => PEMBANGUN_ASLI.rumusCapaian(r, t, '"+"', aturan) },
    ],
    [
      "meleset from the capaian at < 0.99",
      { rumusMelesetDariCapaian: (c) => `AND(ISNUMBER(${c}),${c}<0.99)` },
    ],
    [
      "meleset with negatif read as positif",
      { rumusMeleset: (r, t) => PEMBANGUN_ASLI.rumusMeleset(r, t, '"+"') },
    ],
  ])("%s", (_nama, ganti) => {
    expect(selisihCapaian(KASUS_CAPAIAN, dengan(ganti), 1).length).toBeGreaterThan(0);
  });

  it("agregat skipping a quarter typed as text", () => {
    const salah = dengan({
      rumusAgregat: (tw, jenis) =>
        PEMBANGUN_ASLI.rumusAgregat(tw, jenis).replace(/COUNT\(([^)]*)\)</, "COUNTA($1)<"),
    });
    expect(selisihAgregat(KASUS_AGREGAT, salah).length).toBeGreaterThan(0);
  });
});

describe("known disagreements between the formulas and the domain", () => {
  // A realisation or target holding TRUE (only a paste gets past the validation): Excel would read
  // it as 1; the COUNT guard makes the cell #N/A, as IKU.CAPAIAN refuses a boolean.
  it.each(["positif", "negatif", "negatif_rasio"] as const)(
    "a boolean realisation is an error in both (%s)",
    (p) => {
      expect(selisihCapaian([{ r: true as never, t: 1, p, aturan: p }])).toEqual([]);
      expect(selisihCapaian([{ r: false as never, t: 1, p, aturan: p }])).toEqual([]);
      expect(selisihCapaian([{ r: 1, t: true as never, p, aturan: p }])).toEqual([]);
    },
  );

  // r/t beyond the largest double is #NUM! in the flag, so an unreal 1e300-to-1e-300 negatif_rasio
  // row is not flagged, while the domain computes t/r = 0% and calls it missed.
  it.failing("a ratio too large to compute is still flagged for negatif_rasio", () => {
    expect(selisihCapaian([{ r: 1e300, t: 1e-300, p: "negatif_rasio", aturan: "negatif_rasio" }])).toEqual(
      [],
    );
  });
});
