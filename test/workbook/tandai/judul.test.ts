import { bacaJudul, hanyaPeriode, kunciPeriode } from "../../../src/workbook/tandai/judul";

describe("bacaJudul", () => {
  it.each([
    ["Target 2025", "target", "2025", "2025"],
    ["REALISASI  2025", "realisasi", "2025", "2025"],
    ["Realisasi\nTahun 2025", "realisasi", "2025", "2025"],
    ["Target TW I", "target", "tw1", "TW I"],
    ["Realisasi Triwulan 1", "realisasi", "tw1", "Triwulan 1"],
    ["Target Kinerja Sasaran Pada Tahun 2024", "target", "2024", "2024"],
    ["Realisasi Kinerja", "realisasi", "", ""],
    ["Rencana", "target", "", ""],
    ["Actual", "realisasi", "", ""],
    ["Target (%)", "target", "", ""],
    ["Target Anggaran (Rp)", "lain", "", ""],
    ["Targetan", "lain", "", ""],
    ["Capaian 2025", "lain", "", ""],
    ["Indikator Sasaran", "label", "", ""],
    ["Uraian", "label", "", ""],
    ["Polaritas", "polaritas", "", ""],
  ])("reads %j as %s of period %j", (teks, peran, kunci, periode) => {
    expect(bacaJudul(teks)).toEqual({ peran, kunci, periode });
  });
});

describe("kunciPeriode and hanyaPeriode", () => {
  it.each([
    ["tw iii", "tw3"],
    ["q3", "tw3"],
    ["triwulan 3", "tw3"],
    ["semester ii", "s2"],
    ["s.d. tw iii", "sdtw3"],
  ])("turns %j into the key %j", (teks, kunci) => {
    expect(kunciPeriode(teks)).toBe(kunci);
  });

  it.each([
    ["2025", true],
    ["Tahun 2025", true],
    ["TW II", true],
    ["Target", false],
    ["Laporan Kinerja", false],
    ["", false],
  ])("says %j is a period on its own: %s", (teks, ya) => {
    expect(hanyaPeriode(teks)).toBe(ya);
  });
});
