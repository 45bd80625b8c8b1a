import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { NAMA_DASAR, RencanaBuku, Sel, adalahRumus } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { TEKS_JAHAT, katalogJahat } from "../../../fixtures/katalog-jahat";

const semuaSel = (r: RencanaBuku): Sel[] => r.lembar.flatMap((l) => l.blok.flatMap((b) => b.nilai.flat()));

describe("the kind of a planned cell", () => {
  const bawaan = semuaSel(buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }));
  const jahat = semuaSel(buatRencana(katalogJahat(), NAMA_DASAR, { tahunAktif: 2025 }));

  it("carries every formula of the built-in plan as a formula cell, never as a string", () => {
    expect(bawaan.filter(adalahRumus).length).toBeGreaterThan(100);
    expect(bawaan.filter((v) => typeof v === "string" && /^[=+\-@]/.test(v))).toEqual([]);
    expect(bawaan.filter(adalahRumus).every((v) => /^=[A-Z]/.test(v.rumus))).toBe(true);
  });

  it("keeps hostile catalog texts as strings and adds no formula for them", () => {
    const teks = jahat.filter((v): v is string => typeof v === "string");
    for (const t of TEKS_JAHAT) expect(teks).toContain(t);
    expect(jahat.filter(adalahRumus)).toHaveLength(bawaan.filter(adalahRumus).length);
    expect(jahat.filter(adalahRumus).some((v) => TEKS_JAHAT.includes(v.rumus))).toBe(false);
  });
});

describe("texts the plan composes from catalog texts", () => {
  it.each([
    ["judul", "a"],
    ["sumber", "a"],
    ["judul", "😀"],
  ] as const)("cuts a title built from a full-length %s of %s to one Excel cell", (kolom, isi) => {
    const katalog = structuredClone(KATALOG_BAWAAN);
    katalog[kolom] = isi.repeat(Math.floor(32767 / isi.length));
    const teks = semuaSel(buatRencana(katalog, NAMA_DASAR)).filter((v): v is string => typeof v === "string");
    expect(Math.max(...teks.map((t) => t.length))).toBeLessThanOrEqual(32767);
    const dipotong = teks.filter((t) => t.endsWith("…"));
    expect(dipotong).toHaveLength(1);
    // An emoji is two UTF-16 units: one fewer unit rather than half an emoji.
    expect(dipotong[0].length).toBeGreaterThanOrEqual(32766);
    expect(/[\uD800-\uDBFF]…$/.test(dipotong[0])).toBe(false);
  });
});
