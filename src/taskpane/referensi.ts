import type { Bahasa, Teks } from "../bahasa";
import { buat } from "./dom";

/** An example argument: a number (optionally shown as a percentage), text, or a range with its values. */
export type Argumen =
  number | string | { persen: number } | { rentang: string; nilai: (number | string | null)[][] };

/** One function of the IKU namespace with a worked example; `hasil` is what the example returns. */
export interface EntriFungsi {
  nama: string;
  parameter: string[];
  keterangan: Teks;
  contoh: Argumen[];
  hasil: { angka: number; persen?: boolean } | { teks: string } | { uraian: Teks };
  catatan?: Teks;
}

export const FUNGSI: readonly EntriFungsi[] = [
  {
    nama: "CAPAIAN",
    parameter: ["realisasi", "target", "[polaritas]", "[batas]"],
    keterangan: {
      id: "Capaian realisasi terhadap target (1 = 100%). Polaritas: positif (bawaan), negatif, negatif_rasio.",
      en: "Achievement of realisation against target (1 = 100%). Polarity: positif (default), negatif, negatif_rasio.",
    },
    contoh: [{ persen: 0.39 }, { persen: 0.41 }],
    hasil: { angka: 0.9512, persen: true },
  },
  {
    nama: "CAPAIAN_RENTANG",
    parameter: ["realisasi", "target_bawah", "target_atas", "[polaritas]"],
    keterangan: {
      id: "Capaian terhadap target rentang: di dalam rentang 100%, di luar dibandingkan dengan batas terdekat.",
      en: "Achievement against a range target: inside the range is 100%, outside it the nearest bound is the target.",
    },
    contoh: [85, 80, 90],
    hasil: { angka: 1, persen: true },
  },
  {
    nama: "UTTP_GROWTH",
    parameter: ["tahun_lalu", "tahun_ini", "[mode]"],
    keterangan: {
      id: "Pertumbuhan jumlah UTTP yang ditera/tera ulang; mode persen (bawaan) atau jumlah.",
      en: "Growth of UTTP instruments verified; mode persen (default) or jumlah (absolute increase).",
    },
    contoh: [200, 250],
    hasil: { angka: 0.25, persen: true },
  },
  {
    nama: "PERTUMBUHAN",
    parameter: ["nilai_lalu", "nilai_kini", "[mode]"],
    keterangan: {
      id: "Pertumbuhan nilai apa pun dari tahun lalu ke tahun ini; mode persen atau jumlah.",
      en: "Growth of any quantity from last year to this year; mode persen or jumlah.",
    },
    contoh: [12, 14, "jumlah"],
    hasil: { angka: 2 },
  },
  {
    nama: "PREDIKAT",
    parameter: ["capaian"],
    keterangan: {
      id: "Predikat lima tingkat (≥91% Sangat Tinggi, ≥76% Tinggi, ≥66% Sedang, ≥51% Rendah).",
      en: "Five-level rating (≥91% Sangat Tinggi, ≥76% Tinggi, ≥66% Sedang, ≥51% Rendah).",
    },
    contoh: [{ persen: 0.78 }],
    hasil: { teks: "Tinggi" },
  },
  {
    nama: "STATUS",
    parameter: ["realisasi", "target", "[polaritas]"],
    keterangan: {
      id: "Tercapai atau Tidak Tercapai.",
      en: "Tercapai (met) or Tidak Tercapai (missed).",
    },
    contoh: [{ persen: 0.4 }, { persen: 0.41 }],
    hasil: { teks: "Tidak Tercapai" },
  },
  {
    nama: "TARGET",
    parameter: ["indikator", "tahun"],
    keterangan: {
      id: "Target dari katalog IKU; indikator berupa kode atau nama seperti di dokumen.",
      en: "The catalog's target; indikator is its code or its name as in the document.",
    },
    contoh: ["IKU-09", 2025],
    hasil: { angka: 250 },
  },
  {
    nama: "INDIKATOR",
    parameter: [],
    keterangan: {
      id: "Seluruh katalog IKU, tumpah ke bawah: kode, tujuan, sasaran, indikator, satuan, polaritas, target.",
      en: "The whole IKU catalog, spilled: code, goal, target group, indicator, unit, polarity, targets.",
    },
    contoh: [],
    hasil: { uraian: { id: "baris judul dan 10 baris indikator", en: "a header row and 10 indicator rows" } },
  },
  {
    nama: "IKM",
    parameter: ["jawaban"],
    keterangan: {
      id: "Indeks Kepuasan Masyarakat dari rentang n × 9 jawaban (1–4), PermenPAN-RB 14/2017.",
      en: "Community satisfaction index from an n × 9 range of answers (1–4), PermenPAN-RB 14/2017.",
    },
    contoh: [
      {
        rentang: "B2:J3",
        nilai: [
          [3, 3, 3, 3, 3, 3, 3, 3, 3],
          [4, 4, 4, 4, 4, 4, 4, 4, 4],
        ],
      },
    ],
    hasil: { angka: 87.5 },
    catatan: {
      id: "Satu responden menjawab 3 untuk semua unsur, satu lagi 4.",
      en: "One respondent answers 3 to every element, another 4.",
    },
  },
  {
    nama: "MUTU_PELAYANAN",
    parameter: ["ikm", "[lengkap]"],
    keterangan: {
      id: "Mutu pelayanan A–D dari nilai IKM; lengkap BENAR memberi keterangannya juga.",
      en: "Service quality A–D from the IKM; lengkap TRUE adds its description.",
    },
    contoh: [88.31],
    hasil: { teks: "A" },
  },
  {
    nama: "SAMPEL_IKM",
    parameter: ["populasi"],
    keterangan: {
      id: "Jumlah responden minimal survei IKM (Krejcie dan Morgan).",
      en: "Minimum number of respondents for the IKM survey (Krejcie and Morgan).",
    },
    contoh: [1000],
    hasil: { angka: 278 },
  },
  {
    nama: "AGREGAT",
    parameter: ["nilai_triwulan", "jenis"],
    keterangan: {
      id: "Nilai setahun dari triwulan: jumlah, akhir (triwulan terakhir yang terisi), atau rata-rata.",
      en: "The year's value from quarters: jumlah (sum), akhir (last quarter filled) or rata-rata (mean).",
    },
    contoh: [{ rentang: "B2:E2", nilai: [[50, 60, 70, 70]] }, "jumlah"],
    hasil: { angka: 250 },
    catatan: { id: "Triwulan I–IV: 50, 60, 70, 70.", en: "Quarters I–IV: 50, 60, 70, 70." },
  },
  {
    nama: "SERAPAN",
    parameter: ["realisasi_anggaran", "pagu"],
    keterangan: {
      id: "Serapan anggaran: realisasi anggaran dibagi pagu (1 = 100%).",
      en: "Budget absorption: budget realised divided by the ceiling (1 = 100%).",
    },
    contoh: [850000000, 1000000000],
    hasil: { angka: 0.85, persen: true },
  },
  {
    nama: "EFISIENSI",
    parameter: ["capaian_kinerja", "serapan"],
    keterangan: {
      id: "Tingkat efisiensi: capaian kinerja dikurangi serapan; 0 atau lebih berarti Efisien.",
      en: "Efficiency level: performance achievement minus absorption; 0 or more means Efisien.",
    },
    contoh: [{ persen: 1.05 }, { persen: 0.9 }],
    hasil: { angka: 0.15, persen: true },
  },
  {
    nama: "TREN",
    parameter: ["nilai_lalu", "nilai_kini", "[polaritas]"],
    keterangan: {
      id: "Arah perubahan menurut polaritas: Membaik, Memburuk atau Tetap.",
      en: "Direction of change read by polarity: Membaik (better), Memburuk (worse) or Tetap (unchanged).",
    },
    contoh: [37, 41],
    hasil: { teks: "Membaik" },
  },
];

const PEMISAH: Record<Bahasa, string> = { id: "; ", en: ", " };

/** A number as Excel shows it in that language: decimal comma in Indonesian, at most two decimals. */
export function tulisAngka(n: number, bahasa: Bahasa): string {
  const teks = String(Math.round(n * 100) / 100);
  return bahasa === "id" ? teks.replace(".", ",") : teks;
}

function tulisArgumen(a: Argumen, bahasa: Bahasa): string {
  if (typeof a === "number") return tulisAngka(a, bahasa);
  if (typeof a === "string") return `"${a}"`;
  if ("persen" in a) return `${tulisAngka(a.persen * 100, bahasa)}%`;
  return a.rentang;
}

/** The example formula as typed in Excel in that language (separator and decimal mark differ). */
export function rumusContoh(f: EntriFungsi, bahasa: Bahasa): string {
  return `=IKU.${f.nama}(${f.contoh.map((a) => tulisArgumen(a, bahasa)).join(PEMISAH[bahasa])})`;
}

export function sintaks(f: EntriFungsi, bahasa: Bahasa): string {
  return `IKU.${f.nama}(${f.parameter.join(PEMISAH[bahasa])})`;
}

export function hasilContoh(f: EntriFungsi, bahasa: Bahasa): string {
  const h = f.hasil;
  if ("teks" in h) return h.teks;
  if ("uraian" in h) return h.uraian[bahasa];
  return h.persen ? `${tulisAngka(h.angka * 100, bahasa)}%` : tulisAngka(h.angka, bahasa);
}

const TEKS_REFERENSI = {
  contoh: { id: "Contoh", en: "Example" },
  hasil: { id: "hasil", en: "result" },
} satisfies Record<string, Teks>;

/** Replaces root's content with one disclosure per function: syntax, description, worked example. */
export function pasangReferensi(root: HTMLElement, bahasa: Bahasa): void {
  const t = (k: keyof typeof TEKS_REFERENSI) => TEKS_REFERENSI[k][bahasa];
  root.replaceChildren(
    ...FUNGSI.map((f) => {
      const detail = buat("details", "referensi__fungsi");
      detail.append(buat("summary", undefined, `IKU.${f.nama}`));
      const badan = buat("div", "referensi__badan");
      const p = buat("p");
      p.append(buat("code", undefined, sintaks(f, bahasa)));
      badan.append(p, buat("p", undefined, f.keterangan[bahasa]));
      const contoh = buat("p");
      contoh.append(`${t("contoh")}: `, buat("code", undefined, rumusContoh(f, bahasa)));
      contoh.append(` → ${t("hasil")} `, buat("strong", undefined, hasilContoh(f, bahasa)));
      badan.append(contoh);
      if (f.catatan) badan.append(buat("p", "catatan", f.catatan[bahasa]));
      detail.append(badan);
      return detail;
    }),
  );
}
