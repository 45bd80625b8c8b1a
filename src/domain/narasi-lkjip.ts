/**
 * The first-draft paragraph per sasaran under Bab III's tables: counts and extremes only, facts
 * the planner then explains. Pure text from the computed tables.
 */
import { tercapai } from "./capaian";
import { Baris31, TabelLkjip } from "./lkjip";
import { persenDokumen } from "./tulis-angka";

export interface ParagrafSasaran {
  sasaran: string;
  teks: string;
}

/** "a", "a dan b", "a, b dan c". */
function daftar(bagian: readonly string[]): string {
  if (bagian.length <= 1) return bagian.join("");
  return `${bagian.slice(0, -1).join(", ")} dan ${bagian[bagian.length - 1]}`;
}

const dengan = (b: Baris31 & { capaian: number }): string =>
  `${b.indikator} (${persenDokumen(b.capaian)}, predikat ${b.predikat})`;

function paragraf(sasaran: string, baris: readonly Baris31[], tahun: number): string {
  const dinilai = baris.filter((b): b is Baris31 & { capaian: number } => typeof b.capaian === "number");
  const capai = dinilai.filter((b) => tercapai(b.capaian)).length;
  const belum = baris.filter((b) => b.capaian === "").length;
  const galat = baris.length - dinilai.length - belum;
  const hitung = [
    `${capai} tercapai (capaian 100% atau lebih)`,
    ...(dinilai.length - capai > 0 ? [`${dinilai.length - capai} tidak tercapai`] : []),
    ...(belum > 0 ? [`${belum} belum ada realisasi atau targetnya`] : []),
    ...(galat > 0 ? [`${galat} tidak dapat dihitung capaiannya (periksa target dan realisasinya)`] : []),
  ];
  const kalimat = [
    `Dari ${baris.length} indikator sasaran "${sasaran}" pada tahun ${tahun}, ${daftar(hitung)}.`,
  ];
  if (dinilai.length === 1) kalimat.push(`Capaian indikator ${dengan(dinilai[0])}.`);
  if (dinilai.length > 1) {
    const urut = [...dinilai].sort((a, b) => b.capaian - a.capaian);
    kalimat.push(
      `Capaian tertinggi pada indikator ${dengan(urut[0])}, terendah pada ${dengan(urut[urut.length - 1])}.`,
    );
  }
  return kalimat.join(" ");
}

/** One paragraph per sasaran, in the order the sasaran first appear in Tabel 3.1. */
export function paragrafSasaran(tabel: TabelLkjip): ParagrafSasaran[] {
  const kelompok = new Map<string, Baris31[]>();
  for (const b of tabel.t31) kelompok.set(b.sasaran, [...(kelompok.get(b.sasaran) ?? []), b]);
  return [...kelompok].map(([sasaran, baris]) => ({ sasaran, teks: paragraf(sasaran, baris, tabel.tahun) }));
}
