/** Why a file could not be checked: one Indonesian message per cause, never a library's words. */
export type JenisGagal =
  "hilang" | "bukan-excel" | "sandi" | "rusak" | "xls" | "ods" | "xlsb" | "tulis" | "izin" | "penuh";

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
};

/** A file that could not be checked, by cause. */
export class GalatBerkas extends Error {
  constructor(public readonly jenis: JenisGagal) {
    super(PESAN_BERKAS[jenis]);
  }
}

/** Any failure as one of the causes above: file-system codes by meaning, anything else as `bawaan`. */
export function jenisGagal(e: unknown, bawaan: JenisGagal = "rusak"): JenisGagal {
  if (e instanceof GalatBerkas) return e.jenis;
  const kode = (e as { code?: unknown } | null)?.code;
  if (kode === "ENOENT" || kode === "ENOTDIR") return "hilang";
  if (kode === "EACCES" || kode === "EPERM") return "izin";
  if (kode === "ENOSPC" || kode === "EDQUOT") return "penuh";
  if (kode === "EEXIST" || kode === "EROFS" || kode === "EISDIR") return "tulis";
  return bawaan;
}
