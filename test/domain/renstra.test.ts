import { indukKode, periksaRenstra, STATUS_PAGU, tingkatKode } from "../../src/domain/renstra";

describe("the level and parent of a Renstra code", () => {
  it.each([
    ["2.17.02", "Program", ""],
    ["2.17.02.2.01", "Kegiatan", "2.17.02"],
    ["2.17.02.2.01.0001", "Sub Kegiatan", "2.17.02.2.01"],
  ])("%s is a %s under %j", (kode, tingkat, induk) => {
    expect(tingkatKode(kode)).toBe(tingkat);
    expect(indukKode(kode)).toBe(induk);
  });

  it.each([
    ["2.17.2"],
    ["2.17.02 "],
    ["2.17.02.2.1"],
    ["2.17.02.2.01.001"],
    ["2.1E.05"],
    [2.17],
    [""],
    [null],
  ])("gives no level and no parent for %j, never a guess", (kode) => {
    expect(tingkatKode(kode)).toBeUndefined();
    expect(indukKode(kode)).toBeUndefined();
  });
});

describe("periksaRenstra: the checks of the Cek Pagu and Selisih Pagu columns", () => {
  const tahun = [2025, 2026];
  const b = (kode: unknown, p25?: unknown, p26?: unknown) => ({ kode, pagu: { 2025: p25, 2026: p26 } });

  it("says Sesuai when every year's pagu is the sum of the direct children's", () => {
    const cek = periksaRenstra(
      [
        b("2.17.02", 300, 100),
        b("2.17.02.2.01", 300, 100),
        b("2.17.02.2.01.0001", 100, 100),
        b("2.17.02.2.01.0002", 200, null),
        b(null),
      ],
      tahun,
    );
    expect(cek.map((c) => c.status)).toEqual([STATUS_PAGU.sesuai, STATUS_PAGU.sesuai, "", "", ""]);
    expect(cek[1].selisih).toEqual({ 2025: 0, 2026: 0 });
  });

  it("names each year whose pagu differs, with the difference in rupiah, even when the years make up for each other", () => {
    const cek = periksaRenstra(
      [b("2.17.02", 300, 100), b("2.17.02.2.01", 300, 100), b("2.17.02.2.01.0001", 400, 0)],
      tahun,
    );
    expect(cek[1]).toEqual({
      status: STATUS_PAGU.tidakSesuai,
      selisih: { 2025: 100, 2026: -100 },
      tahunSalah: ["2025", "2026"],
    });
  });

  it("reports a code of no shape and a child whose parent is missing, and counts a text pagu as 0 and wrong", () => {
    const cek = periksaRenstra(
      [b("2.17.2", 1), b("2.17.03.2.01", 5), b("2.17.04", "1.500.000.000"), b("2.17.04.2.01", 7)],
      tahun,
    );
    expect(cek.map((c) => c.status)).toEqual([
      STATUS_PAGU.kodeTidakDikenali,
      STATUS_PAGU.indukTidakAda,
      STATUS_PAGU.tidakSesuai,
      "",
    ]);
    expect(cek[2].selisih).toEqual({ 2025: 7, 2026: 0 });
    expect(cek[2].tahunSalah).toEqual(["2025"]);
  });

  it("flags a negative pagu even where nothing else is wrong", () => {
    expect(periksaRenstra([b("2.17.02.2.01.0001", -5)], tahun)[0].tahunSalah).toEqual(["2025"]);
  });
});
