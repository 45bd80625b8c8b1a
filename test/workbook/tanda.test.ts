import { rumusBertanda, rumusMeleset } from "../../src/workbook/rumus";
import { PENANDA, penandaDari, rencanaTanda, tandaRentang } from "../../src/workbook/tanda";

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
    expect(rencana[0].rumus).toBe(rumusBertanda(rumusMeleset("E6", "D6", "$C6"), `${PENANDA} E6:E15`));
  });

  it("uses the quoted default polarity when the table has no polarity column", () => {
    const f = tandaRentang({ kolom: 4, baris: 3, lebar: 1, tinggi: 2 }, { kolom: 3, baris: 3 });
    expect(f.rumus).toBe(rumusBertanda(rumusMeleset("D3", "C3", '"positif"'), `${PENANDA} D3:D4`));
  });
});

describe("penandaDari", () => {
  it.each([
    ['=AND(E6<1,N("IKU-Kinerja E6:E15")=0)', "IKU-Kinerja E6:E15"],
    ['AND(X,N("IKU-Kinerja D3")=0)', "IKU-Kinerja D3"],
    ["=$E6<$D6", undefined],
    ['=N("Kinerja")=0', undefined],
    [null, undefined],
  ])("reads the add-in's marker from %j", (rumus, penanda) => {
    expect(penandaDari(rumus)).toBe(penanda);
  });
});
