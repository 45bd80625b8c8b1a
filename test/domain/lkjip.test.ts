import { adalahGalat, nilaiSalah } from "../../src/domain/galat";
import { hitungLkjip, realisasiSampai, targetAkhir, tahunPeriode } from "../../src/domain/lkjip";
import { DATA } from "./lkjip-data";

const dekat = (x: unknown) => expect.closeTo(x as number, 12);

describe("hitungLkjip for 2025", () => {
  const t = hitungLkjip(DATA, 2025);

  it("Tabel 3.1 judges each indicator by its polarity", () => {
    expect(t.t31.map((b) => [b.target, b.realisasi, b.capaian, b.predikat])).toEqual([
      [0.41, 0.42, dekat(0.42 / 0.41), "Sangat Tinggi"],
      [250, 200, 0.8, "Tinggi"],
      [0.03, 0.036, dekat((2 * 0.03 - 0.036) / 0.03), "Tinggi"],
      [1, 1, 1, "Sangat Tinggi"],
    ]);
  });

  it("Tabel 3.2 compares with the year before, change in the unit (points for a percent) and trend read by polarity", () => {
    expect(t.tahunLalu).toBe(2024);
    expect(
      t.t32.map((b) => [b.realisasiLalu, b.realisasi, b.capaianLalu, b.perubahan, b.keterangan]),
    ).toEqual([
      [0.38, 0.42, dekat(0.38 / 0.37), dekat(4), "Membaik"],
      [210, 200, 1.05, -10, "Memburuk"],
      [0.032, 0.036, dekat((0.07 - 0.032) / 0.035), dekat(0.4), "Memburuk"],
      [null, 1, "", "", ""],
    ]);
  });

  it("Tabel 3.3 measures against the end-of-period target, absolut or kumulatif", () => {
    expect(t.t33.map((b) => [b.jenisTarget, b.targetAkhir, b.realisasiSampai, b.capaian])).toEqual([
      ["absolut", 0.44, 0.42, dekat(0.42 / 0.44)],
      ["kumulatif", 750, 410, dekat(410 / 750)],
      ["absolut", 0.03, 0.036, dekat((0.06 - 0.036) / 0.03)],
      // A blank 2024 realisation leaves the running sum blank, not 1.
      ["kumulatif", 3, null, ""],
    ]);
  });

  it("Tabel 3.4 means the capaian of the linked indicators that have one", () => {
    const c2 = (0.8 + (2 * 0.03 - 0.036) / 0.03) / 2;
    expect(t.t34.map((b) => [b.serapan, b.capaianKinerja, b.efisiensi, b.keterangan])).toEqual([
      [0.9, dekat(0.42 / 0.41), dekat(0.42 / 0.41 - 0.9), "Efisien"],
      [1, dekat(c2), dekat(c2 - 1), "Tidak Efisien"],
      ["", 1, "", ""],
    ]);
    expect(t.t34[1].indikatorTerkait).toBe("IKU-02,  iku-03 ");
  });

  it("Tabel 3.5 carries the planner's analysis beside the capaian", () => {
    expect(t.t35[0]).toMatchObject({ faktorPendukung: "Pendampingan rutin", faktorPenghambat: "" });
    expect(t.t35[1].capaian).toBe(0.8);
  });
});

describe("the first year of the period", () => {
  const t = hitungLkjip(DATA, 2024);

  it("compares with kondisi awal and has no earlier capaian", () => {
    expect(t.tahunLalu).toBeUndefined();
    expect(t.t32.map((b) => [b.realisasiLalu, b.capaianLalu, b.keterangan])).toEqual([
      [0.35, "", "Membaik"],
      [180, "", "Membaik"],
      [0.04, "", "Membaik"],
      [null, "", ""],
    ]);
  });
});

describe("a year with nothing reported", () => {
  it("leaves every computed cell blank", () => {
    const t = hitungLkjip(DATA, 2026);
    expect(t.t31.map((b) => b.capaian)).toEqual(["", "", "", ""]);
    expect(t.t34.map((b) => [b.serapan, b.capaianKinerja])).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
  });
});

describe("inputs the capaian rule refuses", () => {
  it("give a Galat with its message, not a number", () => {
    const data = {
      ...DATA,
      indikator: [{ ...DATA.indikator[0], target: { 2024: 0, 2025: 0, 2026: 0 } }],
      program: [],
    };
    const c = hitungLkjip(data, 2025).t31[0].capaian;
    expect(adalahGalat(c) && c.pesan.id).toMatch(/target 0/);
  });
});

describe("a budget error read from the workbook", () => {
  it("stays an error in serapan, efficiency and Tabel 3.10, never a blank or a number", () => {
    const salah = nilaiSalah({ id: "Realisasi Anggaran 2025 di Anggaran!I5 bernilai #N/A", en: "x" });
    const program = [{ ...DATA.program[0], realisasiAnggaran: { 2025: salah } }, DATA.program[1]];
    const t = hitungLkjip({ ...DATA, program }, 2025);
    expect(t.t34[0]).toMatchObject({
      realisasiAnggaran: salah,
      serapan: salah,
      efisiensi: "",
      keterangan: "",
    });
    expect(t.t310[0]).toMatchObject({ realisasiAnggaran: salah, sisa: salah, serapan: salah });
    expect(t.jumlah310.realisasiAnggaran).toBe(salah);
    expect(typeof t.t34[1].serapan).toBe("number");
  });
});

describe("targetAkhir and realisasiSampai", () => {
  const tahun = tahunPeriode(DATA);
  it.each([
    [0, 0.44, 0.38],
    [1, 750, 210],
  ])("indicator %i: end target %p, realisation up to 2024 %p", (i, akhir, sampai) => {
    expect(targetAkhir(DATA.indikator[i], tahun)).toBeCloseTo(akhir, 12);
    expect(realisasiSampai(DATA.indikator[i], tahun, 2024)).toBeCloseTo(sampai, 12);
  });

  it("a blank yearly target leaves a kumulatif end target blank", () => {
    const ind = { ...DATA.indikator[1], target: { 2024: 200, 2025: null, 2026: 300 } };
    expect(targetAkhir(ind, tahun)).toBeNull();
  });
});
