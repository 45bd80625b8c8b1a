/** Direction of an indicator: whether a higher realisation is better. */
export type Polaritas = "positif" | "negatif" | "negatif_rasio";

/** How the four quarters make the year's value. */
export type Agregasi = "jumlah" | "akhir" | "rata-rata";

/** How a value is shown: a share (stored as a fraction), a count with its unit, or an index. */
export type JenisSatuan = "persen" | "jumlah" | "indeks";

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
}

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
