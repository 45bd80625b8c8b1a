import { readFileSync } from "fs";
import { join } from "path";
import { bacaKatalogTeks } from "../../../src/domain/katalog-json";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { KOLOM_RENSTRA } from "../../../src/domain/renstra";
import { Katalog } from "../../../src/domain/types";
import { uraiSel } from "../../../src/workbook/alamat";
import { lebarKePoin } from "../../../src/workbook/kepala-halaman";
import { NAMA_DASAR, RencanaLembar, Sel, adalahRumus } from "../../../src/workbook/rencana";
import { BARIS_ISIAN_RENSTRA, tataLetakRenstra } from "../../../src/workbook/sisip/tata-letak-renstra";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";

const contoh = bacaKatalogTeks(
  readFileSync(join(__dirname, "../../../katalog/contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;
const renstra = (k: Katalog) => buatRencana(k, NAMA_DASAR, {}).lembar.find((l) => l.nama === "Renstra")!;

function nilai(l: RencanaLembar, alamat: string): Sel | undefined {
  const { kolom, baris } = uraiSel(alamat);
  for (const b of l.blok) {
    const a = uraiSel(b.alamat);
    const v = b.nilai[baris - a.baris]?.[kolom - a.kolom];
    if (v !== undefined) return v;
  }
  return undefined;
}
const baris = (l: RencanaLembar, r: number, n: number) =>
  Array.from({ length: n }, (_, i) => nilai(l, `${String.fromCharCode(65 + i)}${r}`) ?? null);

describe("the Renstra sheet", () => {
  const l = renstra(contoh);
  const t = tataLetakRenstra([2024, 2025, 2026]);

  it("has one header row with exactly the contract's cells, then the differences per year", () => {
    expect(baris(l, 5, KOLOM_RENSTRA([2024, 2025, 2026]).length)).toEqual(KOLOM_RENSTRA([2024, 2025, 2026]));
  });

  it("puts programs under their sasaran, then Program Penunjang, each followed by its kegiatan and sub kegiatan", () => {
    const kode = Array.from({ length: 14 }, (_, i) => nilai(l, `A${6 + i}`) ?? null);
    const nama = Array.from({ length: 14 }, (_, i) => nilai(l, `C${6 + i}`) ?? null);
    expect(nama[0]).toBe("Sasaran: Merevitalisasi pembinaan, pengelolaan dan pola pengembangan UMKM");
    expect(kode.slice(1, 9)).toEqual([
      "2.17.06",
      "2.17.06.2.01",
      "2.17.06.2.01.0001",
      "2.17.06.2.01.0003",
      "2.17.08",
      "2.17.08.2.01",
      "2.17.08.2.01.0001",
      "2.17.08.2.01.0002",
    ]);
    // A second indicator of the same sub kegiatan: its own row, code and name on the first only.
    expect([kode[9], nilai(l, "D15")]).toEqual([null, "Persentase usaha mikro dampingan yang omzetnya naik"]);
    expect([nama[10], kode[11]]).toEqual(["Program Penunjang", "2.17.01"]);
  });

  it("gives every cascade row its outline level and leaves headings and empty rows at 0", () => {
    expect([6, 7, 8, 9, 15, 16, 17].map((r) => l.tingkatBaris[r] ?? 0)).toEqual([0, 1, 2, 3, 3, 0, 1]);
    expect(
      Object.keys(l.tingkatBaris)
        .map(Number)
        .every((r) => r < 6 + 15),
    ).toBe(true);
  });

  it("keeps at least 20 empty rows with the same checks, and the codes as text", () => {
    const akhir = 6 + 15 + BARIS_ISIAN_RENSTRA - 1;
    expect(nilai(l, `A${akhir}`)).toBeNull();
    for (const kolom of [t.tingkat, t.cek, t.selisih(0)]) {
      const v = nilai(l, `${String.fromCharCode(64 + kolom)}${akhir}`);
      expect(v !== undefined && v !== null && adalahRumus(v)).toBe(true);
    }
    expect(l.format).toContainEqual({ alamat: `A6:A${akhir}`, gaya: { formatAngka: "@" } });
  });

  it("prints on A4 landscape from its header to Cek Pagu, header row and codes repeated, titles on top", () => {
    expect(l.cetak).toMatchObject({
      orientasi: "lanskap",
      pasLebarHalaman: false,
      barisJudul: "$5:$5",
      kolomJudul: "$A:$A",
      kepalaHalaman: ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN 2024–2026", expect.stringMatching(/^DINAS /)],
    });
    expect(l.cetak?.areaCetak).toMatch(/^A5:Q\d+$/);
  });

  it("prints its last filled rows on the page of the empty input rows, never a page of empty rows only", () => {
    const akhir = Number(/Q(\d+)$/.exec(l.cetak!.areaCetak!)![1]);
    const pertamaKosong = akhir - BARIS_ISIAN_RENSTRA + 1;
    const [putus] = l.cetak!.putusSebelum!;
    expect(putus).toBe(15);
    expect(putus).toBeLessThan(pertamaKosong);
    expect(renstra(KATALOG_BAWAAN).cetak!.putusSebelum).toBeUndefined();
  });

  it("takes two pages wide for three years at its print scale, each page holding whole columns", () => {
    // A4 landscape less the 0.4-inch margins, in points at 100%.
    const halaman = (11.69 - 0.8) * 72;
    const skala = (l.cetak?.skala ?? 100) / 100;
    const lebar = (h: string) => lebarKePoin(l.lebarKolom[h]) * skala;
    const kolom = "BCDEFGHIJKLMNOPQ".split("");
    let halamanKe = 1;
    let terisi = lebar("A");
    for (const h of kolom) {
      if (terisi + lebar(h) > halaman) {
        halamanKe++;
        terisi = lebar("A");
      }
      terisi += lebar(h);
    }
    expect(skala).toBeGreaterThanOrEqual(0.8);
    expect(halamanKe).toBe(2);
  });

  it("is there, headers and 20 empty rows, for a catalog without programs", () => {
    const kosong = renstra(KATALOG_BAWAAN);
    expect(nilai(kosong, "A5")).toBe("Kode");
    expect(Object.keys(kosong.tingkatBaris)).toEqual([]);
    expect(adalahRumus(nilai(kosong, `B${6 + BARIS_ISIAN_RENSTRA - 1}`) as Sel)).toBe(true);
  });
});
