/**
 * Numbers written the Indonesian way for documents: a decimal comma and dots between thousands
 * (1.250.000,5), percentages with two decimals (102,44%), as an LKjIP prints them.
 */

/** 1250000.5 → "1.250.000,5"; at most `desimal` decimals, trailing zeros dropped. */
export function angkaDokumen(n: number, desimal = 2): string {
  const tanda = n < 0 ? "-" : "";
  const [bulat, pecahan = ""] = Math.abs(n).toFixed(desimal).split(".");
  const ribuan = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sisa = pecahan.replace(/0+$/, "");
  const hasil = sisa ? `${ribuan},${sisa}` : ribuan;
  // Prevent "-0" when a small negative number rounds to zero
  return hasil === "0" ? "0" : tanda + hasil;
}

/** 1.0244 → "102,44%": always two decimals, as the tables print capaian. */
export function persenDokumen(pecahan: number): string {
  const teks = (pecahan * 100).toFixed(2);
  const [bulat, des] = teks.replace("-", "").split(".");
  const negatif = teks.startsWith("-") && Number(teks) !== 0;
  return `${negatif ? "-" : ""}${bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${des}%`;
}

/**
 * Exactly `desimal` decimals, so a column of numbers lines up: 83.1 → "83,10" next to "84,05".
 *
 * @example angkaTetap(1234.5, 2) // "1.234,50"
 */
export function angkaTetap(n: number, desimal: number): string {
  const teks = Math.abs(n).toFixed(desimal);
  const [bulat, pecahan] = teks.split(".");
  const ribuan = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  // Prevent "-0,00" when a small negative number rounds to zero
  const tanda = n < 0 && Number(teks) !== 0 ? "-" : "";
  return tanda + (pecahan ? `${ribuan},${pecahan}` : ribuan);
}
