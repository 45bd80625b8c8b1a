// Draws the add-in icon (three green bars rising on a white tile) as PNG files of every size the
// manifest names. Run `node assets/buat-ikon.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const UKURAN = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const PUTIH = [255, 255, 255];
const BINGKAI = [198, 225, 208];
const HIJAU = [
  [160, 213, 178],
  [51, 168, 94],
  [16, 124, 65],
];
const GARIS_DASAR = [64, 64, 64];

// The drawing in a unit square: bars as [left, right, top] with a common baseline.
const BATANG = [
  [0.16, 0.34, 0.58],
  [0.41, 0.59, 0.38],
  [0.66, 0.84, 0.16],
];
const DASAR = 0.82;

function warnaTitik(x, y, n) {
  // Sample at the pixel centre so small sizes stay crisp.
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const tepi = Math.max(1, Math.round(n / 32)) / n;
  if (u < tepi || v < tepi || u > 1 - tepi || v > 1 - tepi) return BINGKAI;
  const tebalDasar = Math.max(1, Math.round(n / 24)) / n;
  if (v >= DASAR && v < DASAR + tebalDasar && u > 0.1 && u < 0.9) return GARIS_DASAR;
  for (const [i, [kiri, kanan, atas]] of BATANG.entries()) {
    if (u >= kiri && u < kanan && v >= atas && v < DASAR) return HIJAU[i];
  }
  return PUTIH;
}

const TABEL_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = TABEL_CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function potongan(jenis, isi) {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(isi.length);
  const jenisIsi = Buffer.concat([Buffer.from(jenis, "ascii"), isi]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(jenisIsi));
  return Buffer.concat([panjang, jenisIsi, crc]);
}

function png(n) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const baris = Buffer.alloc(n * (1 + 3 * n));
  for (let y = 0; y < n; y++) {
    const awal = y * (1 + 3 * n);
    baris[awal] = 0; // filter: none
    for (let x = 0; x < n; x++) baris.set(warnaTitik(x, y, n), awal + 1 + 3 * x);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potongan("IHDR", ihdr),
    potongan("IDAT", deflateSync(baris, { level: 9 })),
    potongan("IEND", Buffer.alloc(0)),
  ]);
}

for (const n of UKURAN) writeFileSync(new URL(`icon-${n}.png`, import.meta.url), png(n));
