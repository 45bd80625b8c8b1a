import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../src/domain/types";
import { NAMA_DASAR, adalahRumus } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { nilai } from "./nilai-rencana";

const rencanaAksi = (katalog: Katalog, tahunAktif: number) =>
  buatRencana(katalog, NAMA_DASAR, { tahunAktif }).lembar.find((l) => l.nama === "Rencana Aksi")!;

describe("the Rencana Aksi sheet", () => {
  const ra = rencanaAksi(KATALOG_BAWAAN, 2025);

  it("comes right after Triwulan", () => {
    const nama = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }).lembar.map((l) => l.nama);
    expect(nama.slice(0, 3)).toEqual(["IKU", "Triwulan", "Rencana Aksi"]);
  });

  it("has the contract's header cells for year N and says which year it is for", () => {
    const kepala = ra.blok.find((b) => b.alamat === "A5")!.nilai[0];
    expect(kepala).toEqual([
      "No",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Target 2025",
      "Target TW I",
      "Target TW II",
      "Target TW III",
      "Target TW IV",
      "Rencana Aksi",
      "Program / Kegiatan Pendukung",
      "Penanggung Jawab",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Realisasi s.d. TW",
      "Capaian s.d. TW",
      "Status",
    ]);
    expect(nilai(ra, "A1")).toBe("RENCANA AKSI TAHUN 2025");
  });

  it("follows the year the PK is for", () => {
    expect(nilai(rencanaAksi(KATALOG_BAWAAN, 2026), "E5")).toBe("Target 2026");
    expect(nilai(rencanaAksi(KATALOG_BAWAAN, 2026), "F6")).toEqual({
      rumus: `=IF(TRIM('Triwulan'!AC6)="","",'Triwulan'!AC6)`,
    });
  });

  it("refers to every number on IKU and Triwulan, and types none", () => {
    expect(nilai(ra, "E6")).toEqual({ rumus: `=IF(TRIM('IKU'!J6)="","",'IKU'!J6)` });
    expect(nilai(ra, "F6")).toEqual({ rumus: `=IF(TRIM('Triwulan'!Q6)="","",'Triwulan'!Q6)` });
    expect(nilai(ra, "P15")).toEqual({ rumus: `=IF(TRIM('Triwulan'!X15)="","",'Triwulan'!X15)` });
    expect(nilai(ra, "Q6")).toEqual({ rumus: `=IF(TRIM('Triwulan'!Y6)="","",'Triwulan'!Y6)` });
    expect(nilai(ra, "R6")).toEqual({ rumus: `=IF(TRIM('Triwulan'!AA6)="","",'Triwulan'!AA6)` });
    const angka = ra.blok.flatMap((b) =>
      b.nilai.slice(b.alamat === "A6" ? 0 : 99).flatMap((r) => r.slice(1)),
    );
    expect(angka.filter((v) => typeof v === "number")).toEqual([]);
  });

  it("leaves the three typed columns as input cells", () => {
    expect(["J6", "K6", "L15"].map((a) => nilai(ra, a))).toEqual([null, null, null]);
    expect(ra.format).toContainEqual({ alamat: "J6:L15", gaya: { warnaIsi: "#FFF9E5" } });
  });

  it("prints the Status word by formula, with the thresholds of the catalog", () => {
    expect(nilai(ra, "S6")).toEqual({
      rumus:
        '=IFERROR(IF(Q6="","Belum Diisi",LOOKUP(IF(R6="",1,ROUND(R6,4)),{0,0.76,1},' +
        '{"Terlambat","Perlu Perhatian","Sesuai Rencana"})),IF(COUNT(F6:I6)<4,"Cek Target TW","Cek Realisasi TW"))',
    });
    const lain = rencanaAksi({ ...KATALOG_BAWAAN, ambangRencanaAksi: { sesuai: 0.9, perhatian: 0.7 } }, 2025);
    const s6 = nilai(lain, "S6");
    expect(adalahRumus(s6!) && s6.rumus).toContain("{0,0.7,0.9}");
    expect(
      lain.blok.flatMap((b) => b.nilai.flat()).filter((v) => typeof v === "string" && v.includes("90%")),
    ).toHaveLength(1);
  });

  it("flags every status by colour, green only on plan", () => {
    const aturan = ra.formatBersyarat.filter((f) => f.alamat === "S6:S15");
    expect(aturan.map((f) => [f.rumus, f.warnaIsi])).toEqual([
      ['S6="Sesuai Rencana"', "#C6EFCE"],
      ['S6="Perlu Perhatian"', "#FFEB9C"],
      ['OR(S6="Terlambat",S6="Cek Target TW",S6="Cek Realisasi TW")', "#FFC7CE"],
      ['S6="Belum Diisi"', "#EDEDED"],
    ]);
  });

  it("merges each sasaran over its indicators", () => {
    expect(ra.gabung).toEqual(expect.arrayContaining(["B6:B11", "B12:B14"]));
  });

  it("gives each indicator row room for its name and its unit, wrapped", () => {
    const katalog = structuredClone(KATALOG_BAWAAN);
    const [a, b] = katalog.tujuan[0].sasaran[0].indikator;
    // Short enough by count (36 characters for a 30-wide column), two lines by the letters' widths.
    a.nama = "Jumlah Dokumen Pengembangan Industri";
    b.nama = "Jumlah";
    b.satuan = "Kelompok Usaha Bersama";
    const l = rencanaAksi(katalog, 2025);
    expect([l.lebarKolom.C, l.lebarKolom.D]).toEqual([30, 8]);
    expect(l.tinggiBaris[6]).toBe(30);
    // The unit wraps to three lines in its 8-wide column.
    expect(l.tinggiBaris[7]).toBe(43);
  });
});
