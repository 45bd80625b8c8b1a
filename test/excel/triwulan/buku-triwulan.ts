/**
 * The quarter's two sheets laid out per the header contract (PRODUCT.md, "The quarter"), with the
 * values their formulas would show: the Rencana Aksi for 2026 from row 4, the Triwulan sheet with
 * a two-row header (year groups over the quarter columns), each year ending in Cek Target TW.
 */
import { KOLOM_RENCANA_AKSI, TW } from "../../../src/workbook/triwulan/tabel-triwulan";

/** Rencana Aksi rows: no, indicator, four realisations, capaian s.d. TW, status. */
export const BARIS_RA: Array<[number, string, unknown[], unknown, string]> = [
  [1, "Persentase Peningkatan Koperasi Aktif", [0.1, 0.2, null, null], 0.5, "Terlambat"],
  [2, "Jumlah Dokumen Pengembangan Industri", [null, null, null, null], null, "Belum Diisi"],
  [3, "Jumlah Sentra IKM yang dikuatkan", [1, 1, 1, null], 1.05, "Sesuai Rencana"],
  [4, "Jumlah Sarana Perdagangan yang Representatif", [0, 3, null, null], 0.8, "Perlu Perhatian"],
  [5, "<img src=x onerror=alert(1)>", [0, null, null, null], 0, "Terlambat"],
];

/** The Rencana Aksi sheet: two title rows, a blank, the header in row 4, rows, a note under them. */
export function lembarRencanaAksi(n = 2026, baris = BARIS_RA): unknown[][] {
  return [
    [`RENCANA AKSI TAHUN ${n}`],
    ["DINAS UJI"],
    [],
    KOLOM_RENCANA_AKSI(n),
    ...baris.map(([no, nama, realisasi, capaian, status]) => [
      no,
      "Sasaran A",
      nama,
      "%",
      1,
      ...TW.map(() => 0.25),
      null,
      null,
      null,
      ...realisasi,
      null,
      capaian,
      status,
    ]),
    [],
    ["Catatan: status dihitung dari triwulan yang sudah terisi."],
  ];
}

/** Triwulan rows: no, indicator, Cek Target TW per year in `tahun` order. */
export const BARIS_TW: Array<[number, string, string[]]> = [
  [1, "Persentase Peningkatan Koperasi Aktif", ["Tidak Sesuai", "Sesuai"]],
  [2, "Jumlah Dokumen Pengembangan Industri", ["Sesuai", "Tidak Sesuai"]],
  [3, "Jumlah Sentra IKM yang dikuatkan", ["Sesuai", "Tidak Sesuai"]],
];

/** Per year: Target TW I–IV, TW I–IV, Realisasi YYYY, Capaian YYYY, Cek Target TW. */
const LEBAR_TAHUN = 11;

/** The Triwulan sheet: title, header rows 4 and 5 (year titles above, columns below), rows from 6. */
export function lembarTriwulan(tahun = [2025, 2026], baris = BARIS_TW): unknown[][] {
  const atas: unknown[] = ["No", "Indikator Kinerja", "Satuan", "Agregasi"];
  const bawah: unknown[] = [null, null, null, null];
  for (const y of tahun) {
    atas.push(`Tahun ${y}`, ...new Array(LEBAR_TAHUN - 1).fill(null));
    bawah.push(...TW.map((t) => `Target ${t}`), ...TW, `Realisasi ${y}`, `Capaian ${y}`, "Cek Target TW");
  }
  return [
    ["REALISASI TRIWULAN"],
    [],
    [],
    atas,
    bawah,
    ...baris.map(([no, nama, cek]) => [
      no,
      nama,
      "%",
      3,
      ...cek.flatMap((c) => [...new Array(LEBAR_TAHUN - 1).fill(null), c]),
    ]),
  ];
}
