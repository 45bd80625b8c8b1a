/**
 * The Evaluasi Renja's print (plan level): column groups each legible on A4 landscape, Kode and
 * names on every page, the titles in the page header, the footer on a page with filled rows, and
 * rows tall enough for every wrapped text.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { KOLOM_RENJA } from "../../../src/domain/judul-renja";
import { bacaKatalogTeks } from "../../../src/domain/katalog-json";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../src/domain/types";
import { hurufKolom, indeksKolom } from "../../../src/workbook/alamat";
import { TINGGI_BARIS_BAWAAN, skalaLebarHalaman, tinggiHalaman } from "../../../src/workbook/kepala-halaman";
import { NAMA_DASAR, RencanaLembar, adalahRumus } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { tataLetakRenja } from "../../../src/workbook/sisip/tata-letak-renja";
import {
  BARIS_ISIAN_RENSTRA,
  KEPALA_RENSTRA,
  barisRenstra,
} from "../../../src/workbook/sisip/tata-letak-renstra";
import { banyakBarisTeks } from "../../../src/workbook/sisip/tinggi-baris";

const contoh = bacaKatalogTeks(
  readFileSync(join(__dirname, "../../../katalog/contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;
const renja = (k: Katalog): RencanaLembar =>
  buatRencana(k, NAMA_DASAR, { tahunAktif: 2025 }).lembar.find((l) => l.nama === "Evaluasi Renja")!;
const t = tataLetakRenja();
const awal = KEPALA_RENSTRA + 1;
const kaki = (k: Katalog) => awal + barisRenstra({ katalog: k }).length + BARIS_ISIAN_RENSTRA + 1;

describe("the Evaluasi Renja printed on A4 landscape", () => {
  const l = renja(contoh);
  const cetak = l.cetak!;

  it("prints four column groups at 78%, never below 75%, each fitting its page with Kode to Indikator", () => {
    expect(cetak).toMatchObject({ orientasi: "lanskap", pasLebarHalaman: false, skala: 78 });
    expect(cetak.putusKolomSebelum).toEqual([11, 19, 23]);
    expect(cetak.putusKolomSebelum!.map(hurufKolom)).toEqual(["K", "S", "W"]);
    const batas = [4, ...cetak.putusKolomSebelum!, t.kolomAkhir + 1];
    const skala = batas
      .slice(0, -1)
      .map((dari, i) =>
        skalaLebarHalaman(
          Object.fromEntries(
            Object.entries(l.lebarKolom).filter(
              ([h]) => indeksKolom(h) <= 3 || (indeksKolom(h) >= dari && indeksKolom(h) < batas[i + 1]),
            ),
          ),
          "lanskap",
        ),
      );
    // The quarters are the widest group; every group fits at the sheet's scale.
    expect(skala).toEqual([86, 78, 100, 86]);
    expect(Math.min(...skala)).toBe(cetak.skala);
  });

  it("repeats the header row and Kode, Program / Kegiatan / Sub Kegiatan, Indikator Kinerja on every page", () => {
    expect(cetak.barisJudul).toBe("$5:$5");
    expect(cetak.kolomJudul).toBe("$A:$C");
    expect(KOLOM_RENJA(2025).slice(0, 3)).toEqual([
      "Kode",
      "Program / Kegiatan / Sub Kegiatan",
      "Indikator Kinerja",
    ]);
  });

  it("numbers pages across a band of rows first, so a row's targets, quarters and results follow each other", () => {
    expect(cetak.menyampingDulu).toBe(true);
  });

  it("prints from the header to the footer's last row, the titles in the page header", () => {
    expect(cetak.areaCetak).toBe(`A5:AB${kaki(contoh) + 4}`);
    expect(cetak.kepalaHalaman).toEqual([
      "EVALUASI HASIL RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
      contoh.instansi.toUpperCase(),
    ]);
  });

  it("keeps the header texts of the contract", () => {
    expect(l.blok.find((b) => b.alamat === "A5")!.nilai[0]).toEqual(KOLOM_RENJA(2025));
  });

  it("narrows the Rp capaian columns, which hold percentages, and keeps the rupiah columns wide", () => {
    expect([l.lebarKolom.V, l.lebarKolom.Z, l.lebarKolom.T, l.lebarKolom.X]).toEqual([10, 10, 14, 14]);
  });

  it("keeps the footer on one page with the last filled rows, under the empty input rows", () => {
    const [putus] = cetak.putusSebelum!;
    const akhirTerisi = awal + barisRenstra({ katalog: contoh }).length - 1;
    expect(putus).toBe(20);
    expect(putus).toBeLessThanOrEqual(akhirTerisi);
    const tinggi = (r: number) => l.tinggiBaris[r] ?? TINGGI_BARIS_BAWAAN;
    let halamanAkhir = 0;
    for (let r = putus; r <= kaki(contoh) + 4; r++) halamanAkhir += tinggi(r);
    const muat = tinggiHalaman("lanskap", cetak.skala!, true) - tinggi(KEPALA_RENSTRA);
    expect(halamanAkhir).toBeLessThanOrEqual(muat);
    // One more filled row would not fit: the pages before hold all they can.
    expect(halamanAkhir + tinggi(putus - 1)).toBeGreaterThan(muat);
  });

  it("still averages the capaian over the empty input rows, so a row typed later counts", () => {
    const rata = l.blok.find((b) => b.alamat === `G${kaki(contoh)}`)!.nilai[0][0];
    expect(adalahRumus(rata!) && rata.rumus).toContain(`U${awal}:U${kaki(contoh) - 2}`);
  });

  it("puts the footer's labels, values and factors on the first group's columns only, none cut by a column break", () => {
    const r = kaki(contoh);
    // Three lines to type each factor in.
    expect([r + 2, r + 3, r + 4].map((b) => l.tinggiBaris[b])).toEqual([45, 45, 45]);
    expect(l.gabung).toEqual(
      expect.arrayContaining([`D${r}:F${r}`, `G${r}:I${r}`, `G${r + 2}:J${r + 2}`, `G${r + 4}:J${r + 4}`]),
    );
  });

  it("sets no break without a cascade: the empty rows and the footer fit one page", () => {
    expect(renja(KATALOG_BAWAAN).cetak!.putusSebelum).toBeUndefined();
  });

  it("gives each row room for its names, the indicator's unit and the unit in charge", () => {
    const katalog = structuredClone(contoh);
    const sub = katalog.program![0].kegiatan![0].subKegiatan[0];
    sub.unit = "Bidang Koperasi, Usaha Kecil dan Menengah serta Perindustrian";
    const baru = renja(katalog);
    const r =
      awal + barisRenstra({ katalog }).findIndex((b) => b.jenis === "isi" && b.pokok?.kode === sub.kode);
    expect(banyakBarisTeks(sub.unit, 16)).toBe(4);
    expect(baru.tinggiBaris[r]).toBeGreaterThanOrEqual(4 * 13);
    expect(l.tinggiBaris[r]).toBeLessThan(baru.tinggiBaris[r]);
  });
});
