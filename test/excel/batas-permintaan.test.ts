import { bagiKelompok, bitaJson, Langkah } from "../../src/excel/batas-permintaan";
import { langkahTulis, perUkuran } from "../../src/excel/sisip/terapkan-isi";
import { barisPerJawaban } from "../../src/excel/tandai/tandai-pilihan";

const langkah = (biaya: number, nama: string, jejak: string[]): Langkah => ({
  biaya,
  jalankan: () => jejak.push(nama),
});

describe("bitaJson", () => {
  it.each([
    [[["a", 1]], 11],
    [[["é"]], 10],
    [[["日本"]], 14],
    [[["😀"]], 12],
    [[['say "x"\\']], 25],
    [null, 4],
  ])("counts %j as %i UTF-8 bytes of JSON, escaped as it travels", (nilai, bita) => {
    expect(bitaJson(nilai)).toBe(bita);
  });
});

describe("bagiKelompok", () => {
  it("keeps steps that fit together and opens a batch for the next one", () => {
    const jejak: string[] = [];
    const k = bagiKelompok([langkah(3, "a", jejak), langkah(2, "b", jejak), langkah(4, "c", jejak)], 5);
    expect(k.map((x) => x.length)).toEqual([2, 1]);
  });

  it("sends a single step over the budget alone", () => {
    const k = bagiKelompok([langkah(1, "a", []), langkah(9, "b", []), langkah(1, "c", [])], 5);
    expect(k.map((x) => x.map((l) => l.biaya))).toEqual([[1], [9], [1]]);
  });

  it("cuts a block by rows so that every batch stays within the budget and every row is written once", () => {
    const tulis: Array<[string, unknown[][]]> = [];
    const isi = Array.from({ length: 100 }, (_, i) => [`baris ${i}`, i]);
    const blok = langkahTulis((a, v) => tulis.push([a, v]), 2, 6, isi);
    const kelompok = bagiKelompok([blok], 1800);
    for (const k of kelompok) expect(k.reduce((n, l) => n + l.biaya, 0)).toBeLessThanOrEqual(1800);
    kelompok.flat().forEach((l) => l.jalankan());
    expect(tulis.length).toBe(kelompok.length);
    expect(tulis.length).toBeGreaterThan(1);
    expect(tulis[0][0]).toMatch(/^B6:C\d+$/);
    expect(tulis.flatMap(([, v]) => v)).toEqual(isi);
  });
});

describe("langkahTulis", () => {
  it("estimates a write at least as large as its JSON", () => {
    const isi = [["=SUM(A1:A3)", 2, null]];
    expect(langkahTulis(() => undefined, 1, 1, isi).biaya).toBeGreaterThan(bitaJson(isi));
  });
});

describe("perUkuran", () => {
  const strip = (d: number, n: number) => ({ kolom: 1, baris: d, lebar: 1, tinggi: n });

  it("gathers the runs of one size, wherever they are, into one write", () => {
    const g = perUkuran(
      [
        [1, 30],
        [2, 17],
        [3, 30],
        [4, 30],
        [9, 17],
      ],
      strip,
    );
    expect([...g]).toEqual([
      [30, [strip(1, 1), strip(3, 2)]],
      [17, [strip(2, 1), strip(9, 1)]],
    ]);
  });

  it("gives every key its own size", () => {
    const ukuran: Array<[number, number]> = Array.from({ length: 50 }, (_, i) => [
      i + 1,
      [17, 30, 43][i % 3],
    ]);
    const akhir = new Map<number, number>();
    for (const [u, kotak] of perUkuran(ukuran, strip))
      for (const k of kotak) for (let r = k.baris; r < k.baris + k.tinggi; r++) akhir.set(r, u);
    expect([...akhir].sort((a, b) => a[0] - b[0])).toEqual(ukuran);
  });
});

describe("barisPerJawaban", () => {
  it.each([
    [[[1, "Indikator"]], [0, 1], 4_000_000, 133333],
    [[[1, "x".repeat(100)]], [0, 1], 4_000_000, 27826],
    [[], [0], 10, 1],
  ])("reads %j (columns %j) in chunks of rows under %i bytes: %i rows", (contoh, kolom, anggaran, baris) => {
    expect(barisPerJawaban(contoh, kolom, anggaran)).toBe(baris);
  });
});
