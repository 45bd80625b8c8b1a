/**
 * The order of a worksheet's children (CT_Worksheet, ECMA-376 Part 1, 18.3.1.99): Excel refuses a
 * sheet whose elements stand out of this order, so every writer that places an element finds its
 * place here.
 */
const URUTAN_LEMBAR = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type AnakLembar = (typeof URUTAN_LEMBAR)[number];

/**
 * The elements that stand after `nama` in a worksheet, in order.
 *
 * @example sesudah("tableParts") // ["extLst"]
 */
export const sesudah = (nama: AnakLembar): readonly AnakLembar[] =>
  URUTAN_LEMBAR.slice(URUTAN_LEMBAR.indexOf(nama) + 1);
