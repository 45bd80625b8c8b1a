import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana, tahunSisipBawaan } from "../../../src/workbook/sisip/rencana-iku";
import { tempatIsian } from "../../../src/workbook/sisip/tempat-isian";

const TAHUN = { laporan: 2025, rencana: 2026 };
const isian = (nama = NAMA_DASAR, tahun = TAHUN) =>
  tempatIsian(
    buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: tahun.laporan, tahunRencana: tahun.rencana }),
    nama,
    tahun,
  );

describe("tempatIsian", () => {
  it("lists each sheet with input cells, its columns of the sheet's own year, and the block to select", () => {
    expect(isian().map((t) => [t.kunci, t.lembar, t.pilih])).toEqual([
      ["iku", "IKU", "M6:M15"],
      ["triwulan", "Triwulan", "AC6:AJ15"],
      ["rencanaAksi", "Rencana Aksi", "J6:J15"],
      ["anggaran", "Anggaran", "H6:I20"],
      ["renstra", "Renstra", "A6:A25"],
      ["evaluasiRenja", "Evaluasi Renja", "G6:G25"],
      ["lkjip", "LKjIP", "C35:C44"],
    ]);
  });

  it("names the realisation of the report year on IKU and the quarters of the plan year on Triwulan", () => {
    const [iku, triwulan, , anggaran] = isian();
    expect(iku.kolom).toEqual(["Kondisi Awal", "Realisasi 2025"]);
    expect(triwulan.kolom).toEqual(
      ["Target", "Realisasi"].flatMap((k) =>
        ["I", "II", "III", "IV"].map((q) => `${k} TW ${q} (Tahun 2026)`),
      ),
    );
    expect(anggaran.kolom).toEqual([
      "Kode",
      "Program",
      "Indikator Terkait",
      "Pagu 2025",
      "Realisasi Anggaran 2025",
    ]);
  });

  it("follows the years chosen and the free names the sheets got", () => {
    const nama = { ...NAMA_DASAR, iku: "IKU (2)", triwulan: "Triwulan (2)" };
    const [iku, triwulan] = isian(nama, { laporan: 2024, rencana: 2024 });
    expect([iku.lembar, iku.pilih, iku.kolom]).toEqual([
      "IKU (2)",
      "L6:L15",
      ["Kondisi Awal", "Realisasi 2024"],
    ]);
    expect([triwulan.lembar, triwulan.pilih]).toEqual(["Triwulan (2)", "E6:L15"]);
  });
});

describe("the two years of an insertion", () => {
  it.each([
    [2026, { laporan: 2025, rencana: 2026 }],
    [2025, { laporan: 2024, rencana: 2025 }],
    // The catalog's first year has no year before it in the catalog: both stay on it.
    [2024, { laporan: 2024, rencana: 2024 }],
    [2030, { laporan: 2026, rencana: 2026 }],
    [2020, { laporan: 2024, rencana: 2024 }],
  ])("in %i defaults to %j", (kini, tahun) => {
    expect(tahunSisipBawaan(KATALOG_BAWAAN, new Date(kini, 0, 15))).toEqual(tahun);
  });

  const judul = (tahunAktif: number, tahunRencana?: number) => {
    const r = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif, tahunRencana }).lembar;
    const a1 = (nama: string) =>
      r.find((l) => l.nama === nama)!.blok.find((b) => b.alamat === "A1")!.nilai[0][0];
    return {
      pk: a1("PK"),
      lkjip: r
        .find((l) => l.nama === "LKjIP")!
        .blok.map((b) => b.nilai[0][0])
        .find((v) => typeof v === "string" && v.startsWith("Tabel 3.1")),
    };
  };

  it("puts the plan year on the PK and the report year on the LKjIP", () => {
    expect(judul(2025, 2026)).toEqual({
      pk: "PERJANJIAN KINERJA TAHUN 2026",
      lkjip: "Tabel 3.1 Capaian Kinerja Tahun 2025",
    });
  });

  it("keeps the PK on the report year when no plan year is given, as before", () => {
    expect(judul(2025).pk).toBe("PERJANJIAN KINERJA TAHUN 2025");
  });

  it("ignores a plan year outside the catalog", () => {
    expect(judul(2024, 2031).pk).toBe("PERJANJIAN KINERJA TAHUN 2024");
  });
});
