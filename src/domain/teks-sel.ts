/** Excel's limit on the characters one cell holds. */
export const BATAS_TEKS_SEL = 32767;

/** A removed character: its code ("U+FFFE") and 1-based position in the original text. */
export interface KarakterDibuang {
  kode: string;
  ke: number;
}

const kode = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

/** True for a character XML 1.0 allows besides the surrogate pairs handled by the caller. */
const bolehXml = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c < 0xd800) || (c > 0xdfff && c < 0xfffe);

/**
 * Removes every character an .xlsx file cannot carry (its XML allows no C0 control other than
 * tab, LF and CR, no U+FFFE or U+FFFF and no unpaired surrogate) and says where each one was.
 * Line breaks become LF, the one a cell keeps.
 *
 * @example bersihkanTeks("a\uFFFEb") // { teks: "ab", dibuang: [{ kode: "U+FFFE", ke: 2 }] }
 */
export function bersihkanTeks(teks: string): { teks: string; dibuang: KarakterDibuang[] } {
  let hasil = "";
  const dibuang: KarakterDibuang[] = [];
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    const berikut = teks.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && berikut >= 0xdc00 && berikut <= 0xdfff) {
      hasil += teks[i] + teks[i + 1];
      i++;
    } else if (bolehXml(c)) hasil += teks[i];
    else dibuang.push({ kode: kode(c), ke: i + 1 });
  }
  // A line break in a cell is LF: XML reads a bare CR back as LF, so write what will be read.
  return { teks: (dibuang.length === 0 ? teks : hasil).replace(/\r\n?/g, "\n"), dibuang };
}
