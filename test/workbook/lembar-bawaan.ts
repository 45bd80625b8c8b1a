/**
 * The inserted workbook's sheets in their order, by the names PRODUCT.md gives them: written once,
 * for the tests that hold the writers (Office.js, the offline file, the commands) to it.
 */
export const LEMBAR_BAWAAN = [
  "IKU",
  "Triwulan",
  "Rencana Aksi",
  "Formulasi",
  "Dashboard",
  "Anggaran",
  "Renstra",
  "Evaluasi Renja",
  "LKjIP",
  "PK",
] as const;
