import { adalahGalat } from "../../src/domain/galat";
import { DataLaporan, hitungLkjip, IndikatorLaporan } from "../../src/domain/lkjip";
import { BarisRenjaLaporan, PROGRAM_PENUNJANG } from "../../src/domain/lkjip-pendukung";

const renja = (kode: string | null, ubah: Partial<BarisRenjaLaporan> = {}): BarisRenjaLaporan => ({
  kode,
  polaritas: "positif" as const,
  agregasi: "jumlah" as const,
  targetAkhir: 12,
  paguAkhir: 300,
  target: 4,
  pagu: 100,
  realisasiLaluK: null,
  realisasiLaluRp: null,
  k: [1, 1, null, null],
  rp: [20, 30, null, null],
  sasaran: "Sasaran A",
  nama: `Nama ${kode}`,
  indikator: `Indikator ${kode}`,
  ...ubah,
});

const data = (ubah: Partial<DataLaporan> = {}): DataLaporan => ({
  instansi: "Dinas",
  periode: { awal: 2024, akhir: 2026 },
  indikator: [
    { kode: "IKU-01", sasaran: "Sasaran A", target: {}, realisasi: {} } as unknown as IndikatorLaporan,
  ],
  program: [
    {
      kode: "2.17.02",
      nama: "Program A",
      indikator: ["iku-01"],
      pagu: { 2025: 100 },
      realisasiAnggaran: { 2025: 80 },
    },
    { kode: "2.17.01", nama: "Program B", indikator: [], pagu: { 2025: 50 }, realisasiAnggaran: {} },
  ],
  ...ubah,
});

describe("hitungLkjip tables 3.9 and 3.10", () => {
  it("lists the cascade's rows in 3.9 with the Renja evaluation's K and Rp, the sasaran once", () => {
    const { t39 } = hitungLkjip(
      data({
        renja: [
          renja("2.17.02", { rp: [0, 0, null, null] }),
          renja("2.17.02.2.01.0001"),
          renja("2.17.02.2.01.0009", { diTabel: false }),
        ],
      }),
      2025,
    );
    expect(t39.map((b) => [b.no, b.sasaran, b.kode])).toEqual([
      [1, "Sasaran A", "2.17.02"],
      [2, "", "2.17.02.2.01.0001"],
    ]);
    expect(t39[1]).toMatchObject({
      target: 4,
      realisasi: 2,
      capaian: 0.5,
      pagu: 100,
      realisasiAnggaran: 50,
      serapan: 0.5,
    });
  });

  it("is empty without a cascade", () => {
    expect(hitungLkjip(data(), 2025).t39).toEqual([]);
  });

  it("gives 3.10 per program its sasaran, sisa and serapan, and the Jumlah row", () => {
    const { t310, jumlah310 } = hitungLkjip(data(), 2025);
    expect(t310.map((b) => [b.sasaran, b.program, b.pagu, b.realisasiAnggaran, b.sisa, b.serapan])).toEqual([
      ["Sasaran A", "Program A", 100, 80, 20, 0.8],
      [PROGRAM_PENUNJANG, "Program B", 50, null, "", ""],
    ]);
    expect(jumlah310).toEqual({ pagu: 150, realisasiAnggaran: 80, sisa: 20, serapan: 80 / 150 });
  });

  it("keeps a pagu of 0 an error in serapan, and an empty table's Jumlah blank", () => {
    const nol = hitungLkjip(data({ program: [{ ...data().program[0], pagu: { 2025: 0 } }] }), 2025);
    expect(adalahGalat(nol.t310[0].serapan)).toBe(true);
    expect(hitungLkjip(data({ program: [] }), 2025).jumlah310).toEqual({
      pagu: "",
      realisasiAnggaran: "",
      sisa: "",
      serapan: "",
    });
  });
});
