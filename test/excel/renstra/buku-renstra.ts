/** An inserted IKU workbook with a three-level cascade, and rows a planner types into its Renstra slots. */
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog, Program } from "../../../src/domain/types";
import { sisipkanRencana } from "../../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";
import { ketik } from "../tandai/buku-tandai";

const pagu = (a: number, b: number, c: number) => ({ 2024: a, 2025: b, 2026: c });

/** Two programs whose sums agree in every year, as a catalog checked by the reader would hold them. */
export const PROGRAM: Program[] = [
  {
    kode: "2.17.02",
    nama: "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
    indikator: ["IKU-01"],
    pagu: pagu(500e6, 600e6, 700e6),
    kegiatan: [
      {
        kode: "2.17.02.2.01",
        nama: "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan",
        kinerja: [],
        pagu: pagu(500e6, 600e6, 700e6),
        subKegiatan: [
          {
            kode: "2.17.02.2.01.0001",
            nama: "Fasilitasi Kemudahan Perizinan Berusaha Bagi Usaha Mikro",
            kinerja: [],
            pagu: pagu(500e6, 600e6, 700e6),
          },
        ],
      },
    ],
  },
  {
    kode: "2.17.03",
    nama: "Program Pengembangan UMKM",
    indikator: [],
    pagu: pagu(100e6, 100e6, 100e6),
    kegiatan: [
      {
        kode: "2.17.03.2.01",
        nama: "Pengembangan Usaha Mikro",
        kinerja: [],
        pagu: pagu(100e6, 100e6, 100e6),
        subKegiatan: [],
      },
    ],
  },
];

export const KATALOG_RENSTRA: Katalog = { ...KATALOG_BAWAAN, program: PROGRAM };

/** Rows typed into the empty slots: code, name, pagu 2024–2026 (a string stays text, as typed). */
export const KETIKAN: Array<[string, string, unknown, unknown, unknown]> = [
  // Under 2.17.03.2.01: makes its 2026 pagu 10 million more than its children's sum, 2026 only.
  ["2.17.03.2.01.0001", "Pendataan Usaha Mikro", 100e6, 100e6, 90e6],
  ["2.17.2", "Program Salah Ketik", 50e6, 50e6, 50e6],
  ["2.17.04.2.01", "Kegiatan Tanpa Program", 20e6, 20e6, 20e6],
  ["2.17.02.2.01.0002", "Sub Kegiatan Pagu Teks", "1.500.000.000", "", ""],
  ["2.17.05", "Program Pagu Negatif", "", -5e6, ""],
];

/** The first row below the header whose code cell is blank and stays so: the first slot. */
export function barisSlot(excel: ExcelEmulator, lembar: string): number {
  const kode = excel.model
    .lembar(lembar)
    .nilai("A6:A200")
    .map((b) => b[0]);
  const terakhir = kode.reduce<number>((n, v, i) => (v !== "" ? i : n), -1);
  return 6 + terakhir + 1;
}

/** Types the rows from `baris` on: code in A, name in C, pagu in H, J, L (Target columns left blank). */
export function ketikBaris(excel: ExcelEmulator, lembar: string, baris: number, rows = KETIKAN): void {
  rows.forEach(([kode, nama, a, b, c], i) => {
    const r = baris + i;
    ketik(excel, lembar, `A${r}`, [[kode]]);
    ketik(excel, lembar, `C${r}`, [[nama]]);
    ketik(excel, lembar, `H${r}:L${r}`, [[a, "", b, "", c]]);
  });
}

/** The catalog inserted beside `awal`'s sheets; returns the emulator and the created sheet names. */
export async function bukuTersisip(
  awal: Record<string, unknown[][]> = { Sheet1: [] },
): Promise<{ excel: ExcelEmulator; lembar: string[] }> {
  const excel = buatExcel({ lembar: awal });
  const hasil = await excel.run((ctx) =>
    sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_RENSTRA, nama, { tahunAktif: 2025 })),
  );
  if (!hasil.ok) throw new Error(hasil.pesan.id);
  return { excel, lembar: hasil.lembar };
}
