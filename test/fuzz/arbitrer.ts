/**
 * Generators for the fuzz suite: the hostile strings and odd numbers planners' files really carry
 * (formula-like text, characters XML cannot hold, very long names, numbers typed as text).
 */
import fc from "fast-check";

/** Text that a spreadsheet or an XML writer may misread. */
export const teksJahat = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(
      "=1+1",
      '=HYPERLINK("http://x","y")',
      "+1",
      "-1",
      "@SUM(1)",
      "\t=cmd",
      "\r=1",
      "'quoted",
      "41%",
      "TRUE",
      "1/2",
      "\uFFFE",
      "\uD800",
      "a\u0000b",
      "<b>&amp;</b>",
      "   ",
      "",
    ),
    fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
    fc.integer({ min: 30_000, max: 40_000 }).map((n) => "x".repeat(n)),
  );

/** Non-blank, at most one cell long, still hostile: what a catalog may hold and the writers must keep verbatim. */
function layak(s: string): string {
  const terpakai = s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/gu, "");
  const isi = terpakai.trim() === "" ? `=${s}x` : s;
  return isi.slice(0, 32_767);
}

/** Every string in a generated value made `layak`. */
function layakSemua(v: unknown): unknown {
  if (typeof v === "string") return layak(v);
  if (Array.isArray(v)) return v.map(layakSemua);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, layakSemua(x)]));
  return v;
}

/** A target as a catalog may hold it: numbers (odd ones too) or text. */
export const targetJahat = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1 + 0.2),
    fc.constantFrom("65%", "82,97", "1.234,5", "12 Unit", "abc", "", "0x10", "1e400"),
    fc.constant(null),
    fc.boolean(),
  );

const indikator = (kode: string) =>
  fc.record(
    {
      kode: fc.oneof(fc.constant(kode), teksJahat()),
      nama: teksJahat(),
      satuan: teksJahat(),
      jenisSatuan: fc.constantFrom("persen", "jumlah", "indeks", "lain"),
      polaritas: fc.constantFrom("positif", "negatif", "negatif_rasio", "-", "naik", "aneh"),
      agregasi: fc.constantFrom("jumlah", "akhir", "rata-rata", "median"),
      target: fc.dictionary(fc.constantFrom("2024", "2025", "2026", "99999", "x"), targetJahat(), {
        maxKeys: 4,
      }),
      bidang: teksJahat(),
      formulasi: fc.record({ alasan: teksJahat(), rumus: teksJahat(), sumberData: teksJahat() }),
    },
    { requiredKeys: ["kode", "nama", "satuan", "jenisSatuan", "polaritas", "agregasi", "target", "bidang"] },
  );

/** A catalog close enough to valid that many runs get through validation and are written. */
export const katalogJahat = (): fc.Arbitrary<unknown> =>
  fc.record({
    instansi: teksJahat(),
    judul: teksJahat(),
    sumber: teksJahat(),
    tahun: fc.oneof(
      fc.constant([2024, 2025, 2026]),
      fc.array(fc.integer({ min: 1900, max: 2100 }), { maxLength: 4 }),
    ),
    tujuan: fc.array(
      fc.record({
        nama: teksJahat(),
        sasaran: fc.array(
          fc.record({
            nama: teksJahat(),
            indikator: fc.array(indikator("IKU-01"), { minLength: 1, maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  });

/** Catalog-shaped targets are more useful valid: the same generator with sane targets and years. */
export const katalogSah = (): fc.Arbitrary<unknown> =>
  katalogJahat().map((k) => {
    const c = layakSemua(k) as { tujuan: { sasaran: { indikator: Record<string, unknown>[] }[] }[] } & Record<
      string,
      unknown
    >;
    let i = 0;
    for (const t of c.tujuan)
      for (const s of t.sasaran)
        for (const ind of s.indikator) {
          i++;
          ind.kode = `IKU-${String(i).padStart(2, "0")}`;
          ind.jenisSatuan = "jumlah";
          ind.polaritas = "positif";
          ind.agregasi = "jumlah";
          ind.target = { 2024: i, 2025: i + 1, 2026: i + 2 };
        }
    return { ...c, tahun: [2024, 2025, 2026] };
  });
