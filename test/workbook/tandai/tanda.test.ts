import fc from "fast-check";
import { rumusBertanda, rumusMeleset } from "../../../src/workbook/rumus";
import {
  PENANDA_TANDA,
  penandaDari,
  rencanaTanda,
  sudahDitandai,
  tandaRentang,
} from "../../../src/workbook/tandai/tanda";

/** Excel refuses a conditional-format formula longer than this. */
const BATAS_RUMUS_ATURAN = 255;

describe("rencanaTanda", () => {
  const kerangka = {
    barisJudul: 1,
    pasangan: [
      { periode: "2024", kolomTarget: 2, kolomRealisasi: 3 },
      { periode: "2025", kolomTarget: 4, kolomRealisasi: 5 },
    ],
    kolomPolaritas: 1,
  };

  it("puts one rule per pair on the realisation column, relative to its first row", () => {
    const rencana = rencanaTanda(kerangka, { kolom: 2, baris: 4 }, 2, 11);
    expect(rencana.map((f) => f.alamat)).toEqual(["E6:E15", "G6:G15"]);
    expect(rencana[0].rumus).toBe(rumusBertanda(rumusMeleset("E6", "D6", "$C6"), PENANDA_TANDA));
  });

  it("uses the quoted default polarity when the table has no polarity column", () => {
    const f = tandaRentang({ kolom: 4, baris: 3, lebar: 1, tinggi: 2 }, { kolom: 3, baris: 3 });
    expect(f.rumus).toBe(rumusBertanda(rumusMeleset("D3", "C3", '"positif"'), PENANDA_TANDA));
  });

  it("writes no address into the marker, so a moved rule stays recognisable", () => {
    const f = tandaRentang({ kolom: 5, baris: 10, lebar: 1, tinggi: 100 }, { kolom: 4, baris: 10 }, 3);
    expect(f.rumus).toContain('N("IKU-Kinerja")=0');
    expect(f.rumus).not.toContain("E109");
  });

  it("keeps a table at row 10 with a polarity column within Excel's limit (it was 262 characters)", () => {
    const f = tandaRentang({ kolom: 5, baris: 10, lebar: 1, tinggi: 100 }, { kolom: 4, baris: 10 }, 3);
    expect(f.rumus.length).toBeLessThanOrEqual(BATAS_RUMUS_ATURAN);
  });

  it("keeps every rule within 255 characters for any columns and rows up to XFD1048576", () => {
    const kolom = fc.integer({ min: 1, max: 16384 });
    const baris = fc.integer({ min: 1, max: 1048576 });
    fc.assert(
      fc.property(kolom, kolom, fc.option(kolom, { nil: undefined }), baris, baris, (kr, kt, kp, b, bt) => {
        const tinggi = 1048576 - b + 1;
        const f = tandaRentang({ kolom: kr, baris: b, lebar: 1, tinggi }, { kolom: kt, baris: bt }, kp);
        expect(f.rumus.length).toBeLessThanOrEqual(BATAS_RUMUS_ATURAN);
      }),
      { numRuns: 500 },
    );
  });

  it("is longest at the last row and column, and still within the limit", () => {
    const f = tandaRentang(
      { kolom: 16384, baris: 1048576, lebar: 1, tinggi: 1 },
      { kolom: 16384, baris: 1048576 },
      16384,
    );
    expect(f.rumus.length).toBeLessThanOrEqual(BATAS_RUMUS_ATURAN);
  });
});

describe("penandaDari", () => {
  it.each([
    ['=AND(E6<1,N("IKU-Kinerja")=0)', "IKU-Kinerja"],
    ['=AND(E6<1,N("IKU-Kinerja E6:E15")=0)', "IKU-Kinerja E6:E15"],
    ['AND(X,N("IKU-Kinerja D3")=0)', "IKU-Kinerja D3"],
    ["=$E6<$D6", undefined],
    ['=N("Kinerja")=0', undefined],
    ['=N("IKU-KinerjaX")=0', undefined],
    [null, undefined],
  ])("reads the add-in's marker from %j", (rumus, penanda) => {
    expect(penandaDari(rumus)).toBe(penanda);
  });
});

describe("sudahDitandai", () => {
  const f = tandaRentang({ kolom: 5, baris: 6, lebar: 1, tinggi: 10 }, { kolom: 4, baris: 6 }, 3);
  const milik = (alamat: string) => ({ alamat, rumus: `=${f.rumus}` });

  it.each([
    ["our rule on the same range", [milik("E6:E15")], true],
    ["our rule written with dollars and the sheet name", [milik("'IKU 2025'!$E$6:$E$15")], true],
    [
      "an old rule whose marker names another range but which sits on this one",
      [{ alamat: "E6:E15", rumus: '=AND(X,N("IKU-Kinerja E1:E10")=0)' }],
      true,
    ],
    ["our rule moved down by inserted rows", [milik("E8:E17")], false],
    ["our rule on a smaller range", [milik("E6:E14")], false],
    ["the user's rule on the same range", [{ alamat: "E6:E15", rumus: "=E6<D6" }], false],
    ["nothing", [], false],
  ])("is decided by %s", (_, ada, harapan) => {
    expect(sudahDitandai(ada, f)).toBe(harapan);
  });
});

describe("rumusBertanda", () => {
  it.each([
    ["E5<D5", 'AND(E5<D5,N("IKU-Kinerja")=0)'],
    ["AND(A1,B1)", 'AND(A1,B1,N("IKU-Kinerja")=0)'],
    ["AND(A1,B1)*OR(C1)", 'AND(AND(A1,B1)*OR(C1),N("IKU-Kinerja")=0)'],
    ['AND(A1=")",B1)', 'AND(A1=")",B1,N("IKU-Kinerja")=0)'],
  ])("adds the marker to %s without changing its result", (rumus, harapan) => {
    expect(rumusBertanda(rumus, PENANDA_TANDA)).toBe(harapan);
  });
});
