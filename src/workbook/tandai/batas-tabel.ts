/**
 * Where a table's indicators stop: a row that heads another table, and summary rows (counts,
 * totals, averages) that hold numbers but are no indicator. Both read only the table's own
 * columns (pairs, label, polarity), the ones the add-in reads below its sample, so the pane and
 * `periksa` draw the same line.
 */
import { bacaAngka } from "../../domain/baca-angka";
import { bacaJudul, rapikan } from "./judul";
import { Kerangka, NilaiSel } from "./tipe";

export const kolomPasangan = (k: Kerangka): number[] => [
  ...new Set(k.pasangan.flatMap((p) => [p.kolomTarget, p.kolomRealisasi])),
];

const angka = (v: NilaiSel): boolean => typeof bacaAngka(v) === "number";

/** The "(1) (2) (3)…" row many government tables put under the header: column numbers, not data. */
export function barisNomorKolom(baris: readonly NilaiSel[]): boolean {
  const n = baris.filter((v) => v !== "" && v !== null && v !== undefined);
  if (n.length < 3) return false;
  const nomor = n.map((v) => (typeof v === "number" ? v : Number(String(v).replace(/[()]/g, ""))));
  return nomor.every((x, i) => Number.isInteger(x) && (i === 0 || x === nomor[i - 1] + 1));
}

/**
 * A row to judge: a number (or a number typed as text) in a target or realisation column, or
 * TRUE/FALSE there, which is listed as an error rather than dropped.
 */
export function barisBerisi(baris: readonly NilaiSel[], kolom: readonly number[]): boolean {
  return kolom.some((c) => angka(baris[c]) || typeof baris[c] === "boolean");
}

/** Words a column header starts with, besides Target and Realisasi themselves. */
const KATA_KEPALA =
  /^(capaian|predikat|serapan|pagu|anggaran|status|keterangan|satuan|tahun|triwulan|semester|jenis|faktor|upaya|tingkat|perubahan|kondisi|efisiensi|bobot|persentase capaian)\b/;
const TAHUN = /\b(19|20)\d\d\b/;

/**
 * A row that heads another table: no number in the pair columns, and a text there that reads as a
 * column header ("Capaian 2024", "Realisasi s.d. 2025", "Serapan 2025"). Data texts ("-", "n/a",
 * "belum ada data") do not.
 *
 * @example akhirTabel(["No", "Indikator", "Realisasi 2024", "Capaian 2024"], kerangka) // true when C or D is a pair column
 */
export function akhirTabel(baris: readonly NilaiSel[], k: Kerangka): boolean {
  const kolom = kolomPasangan(k);
  if (barisBerisi(baris, kolom)) return false;
  return kolom.some((c) => {
    const v = baris[c];
    if (typeof v !== "string") return false;
    const t = rapikan(v);
    return bacaJudul(t).peran !== "lain" || KATA_KEPALA.test(t) || (TAHUN.test(t) && t.length <= 40);
  });
}

/**
 * Labels of rows that summarise the indicators above them: whole words, so "Jumlah Dokumen
 * Pengembangan Industri" stays an indicator while "Jumlah" and "Rata-rata capaian" do not.
 */
const RINGKASAN = new RegExp(
  "^(" +
    [
      "(sub ?|grand )?total( capaian| keseluruhan| seluruhnya)?",
      "jumlah( total| keseluruhan| seluruhnya| indikator( kinerja)?( yang)?( tercapai| tidak tercapai)?)?",
      "(rata-?rata|rerata)( capaian( kinerja)?)?",
      "capaian rata-?rata",
      "(tidak |belum )?tercapai",
      "belum dilaporkan( / tidak dapat dihitung)?",
      "tidak dapat dihitung",
      "not reported( / cannot be computed)?",
      "(average|mean|sum)",
    ].join("|") +
    ")$",
);

/** Whether a label is a summary word ("Jumlah", "Tercapai", "Rata-rata"), not an indicator. */
export function labelRingkasan(v: NilaiSel): boolean {
  if (typeof v !== "string") return false;
  return RINGKASAN.test(rapikan(v).replace(/\s*[:.]$/, ""));
}

/**
 * A summary row: its label is a summary word, or, without a label, the first text of the row
 * left of the pairs is (a "JUMLAH" merged over the first columns).
 */
export function barisRingkasan(baris: readonly NilaiSel[], k: Kerangka & { kolomLabel?: number }): boolean {
  const label = k.kolomLabel === undefined ? undefined : baris[k.kolomLabel];
  if (typeof label === "string" && label.trim() !== "") return labelRingkasan(label);
  const kiri = Math.min(...kolomPasangan(k));
  for (let c = 0; c < kiri; c++) {
    const v = baris[c];
    if (typeof v === "string" && v.trim() !== "") return labelRingkasan(v);
  }
  return false;
}
