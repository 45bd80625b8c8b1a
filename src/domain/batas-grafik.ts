/**
 * The most bars one chart draws: about what a landscape page (Grafik 3.1, 3.2) or a screen (the
 * Dashboard) holds with readable labels. Past it a chart draws the first rows only and a note
 * under it names the table that lists them all. Both workbook writers (Office.js and the offline
 * .xlsx) draw the ranges the plan gives them, and the Word draft draws the same first rows, so this
 * one number bounds every chart.
 */
export const BATAS_BATANG_GRAFIK = 40;

/**
 * How many of `banyak` bars a chart draws.
 *
 * @example batangTampil(5000) // 40
 */
export const batangTampil = (banyak: number): number => Math.min(banyak, BATAS_BATANG_GRAFIK);
