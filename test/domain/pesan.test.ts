import { NAMA, PESAN } from "../../src/domain/pesan";

type Contoh = { [K in keyof typeof PESAN]: [Parameters<(typeof PESAN)[K]>, string] };

/** One call per entry (the type makes a new entry without a sample a compile error) and the value it must name. */
const CONTOH: Contoh = {
  angkaTakHingga: [["realisasi", Infinity], "Infinity"],
  logikaBukanAngka: [["target", true], "TRUE"],
  bukanAngka: [["realisasi", Symbol("sel")], "Symbol(sel)"],
  teksBukanAngka: [["realisasi", "abc"], '"abc"'],
  bukanTeks: [["indikator", false], "FALSE"],
  bukanLogika: [["lengkap", "mungkin"], '"mungkin"'],
  polaritasTakDikenal: [["naik turun"], '"naik turun"'],
  targetNegatif: [[-5], "-5"],
  targetNol: [[7, "negatif"], "7"],
  realisasiNegatifRasio: [[-3], "-3"],
  realisasiNolRasio: [[], "realisasi 0"],
  bukanAngkaKeduanya: [[NaN, 4], "NaN"],
  batasTidakSah: [[-0.5], "-0,5"],
  capaianTerlaluBesar: [[1e308, 1e-300], "1e+308"],
  targetTerbalik: [[15, 10], "15"],
  modeTakDikenal: [["kali"], '"kali"'],
  lalunyaNol: [[], "0"],
  pertumbuhanTerlaluBesar: [[1e-300, 1e308], "1e+308"],
  bukanJumlahUttp: [[NAMA.uttpLalu, 2.5], "2,5"],
  jenisTakDikenal: [["median"], '"median"'],
  jenisBukanSatuSel: [[2, 3], "2×3"],
  agregatTerlaluBesar: [["jumlah"], "jumlah"],
  kolomIkm: [[8, 9], "8"],
  unsurTanpaJawaban: [[6], "6"],
  jawabanDiLuar: [[NAMA.jawaban(2, 3), 5], "5"],
  ikmDiLuarRentang: [[120], "120"],
  ikmTakTergolong: [[NaN], "NaN"],
  populasiTidakSah: [[0.5], "0,5"],
  indikatorTakDikenal: [["IKU-99"], '"IKU-99"'],
  kodeRenstraTakDikenal: [["2.17.2"], '"2.17.2"'],
  tahunTanpaTarget: [["IKU-07", 2030, "2024, 2025"], "2030"],
  ukuranTakCocok: [[NAMA.targetBawah, 2, 1, 3, 1], "2×1"],
  hasilTerlaluBesar: [[5000, 2000], "5000×2000"],
  capaianSepertiPersen: [[50], "0,5"],
  galatMasuk: [["realisasi", "#DIV/0!"], "#DIV/0!"],
  masihDihitung: [["realisasi", "#BUSY!"], "#BUSY!"],
  paguTidakSah: [[0], "pagu 0"],
  realisasiAnggaranNegatif: [[-2500], "-2500"],
  serapanTerlaluBesar: [[1e308, 1e-300], "1e+308"],
  targetTwKosong: [["TW III"], "TW III"],
  bukanEmpatSel: [["realisasi_tw", 1, 3], "1×3"],
  realisasiTwTerlaluBesar: [[41, 0.41], "0,41"],
};

const INDONESIA = /\b(isi|dengan|atau|tidak|bukan|yang|dari|untuk|harus|sebagai|dapat)\b/i;

const pesan = Object.entries(CONTOH).map(([kunci, [argumen, nilai]]) => {
  const buat = PESAN[kunci as keyof typeof PESAN] as (...a: unknown[]) => { id: string; en: string };
  return [kunci, buat(...argumen), nilai] as const;
});

describe("PESAN", () => {
  it("has a sample for every entry", () => {
    expect(pesan.map(([k]) => k).sort()).toEqual(Object.keys(PESAN).sort());
  });

  it.each(pesan)("%s has different, non-empty Indonesian and English texts", (_, teks) => {
    expect(teks.id.trim()).not.toBe("");
    expect(teks.en.trim()).not.toBe("");
    expect(teks.en).not.toBe(teks.id);
  });

  it.each(pesan)("%s says it in English without Indonesian words", (_, teks) => {
    expect(teks.en).not.toMatch(INDONESIA);
  });

  it.each(pesan)("%s names the value in both languages", (_, teks, nilai) => {
    expect(teks.id).toContain(nilai);
    expect(teks.en).toContain(nilai);
  });

  it("names a value by its Indonesian phrase or by the parameter name Excel shows", () => {
    const t = PESAN.bukanJumlahUttp(NAMA.uttpKini, -1);
    expect(t.id).toMatch(/^jumlah UTTP tahun ini -1 bukan jumlah alat UTTP/);
    expect(t.en).toMatch(/^tahun_ini -1 is not a count of UTTP instruments/);
  });

  it("shows a blank as (kosong) in Indonesian and (blank) in English", () => {
    const t = PESAN.bukanLogika("lengkap", null);
    expect(t.id).toContain("(kosong)");
    expect(t.en).toContain("(blank)");
  });
});
