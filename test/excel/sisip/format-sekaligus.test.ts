import fc from "fast-check";
import {
  alamatArea,
  kelompokkanFormatAngka,
  kelompokkanTampilan,
  larikFormatAngka,
  pakaiGayaAngka,
  PANJANG_ALAMAT_AREA,
} from "../../../src/excel/sisip/format-sekaligus";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { kotak, kotakDariAlamat } from "../../../src/workbook/alamat";
import { FormatRentang, Gaya, NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { katalogBesar } from "./katalog-besar";

/** Each cell's look after the plan's formats, layered in order; borders once any range has them. */
function menurutRencana(format: readonly FormatRentang[]): Map<string, Gaya> {
  const sel = new Map<string, Gaya>();
  for (const { alamat, gaya: semua } of format) {
    const gaya: Gaya = { ...semua };
    delete gaya.formatAngka;
    if (Object.keys(gaya).length === 0) continue;
    for (const k of kotakDariAlamat(alamat))
      for (let r = k.baris; r < k.baris + k.tinggi; r++)
        for (let c = k.kolom; c < k.kolom + k.lebar; c++) {
          const lama = sel.get(`${c},${r}`);
          sel.set(`${c},${r}`, { ...lama, ...gaya, ...(lama?.garis || gaya.garis ? { garis: true } : {}) });
        }
  }
  return sel;
}

/** Each cell's look when every group's style is applied: a style sets the whole look. */
function menurutGaya(kelompok: ReturnType<typeof kelompokkanTampilan>): Map<string, Gaya> {
  const sel = new Map<string, Gaya>();
  for (const { kotak: semua, gaya } of kelompok)
    for (const k of semua)
      for (let r = k.baris; r < k.baris + k.tinggi; r++)
        for (let c = k.kolom; c < k.kolom + k.lebar; c++) {
          // Each cell belongs to one group only.
          expect(sel.has(`${c},${r}`)).toBe(false);
          sel.set(`${c},${r}`, gaya);
        }
  return sel;
}

describe("kelompokkanTampilan", () => {
  it("gives a cell the plan's layers as one look", () => {
    const g = kelompokkanTampilan([
      { alamat: "A1:B1", gaya: { tebal: true } },
      { alamat: "B1", gaya: { miring: true, formatAngka: "0%" } },
    ]);
    expect(g).toEqual([
      { gaya: { tebal: true }, kotak: kotakDariAlamat("A1") },
      { gaya: { tebal: true, miring: true }, kotak: kotakDariAlamat("B1") },
    ]);
  });

  it("gathers cells of one look anywhere on the sheet into one group", () => {
    const g = kelompokkanTampilan([
      { alamat: "A1", gaya: { tebal: true } },
      { alamat: "C5:C9", gaya: { tebal: true } },
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].kotak.map((k) => kotak(k.kolom, k.baris, k.lebar, k.tinggi))).toEqual(["A1", "C5:C9"]);
  });

  it("keeps a cell's borders when a later range without them sets its fill", () => {
    const g = kelompokkanTampilan([
      { alamat: "A1:B2", gaya: { garis: true } },
      { alamat: "B2", gaya: { warnaIsi: "#FFF9E5" } },
    ]);
    expect(g.find((x) => x.gaya.warnaIsi)?.gaya).toEqual({ garis: true, warnaIsi: "#FFF9E5" });
  });

  const gaya = fc.record(
    {
      tebal: fc.boolean(),
      rataHorizontal: fc.constantFrom("kiri" as const, "tengah" as const, "kanan" as const),
      warnaIsi: fc.constantFrom("#FFFFFF", "#FFF9E5"),
      garis: fc.constant(true),
    },
    { requiredKeys: [] },
  );
  const format = fc.record({
    kolom: fc.integer({ min: 1, max: 6 }),
    baris: fc.integer({ min: 1, max: 6 }),
    lebar: fc.integer({ min: 1, max: 3 }),
    tinggi: fc.integer({ min: 1, max: 3 }),
    gaya,
  });

  it("gives every cell the look the plan's order gives it", () => {
    fc.assert(
      fc.property(fc.array(format, { maxLength: 25 }), (daftar) => {
        const rencana = daftar.map((f) => ({
          alamat: kotak(f.kolom, f.baris, f.lebar, f.tinggi),
          gaya: f.gaya,
        }));
        expect(menurutGaya(kelompokkanTampilan(rencana))).toEqual(menurutRencana(rencana));
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it.each([
    ["the built-in catalog", () => buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 })],
    ["500 indicators", () => buatRencana(katalogBesar(500), NAMA_DASAR, { tahunAktif: 2025 })],
  ])("gives every cell of %s the plan's look, with few looks per sheet", (_, buat) => {
    for (const l of buat().lembar) {
      const g = kelompokkanTampilan(l.format);
      expect(menurutGaya(g)).toEqual(menurutRencana(l.format));
      expect(g.length).toBeLessThanOrEqual(30);
    }
  });
});

describe("kelompokkanFormatAngka", () => {
  it("gives each cell the last number format the plan sets on it", () => {
    const g = kelompokkanFormatAngka([
      { alamat: "A1:B3", gaya: { formatAngka: "0%" } },
      { alamat: "B2", gaya: { formatAngka: "0.00" } },
      { alamat: "D1:D3", gaya: { tebal: true } },
    ]);
    expect(
      Object.fromEntries(
        [...g].map(([f, k]) => [f, k.map((x) => kotak(x.kolom, x.baris, x.lebar, x.tinggi))]),
      ),
    ).toEqual({
      "0%": ["A1:B1", "A2", "A3:B3"],
      "0.00": ["B2"],
    });
  });

  it("stacks rows that repeat a run into one rectangle", () => {
    const baris = Array.from({ length: 500 }, (_, i) => ({
      alamat: kotak(3, 6 + i, 4, 1),
      gaya: { formatAngka: "0%" },
    }));
    expect(kelompokkanFormatAngka(baris).get("0%")).toEqual([{ kolom: 3, baris: 6, lebar: 4, tinggi: 500 }]);
  });

  it("refuses whole columns", () => {
    expect(() => kelompokkanFormatAngka([{ alamat: "C:C", gaya: { formatAngka: "0" } }])).toThrow(
      /rentang sel/,
    );
  });
});

describe("alamatArea", () => {
  it("cuts the list of areas far below the length Excel refuses", () => {
    const kotakArea = Array.from({ length: 400 }, (_, i) => ({
      kolom: 3,
      baris: 2 * i + 1,
      lebar: 2,
      tinggi: 1,
    }));
    const alamat = alamatArea(kotakArea);
    expect(alamat.length).toBeGreaterThan(1);
    for (const a of alamat) expect(a.length).toBeLessThanOrEqual(PANJANG_ALAMAT_AREA);
    expect(alamat.join(",").split(",")).toHaveLength(400);
  });
});

describe("larikFormatAngka and pakaiGayaAngka", () => {
  const kelompok = (n: number) =>
    kelompokkanFormatAngka(
      Array.from({ length: n }, (_, i) => ({
        alamat: kotak(2, 1 + i, 3, 1),
        gaya: { formatAngka: i % 2 ? "0.0%" : '#,##0 "Dok"' },
      })),
    );

  it("writes the box around the formats, gaps General", () => {
    const k = kelompokkanFormatAngka([
      { alamat: "B2", gaya: { formatAngka: "0%" } },
      { alamat: "C3", gaya: { formatAngka: "0" } },
    ]);
    expect(larikFormatAngka(k)).toEqual({
      alamat: "B2",
      nilai: [
        ["0%", "General"],
        ["General", "0"],
      ],
    });
  });

  it("prefers one 2-D write for a few rows and styles for many", () => {
    expect(pakaiGayaAngka(kelompok(10), 600)).toBe(false);
    expect(pakaiGayaAngka(kelompok(500), 600)).toBe(true);
  });
});
