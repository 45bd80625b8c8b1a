/**
 * Word captions: "Tabel 3." then a SEQ field, so Word's Daftar Tabel / Daftar Grafik (a table of
 * figures by caption label) lists them; the first caption of a chapter restarts the count.
 */
import { Paragraph, SimpleField, TextRun } from "docx";

export type Label = "Tabel" | "Grafik";

const POLA = /^(Tabel|Grafik) (\d+)\.(\d+) (.*)$/;

/** "Tabel 3.1 Capaian Kinerja Tahun 2025" → its parts; the title contract writes numbers this way. */
export function uraiJudul(judul: string): { label: Label; bab: number; nomor: number; nama: string } {
  const m = POLA.exec(judul);
  if (!m) throw new Error(`Judul tanpa nomor: ${judul}`);
  return { label: m[1] as Label, bab: Number(m[2]), nomor: Number(m[3]), nama: m[4] };
}

/** The SEQ instruction; `mulai` restarts the label's count at the chapter's first caption. */
export const instruksiSeq = (label: Label, mulai: boolean): string =>
  `SEQ ${label} \\* ARABIC${mulai ? " \\r 1" : ""}`;

/**
 * A caption paragraph numbered `nomor` (its place in the chapter, which the field recomputes to the
 * same number), with the title's name after it.
 */
export function keterangan(judul: string, nomor: number, opsi: { lanjutBawah?: boolean } = {}): Paragraph {
  const { label, bab, nama } = uraiJudul(judul);
  return new Paragraph({
    style: "Caption",
    keepNext: opsi.lanjutBawah ?? true,
    children: [
      new TextRun(`${label} ${bab}.`),
      new SimpleField(instruksiSeq(label, nomor === 1), String(nomor)),
      new TextRun(` ${nama}`),
    ],
  });
}
