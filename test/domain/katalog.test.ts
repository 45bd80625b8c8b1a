import { cariIndikator, tabelKatalog, targetIndikator } from "../../src/domain/katalog";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { adalahGalat } from "../../src/domain/galat";

describe("cariIndikator", () => {
  it.each([
    ["IKU-01", "IKU-01"],
    ["iku 1", "IKU-01"],
    ["IKU01", "IKU-01"],
    ["iku-10", "IKU-10"],
    ["  indeks kepuasan   MASYARAKAT (ikm) ", "IKU-10"],
    ["Jumlah Sentra IKM yang dikuatkan", "IKU-04"],
    [
      "Jumlah Kebutuhan Pokok dan Barang Penting yang di intervensi dalam rangka Stabilisasi Harga dan Stok",
      "IKU-08",
    ],
  ])("finds %p as %s", (teks, kode) => {
    expect(cariIndikator(KATALOG_BAWAAN, teks)?.kode).toBe(kode);
  });

  it.each([["IKU-11"], ["Koperasi"], [""]])("finds nothing for %p", (teks) => {
    expect(cariIndikator(KATALOG_BAWAAN, teks)).toBeUndefined();
  });

  it("finds a name typed with combining accents (NFD) as the catalog's precomposed one (NFC)", () => {
    const katalog = structuredClone(KATALOG_BAWAAN);
    katalog.tujuan[0].sasaran[0].indikator[0].nama = "Indeks Kinerja Koperasi Caf\u00e9";
    expect(cariIndikator(katalog, "indeks kinerja koperasi cafe\u0301")?.kode).toBe("IKU-01");
  });
});

describe("targetIndikator", () => {
  it.each([
    ["IKU-01", 2025, 0.41],
    ["IKU-07", 2026, 16],
    ["Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang", 2024, 200],
    ["IKU-10", 2025, 83.22],
  ])("%s in %p is %p", (i, tahun, harapan) => {
    expect(targetIndikator(KATALOG_BAWAAN, i, tahun)).toBe(harapan);
  });

  it("answers an unknown indicator with #N/A naming it and the fix", () => {
    const g = targetIndikator(KATALOG_BAWAAN, "IKU-99", 2025);
    expect(adalahGalat(g) && g.galat).toBe("#N/A");
    expect(adalahGalat(g) && g.pesan.id).toMatch(/"IKU-99".*IKU\.INDIKATOR/);
  });

  it("answers an unknown year with #N/A listing the years", () => {
    const g = targetIndikator(KATALOG_BAWAAN, "IKU-01", 2030);
    expect(adalahGalat(g) && g.galat).toBe("#N/A");
    expect(adalahGalat(g) && g.pesan.id).toMatch(/2030.*2024, 2025, 2026/);
  });
});

describe("tabelKatalog", () => {
  const tabel = tabelKatalog(KATALOG_BAWAAN);

  it("starts with a header row", () => {
    expect(tabel[0]).toEqual([
      "Kode",
      "Tujuan",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Polaritas",
      "Target 2024",
      "Target 2025",
      "Target 2026",
    ]);
  });

  it("has one row per indicator in document order", () => {
    expect(tabel).toHaveLength(11);
    expect(tabel[1]).toEqual([
      "IKU-01",
      "Peningkatan Kontribusi PDRB sektor non Pertambangan dan Penggalian",
      "Merevitalisasi pembinaan, pengelolaan dan pola pengembangan UMKM",
      "Persentase Peningkatan Koperasi Aktif",
      "%",
      "positif",
      0.37,
      0.41,
      0.44,
    ]);
    expect(tabel[10].slice(0, 1).concat(tabel[10].slice(4))).toEqual([
      "IKU-10",
      "Indeks",
      "positif",
      82.97,
      83.22,
      83.47,
    ]);
  });
});
