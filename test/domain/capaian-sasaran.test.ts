import { hitungCapaianSasaran, kelompokSasaran } from "../../src/domain/capaian-sasaran";
import { hitungCapaian } from "../../src/domain/capaian";
import { hitungLkjip } from "../../src/domain/lkjip";
import { DATA } from "./lkjip-data";

const dekat = (x: number) => expect.closeTo(x, 12);

describe("kelompokSasaran", () => {
  it.each([
    [
      ["A", "A", "B"],
      [
        [0, 2],
        [2, 1],
      ],
    ],
    [
      ["A", " A ", "B", "A"],
      [
        [0, 2],
        [2, 1],
        [3, 1],
      ],
    ],
    [[], []],
  ])("groups runs of the same sasaran text %j", (sasaran, harapan) => {
    expect(kelompokSasaran(sasaran.map((s) => ({ sasaran: s })))).toEqual(harapan);
  });
});

describe("Tabel 3.6 of hitungLkjip", () => {
  it("counts and means each sasaran's indicators, then means the sasaran for the agency", () => {
    const t = hitungLkjip(DATA, 2025).t36;
    const a = (0.42 / 0.41 + 0.8) / 2;
    const b = (0.8 + 1) / 2;
    expect(t.sasaran).toEqual([
      {
        no: 1,
        sasaran: "Sasaran A",
        jumlahIndikator: 2,
        tercapai: 1,
        tidakTercapai: 1,
        belumDapatDiukur: 0,
        rataRata: dekat(a),
        predikat: "Sangat Tinggi",
      },
      {
        no: 2,
        sasaran: "Sasaran B",
        jumlahIndikator: 2,
        tercapai: 1,
        tidakTercapai: 1,
        belumDapatDiukur: 0,
        rataRata: dekat(b),
        predikat: "Tinggi",
      },
    ]);
    expect(t.perangkatDaerah).toEqual({
      jumlahIndikator: 4,
      tercapai: 2,
      tidakTercapai: 2,
      belumDapatDiukur: 0,
      rataRata: dekat((a + b) / 2),
      predikat: "Tinggi",
    });
  });

  it("leaves the means blank in a year nothing is measured yet", () => {
    const t = hitungLkjip(DATA, 2026).t36;
    expect(t.sasaran.map((s) => [s.belumDapatDiukur, s.rataRata, s.predikat])).toEqual([
      [2, "", ""],
      [2, "", ""],
    ]);
    expect(t.perangkatDaerah).toMatchObject({
      jumlahIndikator: 4,
      belumDapatDiukur: 4,
      rataRata: "",
      predikat: "",
    });
  });
});

describe("hitungCapaianSasaran", () => {
  const ind = (sasaran: string) => ({ sasaran });

  it("means the sasaran means, so a sasaran with one indicator weighs as much as one with three", () => {
    const t = hitungCapaianSasaran([ind("A"), ind("A"), ind("A"), ind("B")], [1, 1, 1, 0.5]);
    expect(t.sasaran.map((s) => s.rataRata)).toEqual([1, 0.5]);
    expect(t.perangkatDaerah.rataRata).toBe(0.75);
    // 75,00% is below Tinggi's 76%.
    expect(t.perangkatDaerah.predikat).toBe("Sedang");
  });

  it("counts an undefined capaian and a blank one as not measurable, and leaves them out of the mean", () => {
    const t = hitungCapaianSasaran([ind("A"), ind("A"), ind("A")], [hitungCapaian(5, 0, "positif"), "", 0.9]);
    expect(t.sasaran[0]).toMatchObject({ tercapai: 0, tidakTercapai: 1, belumDapatDiukur: 2, rataRata: 0.9 });
  });

  it("calls 99,996% Tercapai, as the sheet's rounding shows it 100,00%", () => {
    const t = hitungCapaianSasaran([ind("A"), ind("A")], [0.99996, 0.99994]);
    expect(t.sasaran[0]).toMatchObject({ tercapai: 1, tidakTercapai: 1 });
  });

  it("skips a sasaran without a mean when averaging the agency", () => {
    const t = hitungCapaianSasaran([ind("A"), ind("B")], ["", 1.2]);
    expect(t.perangkatDaerah.rataRata).toBe(1.2);
    expect(t.perangkatDaerah.predikat).toBe("Sangat Tinggi");
  });
});
