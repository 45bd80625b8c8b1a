import { indikator } from "../../../src/functions/functions";

describe("INDIKATOR", () => {
  const tabel = indikator();

  it("spills a header row and the ten indicators", () => {
    expect(tabel).toHaveLength(11);
    expect(tabel.every((b) => b.length === 9)).toBe(true);
    expect(tabel[0].slice(0, 6)).toEqual([
      "Kode",
      "Tujuan",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Polaritas",
    ]);
  });

  it("gives each row its code, unit, polarity and targets", () => {
    expect(tabel[9]).toEqual([
      "IKU-09",
      "Peningkatan Kontribusi PDRB sektor non Pertambangan dan Penggalian",
      "Meningkatkan nilai perdagangan dan jasa daerah",
      "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang",
      "UTTP",
      "positif",
      200,
      250,
      300,
    ]);
  });
});
