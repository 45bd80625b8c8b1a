/**
 * A value in whole units of 10^-desimal, rounded half away from zero on the decimal digits a
 * user sees, not on binary noise: 0.9099999999999999 at 4 decimals is 9100, not 9099.
 *
 * @example satuanBulat(0.9099999999999999, 4) // 9100
 */
export function satuanBulat(x: number, desimal: number): number {
  // toPrecision(15) drops the float error below the 15th significant digit before rounding.
  const skala = Number((Math.abs(x) * 10 ** desimal).toPrecision(15));
  const n = Math.round(skala);
  return x < 0 && n !== 0 ? -n : n;
}
