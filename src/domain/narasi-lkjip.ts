/**
 * The drafted prose of Bab III: a short ikhtisar of the year and one paragraph per sasaran, told
 * from the computed tables (capaian and predikat, change from last year, distance to the Renstra
 * target, the causes the planner typed, the linked programs' efficiency). Every sentence and its
 * words live here; the planner edits the draft afterwards.
 */
import { tercapai } from "./capaian";
import { Baris31, Baris32, Baris33, Baris35, DataLaporan, Isian, NilaiLaporan, TabelLkjip } from "./lkjip";
import { KATA_TREN } from "./tren";
import { angkaDokumen, angkaTetap, persenDokumen } from "./tulis-angka";

export interface ParagrafSasaran {
  sasaran: string;
  teks: string;
}

const angka = (v: Isian | NilaiLaporan): v is number => typeof v === "number";

/** "a", "a dan b", "a, b dan c". */
function daftar(bagian: readonly string[]): string {
  if (bagian.length <= 1) return bagian.join("");
  return `${bagian.slice(0, -1).join(", ")} dan ${bagian[bagian.length - 1]}`;
}

/** A value in its indicator's unit: "42,00%", "200 UTTP". */
const dalamSatuan = (v: number, satuan: string): string =>
  satuan.trim() === "%" ? persenDokumen(v) : `${angkaDokumen(v)} ${satuan.trim()}`.trim();

/** A typed sentence as a clause: no closing full stop, so the draft adds its own. */
const klausa = (t: string): string => t.trim().replace(/[.\s]+$/, "");

/** The counts of one group of Tabel 3.1 rows, as words. */
function hitungan(baris: readonly Baris31[]): string[] {
  const dinilai = baris.filter((b) => angka(b.capaian)) as Array<Baris31 & { capaian: number }>;
  const capai = dinilai.filter((b) => tercapai(b.capaian)).length;
  const belum = baris.filter((b) => b.capaian === "").length;
  const galat = baris.length - dinilai.length - belum;
  return [
    `${capai} indikator tercapai`,
    ...(dinilai.length - capai > 0 ? [`${dinilai.length - capai} tidak tercapai`] : []),
    ...(belum > 0 ? [`${belum} belum dapat diukur karena realisasi atau targetnya belum diisi`] : []),
    ...(galat > 0 ? [`${galat} tidak dapat dihitung capaiannya (periksa target dan realisasinya)`] : []),
  ];
}

function kalimatCapaian(b: Baris31): string {
  const { target, realisasi, capaian } = b;
  if (capaian === "")
    return `Capaian indikator ${b.indikator} belum dapat diukur karena realisasi atau targetnya belum diisi.`;
  if (!angka(capaian) || !angka(target) || !angka(realisasi))
    return `Capaian indikator ${b.indikator} tidak dapat dihitung; periksa target dan realisasinya.`;
  return (
    `Indikator ${b.indikator} mencatat realisasi ${dalamSatuan(realisasi, b.satuan)} dari target ` +
    `${dalamSatuan(target, b.satuan)}, sehingga capaiannya ${persenDokumen(capaian)} dengan predikat ${b.predikat}.`
  );
}

function kalimatPerubahan(b: Baris32, satuan: string, tahunLalu: number | undefined): string {
  if (!angka(b.realisasiLalu) || !angka(b.realisasi) || !angka(b.perubahan) || b.keterangan === "") return "";
  const pembanding = `${tahunLalu === undefined ? "kondisi awal" : `tahun ${tahunLalu}`} (${dalamSatuan(b.realisasiLalu, satuan)})`;
  if (b.keterangan === KATA_TREN.tetap) return `Dibandingkan ${pembanding}, realisasinya tidak berubah.`;
  const besar =
    satuan.trim() === "%"
      ? `${angkaTetap(Math.abs(b.perubahan), 2)} poin`
      : dalamSatuan(Math.abs(b.perubahan), satuan);
  const arah = b.perubahan > 0 ? "naik" : "turun";
  return `Dibandingkan ${pembanding}, realisasinya ${arah} ${besar} sehingga kinerjanya ${b.keterangan.toLowerCase()}.`;
}

function kalimatRenstra(b: Baris33, satuan: string, n: number): string {
  if (!angka(b.targetAkhir) || !angka(b.realisasiSampai) || !angka(b.capaian)) return "";
  return (
    `Terhadap target akhir Renstra sebesar ${dalamSatuan(b.targetAkhir, satuan)}, realisasi sampai dengan tahun ${n} ` +
    `(${dalamSatuan(b.realisasiSampai, satuan)}) telah mencapai ${persenDokumen(b.capaian)}.`
  );
}

function kalimatPenyebab(baris: readonly Baris35[]): string {
  const ambil = (f: (b: Baris35) => string) => baris.map(f).map(klausa).filter(Boolean);
  const [dukung, hambat, upaya] = [
    ambil((b) => b.faktorPendukung),
    ambil((b) => b.faktorPenghambat),
    ambil((b) => b.upayaPerbaikan),
  ];
  if (dukung.length + hambat.length + upaya.length === 0)
    return "Faktor pendukung, faktor penghambat dan upaya perbaikannya belum diisi pada tabel analisis penyebab.";
  return [
    dukung.length > 0 ? `Keberhasilan didukung oleh ${daftar(dukung)}.` : "",
    hambat.length > 0 ? `Kendala yang dihadapi adalah ${daftar(hambat)}.` : "",
    upaya.length > 0 ? `Upaya perbaikan yang ditempuh: ${daftar(upaya)}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The programs linked to any of the sasaran's indicators, with their serapan and efficiency. */
function kalimatProgram(tabel: TabelLkjip, data: DataLaporan, kode: ReadonlySet<string>): string {
  return data.program
    .map((p, i) => ({ p, b: tabel.t34[i] }))
    .filter(({ p }) => p.indikator.some((k) => kode.has(k.trim().toUpperCase())))
    .filter(({ b }) => b !== undefined && angka(b.serapan))
    .map(({ b }) => {
      const efisiensi = angka(b.efisiensi)
        ? `, dengan tingkat efisiensi ${persenDokumen(b.efisiensi)} (${b.keterangan})`
        : "";
      return `${b.program} menyerap ${persenDokumen(b.serapan as number)} anggarannya${efisiensi}.`;
    })
    .join(" ");
}

function paragraf(sasaran: string, indeks: readonly number[], tabel: TabelLkjip, data: DataLaporan): string {
  const n = tabel.tahun;
  const baris = indeks.map((i) => tabel.t31[i]);
  const rata = tabel.t36.sasaran.find((b) => b.sasaran.trim() === sasaran.trim());
  const kalimat = [
    `Sasaran "${sasaran}" diukur dengan ${baris.length} indikator; pada tahun ${n}, ${daftar(hitungan(baris))}.`,
    rata && angka(rata.rataRata)
      ? `Rata-rata capaian sasaran ini ${persenDokumen(rata.rataRata)} dengan predikat ${rata.predikat}.`
      : "",
    ...indeks.flatMap((i) => {
      const satuan = data.indikator[i].satuan;
      return [
        kalimatCapaian(tabel.t31[i]),
        kalimatPerubahan(tabel.t32[i], satuan, tabel.tahunLalu),
        kalimatRenstra(tabel.t33[i], satuan, n),
      ];
    }),
    kalimatPenyebab(indeks.map((i) => tabel.t35[i])),
    kalimatProgram(tabel, data, new Set(indeks.map((i) => data.indikator[i].kode.trim().toUpperCase()))),
  ];
  return kalimat.filter(Boolean).join(" ");
}

/** Row indices of Tabel 3.1 grouped by sasaran, in the order the sasaran first appear. */
function kelompokSasaran(tabel: TabelLkjip): Map<string, number[]> {
  const kelompok = new Map<string, number[]>();
  tabel.t31.forEach((b, i) => kelompok.set(b.sasaran, [...(kelompok.get(b.sasaran) ?? []), i]));
  return kelompok;
}

/** One paragraph per sasaran, in the order the sasaran first appear in Tabel 3.1. */
export function paragrafSasaran(tabel: TabelLkjip, data: DataLaporan): ParagrafSasaran[] {
  return [...kelompokSasaran(tabel)].map(([sasaran, indeks]) => ({
    sasaran,
    teks: paragraf(sasaran, indeks, tabel, data),
  }));
}

/** The ikhtisar: how many indicators and sasaran, how many reached their target, the extremes. */
export function ikhtisar(tabel: TabelLkjip, data: DataLaporan): string {
  const n = tabel.tahun;
  const dinilai = tabel.t31.filter((b) => angka(b.capaian)) as Array<Baris31 & { capaian: number }>;
  const kalimat = [
    `Pada tahun ${n}, kinerja ${data.instansi || "perangkat daerah"} diukur dengan ${tabel.t31.length} indikator ` +
      `kinerja utama dalam ${kelompokSasaran(tabel).size} sasaran strategis: ${daftar(hitungan(tabel.t31))}.`,
  ];
  const pd = tabel.t36.perangkatDaerah;
  if (angka(pd.rataRata))
    kalimat.push(
      `Rata-rata capaian perangkat daerah, yaitu rata-rata capaian sasarannya, sebesar ${persenDokumen(pd.rataRata)} ` +
        `dengan predikat ${pd.predikat}.`,
    );
  if (dinilai.length > 1) {
    const urut = [...dinilai].sort((a, b) => b.capaian - a.capaian);
    const [atas, bawah] = [urut[0], urut[urut.length - 1]];
    kalimat.push(
      `Capaian tertinggi diraih indikator ${atas.indikator} (${persenDokumen(atas.capaian)}, predikat ${atas.predikat}), ` +
        `sedangkan capaian terendah ada pada indikator ${bawah.indikator} (${persenDokumen(bawah.capaian)}, predikat ${bawah.predikat}).`,
    );
  }
  kalimat.push("Grafik capaian, uraian per sasaran dan tabel pengukuran disajikan berikut ini.");
  return kalimat.join(" ");
}
