import { join } from "node:path";
import { adalahGalat } from "../../src/domain/galat";
import { JUDUL_TABEL_PENDUKUNG, KOLOM_39 } from "../../src/domain/judul-renja";
import { NAMA_LEMBAR } from "../../src/laporan/baca-buku";
import { bacaTabel39, Tabel39Dibaca } from "../../src/laporan/baca-pendukung";
import { bacaBukuUtuh, BukuUtuh } from "../../src/xlsx/lembar-utuh";
import { DATA } from "../domain/lkjip-data";
import { bacaLewatPembaca, bukuDari } from "./buku-laporan";

/** Our own workbook with a Renstra cascade, filled and saved by LibreOffice (formulas carry their results). */
const TERSIMPAN = join(__dirname, "..", "fixtures", "buku-sendiri", "renja-terisi-libreoffice.xlsx");

function ada(t: Tabel39Dibaca) {
  if (!t.ada) throw new Error(`Tabel 3.9 tidak terbaca: ${JSON.stringify(t)}`);
  return t;
}

describe("bacaTabel39, Tabel 3.9 as the saved LKjIP sheet shows it", () => {
  let buku: BukuUtuh;
  beforeAll(async () => {
    buku = await bacaBukuUtuh(TERSIMPAN, Object.values(NAMA_LEMBAR));
  });

  it("reads every listed row of the cascade with the values the spreadsheet computed", () => {
    const t = ada(bacaTabel39(buku, 2025));
    expect(t.baris).toHaveLength(13);
    expect(t.baris.map((b) => b.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const [program] = t.baris;
    expect(program).toMatchObject({
      kode: "2.17.06",
      nama: "Program Pemberdayaan dan Perlindungan Koperasi",
      indikator: "Persentase koperasi aktif",
      target: 0.41,
      realisasi: 0,
      capaian: 0,
      pagu: 305_000_000,
      realisasiAnggaran: 115_500_000,
    });
    expect(program.sasaran).toMatch(/^Merevitalisasi pembinaan/);
    expect(program.serapan).toBeCloseTo(115.5 / 305, 12);
    expect(t.baris[3]).toMatchObject({
      kode: "2.17.06.2.01.0003",
      realisasi: 7.2,
      capaian: 0.6,
      serapan: 0.85,
    });
    expect(t.baris[9]).toMatchObject({ sasaran: "Program Penunjang", kode: "2.17.01" });
  });

  it("takes each row's unit from the Renstra sheet, a program's further indicator included", () => {
    const t = ada(bacaTabel39(buku, 2025));
    expect(t.satuan.slice(0, 3)).toEqual(["%", "Unit", "Orang"]);
    // Row 9 is a further indicator of kegiatan 2.17.08.2.01.0002: blank code, its own unit
    expect(t.baris[8]).toMatchObject({ kode: "", target: 0.35 });
    expect(t.satuan[8]).toBe("%");
  });

  it("turns a saved error into the reason the Evaluasi Renja row's Keterangan gives", () => {
    const t = ada(bacaTabel39(buku, 2025));
    const salah = t.baris[2]; // 2.17.06.2.01.0001: a quarter typed as text
    expect(adalahGalat(salah.realisasi) && salah.realisasi.pesan.id).toBe(
      "TW bukan angka (kolom Keterangan, lembar Evaluasi Renja).",
    );
    expect(adalahGalat(salah.capaian)).toBe(true);
    expect(salah.realisasiAnggaran).toBe(1_000_000);
    const cek = t.baris[4].realisasiAnggaran; // 2.17.08: Rp over its pagu
    expect(adalahGalat(cek) && cek.pesan.id).toMatch(/^Cek target\/pagu/);
  });

  it("leaves the table out when it states another year than the draft's", () => {
    expect(bacaTabel39(buku, 2026)).toEqual({ ada: false, hilang: "tabel39TahunLain" });
  });

  it("knows a workbook without a Renstra cascade by the table's one row", async () => {
    const wb = await bacaLewatPembaca(bukuDari(DATA, 2025));
    expect(bacaTabel39(wb, 2025)).toEqual({ ada: false, tanpaCascade: true });
  });

  it("says when no spreadsheet has computed the table yet (formulas without results)", async () => {
    const wb = bukuDari(DATA, 2025);
    const lk = wb.getWorksheet("LKjIP")!;
    lk.getRow(82).values = [
      1,
      { formula: "IKU!C6" },
      ...["A7", "B7", "C7", "I7", "S7", "U7", "J7", "T7", "V7"].map((a) => ({
        formula: `'Evaluasi Renja'!${a}`,
      })),
    ];
    expect(bacaTabel39(await bacaLewatPembaca(wb), 2025)).toEqual({
      ada: false,
      hilang: "tabel39BelumDihitung",
    });
  });

  it("names what is missing: the LKjIP sheet, or the table in an older sheet", async () => {
    const tanpaLembar = bukuDari(DATA, 2025);
    tanpaLembar.removeWorksheet(tanpaLembar.getWorksheet("LKjIP")!.id);
    expect(bacaTabel39(await bacaLewatPembaca(tanpaLembar), 2025)).toEqual({
      ada: false,
      hilang: "lembarLkjip",
    });
    const lama = bukuDari(DATA, 2025);
    const lk = lama.getWorksheet("LKjIP")!;
    lk.getCell("A80").value = null;
    expect(bacaTabel39(await bacaLewatPembaca(lama), 2025)).toEqual({ ada: false, hilang: "tabel39" });
    const tanpaKolom = bukuDari(DATA, 2025);
    tanpaKolom.getWorksheet("LKjIP")!.getRow(81).values = KOLOM_39(2025).filter((k) => k !== "Kode");
    expect(JUDUL_TABEL_PENDUKUNG.t39).toBe("Tabel 3.9 Program dan Kegiatan Pendukung");
    expect(bacaTabel39(await bacaLewatPembaca(tanpaKolom), 2025)).toEqual({ ada: false, hilang: "tabel39" });
  });
});
