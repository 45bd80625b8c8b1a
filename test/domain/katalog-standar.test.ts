import { adalahGalatKatalog, bacaKatalog } from "../../src/domain/katalog-json";
import { Katalog } from "../../src/domain/types";
import data from "../../katalog/dkukmperindag-ppu-2025.json";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mentah = any;

/** The built-in catalog's JSON with `standar` set on tujuan[0].sasaran[0].indikator[i]. */
function denganStandar(standar: unknown, i = 0): unknown {
  const k = JSON.parse(JSON.stringify(data)) as Mentah;
  k.tujuan[0].sasaran[0].indikator[i].standar = standar;
  return k;
}

const hasil = (json: unknown) => bacaKatalog(json);
const pesan = (json: unknown): string[] => {
  const h = hasil(json);
  return adalahGalatKatalog(h) ? h.galatKatalog : [];
};
const JALUR = "tujuan[0].sasaran[0].indikator[0].standar";

describe("a catalog indicator's standar", () => {
  it("is read with its level written in any case and a percent as text", () => {
    // indikator[0] is a percent (Persentase Peningkatan Koperasi Aktif).
    const k = hasil(
      denganStandar({ nilai: "40%", tingkat: "provinsi", sumber: " RPJMD Provinsi " }),
    ) as Katalog;
    expect(k.tujuan[0].sasaran[0].indikator[0].standar).toEqual({
      nilai: 0.4,
      tingkat: "Provinsi",
      sumber: "RPJMD Provinsi",
    });
  });

  it("stays absent when not given", () => {
    const k = hasil(data) as Katalog;
    expect(k.tujuan[0].sasaran[0].indikator[0]).not.toHaveProperty("standar");
  });

  it.each([
    ["not an object", 5, `${JALUR}: harus berupa objek misalnya`],
    ["without nilai", { tingkat: "SPM", sumber: "x" }, `${JALUR}.nilai: wajib diisi (angka)`],
    [
      "a nilai that is not a number",
      { nilai: "tinggi", tingkat: "SPM", sumber: "x" },
      `${JALUR}.nilai: "tinggi" bukan angka`,
    ],
    [
      "a negative nilai",
      { nilai: -1, tingkat: "SPM", sumber: "x" },
      `${JALUR}.nilai: -1 negatif; standar tidak boleh negatif`,
    ],
    [
      "a percent written as 95",
      { nilai: 95, tingkat: "SPM", sumber: "x" },
      `${JALUR}.nilai: 95 terlalu besar untuk persen; tulis 95% sebagai 0.95`,
    ],
    [
      "an unknown level",
      { nilai: 0.9, tingkat: "Kabupaten", sumber: "x" },
      `${JALUR}.tingkat: "Kabupaten" tidak dikenal; isi "Nasional", "Provinsi", "SPM"`,
    ],
    ["no source", { nilai: 0.9, tingkat: "SPM" }, `${JALUR}.sumber: wajib diisi (teks)`],
    [
      "an unknown key",
      { nilai: 0.9, tingkat: "SPM", sumber: "x", tahun: 2025 },
      `${JALUR}.tahun: kunci tidak dikenal`,
    ],
  ])("is refused when %s, naming the path and the fix", (_, standar, awal) => {
    const p = pesan(denganStandar(standar));
    expect(p).toHaveLength(1);
    expect(p[0].startsWith(awal)).toBe(true);
  });

  it("accepts a count above 10 for an indicator that is not a percent", () => {
    // indikator[2] counts documents.
    const k = hasil(denganStandar({ nilai: 12, tingkat: "SPM", sumber: "x" }, 2)) as Katalog;
    expect(k.tujuan[0].sasaran[0].indikator[2].standar?.nilai).toBe(12);
  });

  it("is read from the Renstra example catalog on two indicators", () => {
    const teks = readFileSync(join(__dirname, "../../katalog/contoh-renstra-dkukmperindag.json"), "utf8");
    const k = hasil(JSON.parse(teks)) as Katalog;
    const dengan = k.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator)).filter((i) => i.standar);
    expect(dengan.map((i) => [i.kode, i.standar?.nilai, i.standar?.tingkat])).toEqual([
      ["IKU-07", 12, "Provinsi"],
      ["IKU-10", 76.61, "Nasional"],
    ]);
  });
});
