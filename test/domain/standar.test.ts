import { hitungLkjip } from "../../src/domain/lkjip";
import { bandingStandar, hitungStandar, KATA_STANDAR } from "../../src/domain/standar";
import { DATA } from "./lkjip-data";

describe("bandingStandar", () => {
  it.each([
    [0.42, 0.4, "positif", KATA_STANDAR.diAtas],
    [0.38, 0.4, "positif", KATA_STANDAR.diBawah],
    [0.1 + 0.2, 0.3, "positif", KATA_STANDAR.sama],
    // Lower is better: under the standard is better than it.
    [0.025, 0.03, "negatif", KATA_STANDAR.diAtas],
    [0.036, 0.03, "negatif", KATA_STANDAR.diBawah],
    [12, 10, "negatif_rasio", KATA_STANDAR.diBawah],
  ] as const)("realisasi %p against %p (%s) is %s", (r, s, p, harapan) => {
    expect(bandingStandar(r, s, p)).toBe(harapan);
  });
});

describe("Tabel 3.8", () => {
  const data = {
    ...DATA,
    indikator: DATA.indikator.map((ind) =>
      ind.kode === "IKU-01"
        ? { ...ind, standar: { nilai: 0.4, tingkat: "Nasional" as const, sumber: "RPJMN 2025–2029" } }
        : ind.kode === "IKU-03"
          ? { ...ind, standar: { nilai: 0.03, tingkat: "Provinsi" as const, sumber: "RPJMD Provinsi" } }
          : ind,
    ),
  };

  it("lists only the indicators with a standard, numbered among themselves", () => {
    expect(hitungLkjip(data, 2025).t38).toEqual([
      {
        no: 1,
        indikator: "Persentase Koperasi Aktif",
        realisasi: 0.42,
        standar: 0.4,
        tingkat: "Nasional",
        sumber: "RPJMN 2025–2029",
        keterangan: "Di Atas Standar",
      },
      {
        no: 2,
        indikator: "Angka Inflasi Daerah",
        realisasi: 0.036,
        standar: 0.03,
        tingkat: "Provinsi",
        sumber: "RPJMD Provinsi",
        keterangan: "Di Bawah Standar",
      },
    ]);
  });

  it("leaves Keterangan blank while realisasi N is blank", () => {
    expect(hitungStandar(data.indikator, 2026).map((b) => [b.realisasi, b.keterangan])).toEqual([
      [null, ""],
      [null, ""],
    ]);
  });

  it("is empty when no indicator has a standard", () => {
    expect(hitungLkjip(DATA, 2025).t38).toEqual([]);
  });
});
