/** An error object from Office.js (OfficeExtension.Error) or anything else thrown. */
export function uraiGalat(e: unknown): { pesan: string; kode?: string } {
  if (typeof e === "object" && e !== null) {
    const o = e as { message?: unknown; code?: unknown };
    return { pesan: String(o.message ?? e), kode: typeof o.code === "string" ? o.code : undefined };
  }
  return { pesan: String(e) };
}
