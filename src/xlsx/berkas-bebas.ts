import { writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

/** Tries before giving up; a folder with a thousand copies of one name is a mistake. */
const BATAS_COBA = 1000;

/**
 * A year from the command line: exactly four ASCII digits, so "0x7E9" or "2e3" (which Number()
 * reads as 2025 and 2000) are refused rather than guessed.
 *
 * @example tahunArgumen("2025") // 2025
 * @example tahunArgumen("0x7E9") // undefined
 */
export function tahunArgumen(teks: string): number | undefined {
  return /^[0-9]{4}$/.test(teks) ? Number(teks) : undefined;
}

/**
 * Writes `data` to `berkas`, or to "name (2).ext", "name (3).ext"... when that exists, and returns
 * the path written. Never overwrites: the exclusive flag makes the file system refuse any existing
 * path (a symlink too, and another case of the name where names ignore case), with no race.
 */
export function tulisBerkasBaru(berkas: string, data: Uint8Array): string {
  const ext = extname(berkas);
  const dasar = basename(berkas, ext);
  for (let i = 1; i <= BATAS_COBA; i++) {
    const calon = i === 1 ? berkas : join(dirname(berkas), `${dasar} (${i})${ext}`);
    try {
      writeFileSync(calon, data, { flag: "wx" });
      return calon;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  throw new Error(`tidak ada nama bebas untuk ${berkas} setelah ${BATAS_COBA} percobaan`);
}
