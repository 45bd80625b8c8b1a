import { hitungLkjip } from "../../src/domain/lkjip";
import { paragrafSasaran } from "../../src/domain/narasi-lkjip";
import { DATA } from "./lkjip-data";

describe("paragrafSasaran", () => {
  it("writes one paragraph per sasaran with the counts and the extremes, in Indonesian numbers", () => {
    expect(paragrafSasaran(hitungLkjip(DATA, 2025))).toEqual([
      {
        sasaran: "Sasaran A",
        teks:
          'Dari 2 indikator sasaran "Sasaran A" pada tahun 2025, 1 tercapai (capaian 100% atau lebih) dan 1 tidak tercapai. ' +
          "Capaian tertinggi pada indikator Persentase Koperasi Aktif (102,44%, predikat Sangat Tinggi), " +
          "terendah pada Jumlah UTTP yang Ditera (80,00%, predikat Tinggi).",
      },
      {
        sasaran: "Sasaran B",
        teks:
          'Dari 2 indikator sasaran "Sasaran B" pada tahun 2025, 1 tercapai (capaian 100% atau lebih) dan 1 tidak tercapai. ' +
          "Capaian tertinggi pada indikator Jumlah Dokumen (100,00%, predikat Sangat Tinggi), " +
          "terendah pada Angka Inflasi Daerah (80,00%, predikat Tinggi).",
      },
    ]);
  });

  it("says how many are not yet reported, and names a lone judged indicator", () => {
    const [, b] = paragrafSasaran(hitungLkjip(DATA, 2024));
    expect(b.teks).toBe(
      'Dari 2 indikator sasaran "Sasaran B" pada tahun 2024, 1 tercapai (capaian 100% atau lebih) dan 1 belum ada realisasi atau targetnya. ' +
        "Capaian indikator Angka Inflasi Daerah (108,57%, predikat Sangat Tinggi).",
    );
  });
});
