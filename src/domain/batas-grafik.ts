/**
 * The most bars one chart draws: about what a landscape page (Grafik 3.1, 3.2) or a screen (the
 * Dashboard) holds with readable labels. Past it a chart draws the first rows only and a note
 * under it names the table that lists them all. Both writers (Office.js and the offline .xlsx)
 * draw the ranges the plan gives them, so this one number bounds the charts of both.
 */
export const BATAS_BATANG_GRAFIK = 40;

/**
 * How many of `banyak` bars a chart draws.
 *
 * @example batangTampil(5000) // 40
 */
export const batangTampil = (banyak: number): number => Math.min(banyak, BATAS_BATANG_GRAFIK);
