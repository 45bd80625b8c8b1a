import fc from "fast-check";
import {
  alamatArea,
  kelompokkanFormatAngka,
  kelompokkanGaya,
  larikFormatAngka,
  pakaiGayaAngka,
  PANJANG_ALAMAT_AREA,
} from "../../../src/excel/sisip/format-sekaligus";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Kotak, kotak, kotakDariAlamat } from "../../../src/workbook/alamat";
import { FormatRentang, Gaya, NAMA_DASAR } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { katalogBesar } from "./katalog-besar";

/** Each cell's properties after painting `langkah` in order: what a planner sees. */
function lukis(langkah: Array<{ kotak: Kotak[]; gaya: Gaya }>): Map<string, Record<string, unknown>> {
  const sel = new Map<string, Record<string, unknown>>();
  for (const { kotak: semua, gaya } of langkah)
    for (const k of semua)
      for (let r = k.baris; r < k.baris + k.tinggi; r++)
        for (let c = k.kolom; c < k.kolom + k.lebar; c++) {
          const kunci = `${c},${r}`;
          // Borders belong to the range's shape: record it with the flag.
          const bentuk = gaya.garis ? { garis: `${k.tinggi > 1}${k.lebar > 1}` } : {};
          sel.set(kunci, { ...sel.get(kunci), ...gaya, ...bentuk });
        }
  return sel;
}

const menurutRencana = (format: readonly FormatRentang[]) =>
  lukis(
    format.map(({ alamat, gaya: semua }) => {
      const gaya: Gaya = { ...semua };
      delete gaya.formatAngka;
      return { kotak: kotakDariAlamat(alamat), gaya };
    }),
  );

describe("kelompokkanGaya", () => {
  it("joins ranges of one look into one group", () => {
    const g = kelompokkanGaya([
      { alamat: "A1", gaya: { tebal: true } },
      { alamat: "C1:C4", gaya: { tebal: true, formatAngka: "0%" } },
    ]);
    expect(g).toEqual([
      { gaya: { tebal: true }, kotak: kotakDariAlamat("A1").concat(kotakDariAlamat("C1:C4")) },
    ]);
  });

  it("keeps a later range after an overlapping one that sets the same property", () => {
    const g = kelompokkanGaya([
      { alamat: "A1:A5", gaya: { rataHorizontal: "tengah" } },
      { alamat: "A1:C5", gaya: { rataHorizontal: "kanan" } },
      { alamat: "A3", gaya: { rataHorizontal: "tengah" } },
    ]);
    expect(g.map((x) => x.gaya.rataHorizontal)).toEqual(["tengah", "kanan", "tengah"]);
  });

  it("keeps bordered ranges of different shapes apart (inner borders exist only in some)", () => {
    const g = kelompokkanGaya([
      { alamat: "A1:C1", gaya: { garis: true } },
      { alamat: "A3:C5", gaya: { garis: true } },
    ]);
    expect(g).toHaveLength(2);
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

  it("paints every cell as the plan's order does", () => {
    fc.assert(
      fc.property(fc.array(format, { maxLength: 25 }), (daftar) => {
        const rencana = daftar.map((f) => ({
          alamat: kotak(f.kolom, f.baris, f.lebar, f.tinggi),
          gaya: f.gaya,
        }));
        expect(lukis(kelompokkanGaya(rencana))).toEqual(menurutRencana(rencana));
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it.each([
    ["the built-in catalog", () => buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 })],
    ["500 indicators", () => buatRencana(katalogBesar(500), NAMA_DASAR, { tahunAktif: 2025 })],
  ])("paints every sheet of %s as the plan does, in fewer writes", (_, buat) => {
    for (const l of buat().lembar) {
      const g = kelompokkanGaya(l.format);
      expect(lukis(g)).toEqual(menurutRencana(l.format));
      expect(g.length).toBeLessThanOrEqual(l.format.length);
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
