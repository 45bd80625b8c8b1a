/**
 * Named cell styles (workbook.styles, ExcelApi 1.7). A style keeps its properties under the same
 * keys the sheet stores cell formats by ("font.bold", "fill.color", "borders.EdgeTop.style", ...),
 * so applying it is writing those keys to the cells.
 */
export interface GayaBernama {
  nama: string;
  bawaan: boolean;
  sifat: Record<string, unknown>;
  /** Whether a cell carries it: a style in use is not changed here (its cells would not follow). */
  dipakai: boolean;
}

/** The groups a style may include, each with the cell format keys it sets. */
export const KELOMPOK_GAYA: Record<string, string[]> = {
  IncludeFont: ["font.bold", "font.italic", "font.size", "font.color", "font.name", "font.underline"],
  IncludePatterns: ["fill.color"],
  IncludeAlignment: ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"],
  IncludeNumber: ["numberFormat"],
  IncludeBorder: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "DiagonalDown", "DiagonalUp"].flatMap(
    (s) => ["style", "color", "weight"].map((p) => `borders.${s}.${p}`),
  ),
  IncludeProtection: ["locked", "formulaHidden"],
};

/** Default of each stored format key, as a cell never formatted reads it. */
export const BAWAAN_GAYA: Record<string, unknown> = {
  "font.bold": false,
  "font.italic": false,
  "font.size": 11,
  "font.color": "#000000",
  "font.name": "Calibri",
  "font.underline": "None",
  "fill.color": "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  style: "Normal",
};

/** Normal's properties: what a new style starts from, as Excel bases new styles on Normal. */
export const SIFAT_NORMAL: Record<string, unknown> = {
  ...Object.fromEntries(Object.entries(BAWAAN_GAYA).filter(([k]) => k !== "style")),
  numberFormat: "General",
  numberFormatLocal: "General",
  locked: true,
  formulaHidden: false,
  autoIndent: false,
  shrinkToFit: false,
  readingOrder: "Context",
  textOrientation: 0,
  IncludeFont: true,
  IncludePatterns: true,
  IncludeAlignment: true,
  IncludeNumber: true,
  IncludeBorder: true,
  IncludeProtection: true,
};

/** Good, Bad and Neutral set only font colour and fill (Excel's Home > Cell Styles, "Good, Bad and Neutral"). */
function bawaan(nama: string, fill: string, warna: string): GayaBernama {
  return {
    nama,
    bawaan: true,
    dipakai: false,
    sifat: {
      ...SIFAT_NORMAL,
      "fill.color": fill,
      "font.color": warna,
      IncludeAlignment: false,
      IncludeNumber: false,
      IncludeBorder: false,
      IncludeProtection: false,
    },
  };
}

export function gayaAwal(): Map<string, GayaBernama> {
  const daftar: GayaBernama[] = [
    { nama: "Normal", bawaan: true, dipakai: false, sifat: { ...SIFAT_NORMAL } },
    bawaan("Good", "#C6EFCE", "#006100"),
    bawaan("Bad", "#FFC7CE", "#9C0006"),
    bawaan("Neutral", "#FFEB9C", "#9C5700"),
  ];
  return new Map(daftar.map((g) => [g.nama.toLowerCase(), g]));
}
