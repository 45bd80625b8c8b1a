/** Direction of an indicator: whether a higher realisation is better. */
export type Polaritas = "positif" | "negatif" | "negatif_rasio";

/** How the four quarters make the year's value. */
export type Agregasi = "jumlah" | "akhir" | "rata-rata";

/** Absolut: the final year's target (stocks, shares, indices); kumulatif: the sum of the yearly targets (flows). */
export type JenisTarget = "absolut" | "kumulatif";

/** How a value is shown: a share (stored as a fraction), a count with its unit, or an index. */
export type JenisSatuan = "persen" | "jumlah" | "indeks";

/** The levels a standard is set at, as Tabel 3.8's Tingkat Standar writes them. */
export const TINGKAT_STANDAR = ["Nasional", "Provinsi", "SPM"] as const;
export type TingkatStandar = (typeof TINGKAT_STANDAR)[number];

/** A standard the realisation is compared with (Tabel 3.8); a percent is a fraction, as targets are. */
export interface Standar {
  nilai: number;
  tingkat: TingkatStandar;
  /** The regulation or document that sets it. */
  sumber: string;
}

export interface Formulasi {
  /** Why the indicator measures the sasaran. */
  alasan: string;
  /** The proposed formula (usulan), to be confirmed against the Renstra. */
  rumus: string;
  sumberData: string;
}

export interface Indikator {
  /** Short code used by =IKU.TARGET(), e.g. "IKU-01". */
  kode: string;
  /** The document's wording, verbatim. */
  nama: string;
  /** Other spellings of the name that a lookup accepts. */
  alias?: string[];
  satuan: string;
  jenisSatuan: JenisSatuan;
  polaritas: Polaritas;
  agregasi: Agregasi;
  /** Target per year; a percent target is a fraction (0.37). */
  target: Record<string, number>;
  bidang: string;
  formulasi: Formulasi;
  /** Baseline: the value in the year before the Renstra period. */
  kondisiAwal?: number;
  /** Default: kumulatif exactly when the quarters aggregate by jumlah (see jenisTargetIndikator). */
  jenisTarget?: JenisTarget;
  /** A national, provincial or SPM standard, where one exists (Tabel 3.8). */
  standar?: Standar;
}

/** An indicator below the IKU: a program's outcome, a kegiatan's or sub kegiatan's output. */
export interface KinerjaRenstra {
  nama: string;
  satuan: string;
  jenisSatuan: JenisSatuan;
  polaritas: Polaritas;
  agregasi: Agregasi;
  kondisiAwal?: number;
  /** Target per year; years without one stay blank. A percent target is a fraction. */
  target: Record<string, number>;
}

/** A sub kegiatan of the Renstra (code X.XX.XX.X.XX.XXXX). */
export interface SubKegiatan {
  kode: string;
  nama: string;
  kinerja: KinerjaRenstra[];
  /** Pagu per year, in rupiah. */
  pagu: Record<string, number>;
  lokasi?: string;
  /** Unit penanggung jawab. */
  unit?: string;
}

/** A kegiatan of the Renstra (code X.XX.XX.X.XX) with its sub kegiatan. */
export interface Kegiatan {
  kode: string;
  nama: string;
  kinerja: KinerjaRenstra[];
  pagu: Record<string, number>;
  subKegiatan: SubKegiatan[];
  unit?: string;
}

/** A budget program (Tabel 3.4, Anggaran sheet, PK) and, optionally, its Renstra cascade. */
export interface Program {
  kode: string;
  nama: string;
  /** Codes of the indicators the program serves; each exists in the catalog. */
  indikator: string[];
  /** Pagu per year, in rupiah; years without one stay blank for the planner. */
  pagu: Record<string, number>;
  /** Outcome indicators (Renstra). */
  kinerja?: KinerjaRenstra[];
  kegiatan?: Kegiatan[];
  unit?: string;
}

/** The Perjanjian Kinerja's parties by position; their names are typed by the planner. */
export interface PihakPk {
  /** The head of the agency. */
  jabatanPertama: string;
  /** The regent or mayor who signs with them. */
  jabatanKedua: string;
  /** Where it is signed, printed before the date. */
  tempat?: string;
}

export interface Sasaran {
  nama: string;
  indikator: Indikator[];
}

export interface Tujuan {
  nama: string;
  sasaran: Sasaran[];
}

export interface Katalog {
  instansi: string;
  judul: string;
  /** Where the catalog comes from, printed under the title. */
  sumber: string;
  tahun: number[];
  tujuan: Tujuan[];
  /** The Renstra period, inside `tahun`; default its first and last year (see periodeKatalog). */
  periode?: { awal: number; akhir: number };
  program?: Program[];
  pk?: PihakPk;
  /** The Rencana Aksi's Status thresholds (fractions); default 100% and 76% (see ambangRencanaAksi). */
  ambangRencanaAksi?: { sesuai: number; perhatian: number };
}

/** The Renstra period's years: the catalog's, or all of them. */
export function tahunPeriodeKatalog(katalog: Katalog): number[] {
  const p = katalog.periode;
  return p ? katalog.tahun.filter((t) => t >= p.awal && t <= p.akhir) : katalog.tahun;
}

/** Kumulatif exactly when the quarters add up (flows), unless the catalog says otherwise. */
export const jenisTargetIndikator = (i: Pick<Indikator, "jenisTarget" | "agregasi">): JenisTarget =>
  i.jenisTarget ?? (i.agregasi === "jumlah" ? "kumulatif" : "absolut");

/** One indicator with the tujuan and sasaran it belongs to. */
export interface BarisIndikator {
  no: number;
  tujuan: string;
  sasaran: string;
  indikator: Indikator;
}

/** The catalog as rows, in document order. */
export function barisKatalog(katalog: Katalog): BarisIndikator[] {
  const rows: BarisIndikator[] = [];
  for (const t of katalog.tujuan) {
    for (const s of t.sasaran) {
      for (const i of s.indikator)
        rows.push({ no: rows.length + 1, tujuan: t.nama, sasaran: s.nama, indikator: i });
    }
  }
  return rows;
}
