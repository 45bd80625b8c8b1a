/** Why a file could not be checked: one Indonesian message per cause, never a library's words. */
import { GalatBatas } from "../xlsx/batas";
import { GalatBukanBuku } from "../xlsx/buku-kerja";
import { GalatZip } from "../xlsx/zip-baca";

export type JenisGagal =
  | "hilang"
  | "bukan-excel"
  | "sandi"
  | "rusak"
  | "xls"
  | "ods"
  | "xlsb"
  | "tulis"
  | "izin"
  | "penuh"
  | "besar"
  | "memori"
  | "waktu"
  | "bukan-berkas"
  | "folder"
  | "folder-kosong";

/** The heap each file is read in (node --max-old-space-size), in MB: the per-file memory ceiling. */
export const MEMORI_PER_BERKAS_MB = 1536;

/**
 * The time one file may take, in ms: a sheet of Excel's 1,048,576 rows with five periods takes a
 * few minutes on a slow machine; a file past this is stopped so the others still get checked.
 */
export const WAKTU_PER_BERKAS_MS = 15 * 60_000;

const SIMPAN_XLSX =
  "Buka di Excel, File › Simpan Sebagai › Buku Kerja Excel (.xlsx), lalu periksa berkas itu.";

export const PESAN_BERKAS: Record<JenisGagal, string> = {
  hilang: "Berkas tidak ditemukan. Periksa nama dan foldernya.",
  "bukan-excel": "Bukan buku kerja Excel (.xlsx). Pilih berkas .xlsx.",
  sandi:
    "Berkas dilindungi kata sandi. Buka di Excel dengan kata sandinya, hapus sandi (File › Info › Lindungi Buku Kerja), simpan, lalu periksa lagi.",
  rusak:
    "Berkas rusak atau terpotong (mungkin belum selesai disalin atau diunduh). Salin ulang dari sumbernya, atau buka di Excel yang akan menawarkan perbaikan, lalu simpan sebagai .xlsx.",
  xls: `Berkas Excel lama (.xls). ${SIMPAN_XLSX}`,
  ods: `Berkas OpenDocument (.ods). ${SIMPAN_XLSX}`,
  xlsb: `Buku kerja biner Excel (.xlsb). ${SIMPAN_XLSX}`,
  tulis:
    "Tidak dapat menulis di folder keluaran. Periksa folder itu atau pilih folder lain, lalu jalankan lagi.",
  izin: "Tidak ada izin membaca berkas ini atau menulis di folder keluaran.",
  penuh: "Disk penuh: salinan tidak dapat ditulis. Kosongkan ruang, lalu jalankan lagi.",
  besar:
    "Buku kerja terlalu besar untuk diperiksa sekaligus. Bagi menjadi beberapa buku kerja, lalu periksa masing-masing.",
  memori: `Membaca berkas ini butuh lebih dari ${MEMORI_PER_BERKAS_MB.toLocaleString("id-ID")} MB memori, batas untuk satu berkas; berkas lain tetap diperiksa. Bila berkas ini asli, bagi menjadi beberapa buku kerja; bila tidak, berkas itu mungkin dibuat untuk merusak.`,
  waktu: `Memeriksa berkas ini melewati ${WAKTU_PER_BERKAS_MS / 60_000} menit, batas waktu untuk satu berkas, jadi dihentikan; berkas lain tetap diperiksa. Bila berkas ini asli, bagi menjadi beberapa buku kerja lalu periksa masing-masing.`,
  "bukan-berkas":
    "Bukan berkas biasa (pipa, soket atau perangkat), jadi tidak dibaca. Sebut berkas .xlsx yang sebenarnya.",
  folder: "Ini folder, bukan berkas; tidak dibaca. Sebut folder induknya atau berkas di dalamnya.",
  "folder-kosong":
    "Folder ini tidak berisi buku kerja (.xlsx, .xlsm, .xls, .xlsb, .ods); tidak ada yang diperiksa di sini.",
};

/** A file that could not be checked, by cause; `rincian` says exactly what, when known. */
export class GalatBerkas extends Error {
  constructor(
    public readonly jenis: JenisGagal,
    public readonly rincian?: string,
  ) {
    super(PESAN_BERKAS[jenis]);
  }
}

/** Any failure as one of the causes above: file-system codes by meaning, anything else as `bawaan`. */
export function jenisGagal(e: unknown, bawaan: JenisGagal = "rusak"): JenisGagal {
  if (e instanceof GalatBerkas) return e.jenis;
  if (e instanceof GalatBatas) return e.jenis;
  if (e instanceof GalatBukanBuku) return "bukan-excel";
  const kode = (e as { code?: unknown } | null)?.code;
  if (kode === "ENOENT" || kode === "ENOTDIR") return "hilang";
  if (kode === "EACCES" || kode === "EPERM") return "izin";
  if (kode === "ENOSPC" || kode === "EDQUOT") return "penuh";
  if (kode === "EEXIST" || kode === "EROFS" || kode === "EISDIR") return "tulis";
  return bawaan;
}

/**
 * The user's one line for a failure: what exactly, when the reader knows (a cell past the grid,
 * two entries of one name), then the cause's message with its fix.
 *
 * @example pesanGagal(diLuarLembar("ZZZZZZZ6")) // "Sel ZZZZZZZ6 di luar batas lembar Excel (kolom XFD, baris 1.048.576). Berkas rusak …"
 */
export function pesanGagal(e: unknown, bawaan: JenisGagal = "rusak"): string {
  const pesan = PESAN_BERKAS[jenisGagal(e, bawaan)];
  const rincian =
    e instanceof GalatBerkas || e instanceof GalatBatas || e instanceof GalatZip ? e.rincian : undefined;
  if (!rincian) return pesan;
  return `${rincian[0].toUpperCase()}${rincian.slice(1)}. ${pesan}`;
}
