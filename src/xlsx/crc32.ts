/** CRC-32 (the zip polynomial): node:zlib's own where it has one (Node ≥ 20.15), else a table. */
import * as zlib from "node:zlib";

let tabel: Uint32Array | undefined;

function crc32Tabel(b: Uint8Array, awal = 0): number {
  if (!tabel) {
    tabel = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      tabel[n] = c >>> 0;
    }
  }
  let c = ~awal >>> 0;
  for (let i = 0; i < b.length; i++) c = tabel[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const bawaan = (zlib as { crc32?: (b: Uint8Array, awal?: number) => number }).crc32;

/** The CRC-32 of `b`, continuing from `awal` (the CRC of the bytes before). */
export const crc32 = (b: Uint8Array, awal = 0): number =>
  typeof bawaan === "function" ? bawaan(b, awal) >>> 0 : crc32Tabel(b, awal);

export { crc32Tabel };
