import { LembarPalsu } from "./excel-palsu";

/** A planner's table of `n` indicators with two years and columns the flags do not need. */
export function lembarBesar(n: number): { lembar: LembarPalsu; alamat: string; selTabel: number } {
  const judul = [
    "No",
    "Kode",
    "Indikator Kinerja",
    "Satuan",
    "Polaritas",
    "Target 2025",
    "Realisasi 2025",
    "Capaian 2025",
    "Target 2026",
    "Realisasi 2026",
    "Capaian 2026",
    "Keterangan",
  ];
  const kisi: unknown[][] = [["LAPORAN PENGUKURAN KINERJA"], [], judul];
  for (let i = 0; i < n; i++) {
    const t = 50 + (i % 50);
    kisi.push([
      i + 1,
      `IKU-${i + 1}`,
      `Indikator kinerja nomor ${i + 1}`,
      "%",
      i % 7 === 0 ? "turun" : "naik",
      t,
      t - 5 + (i % 11),
      "",
      t + 5,
      "",
      "",
      "Sumber data: laporan bidang",
    ]);
  }
  const lembar = new LembarPalsu("Kinerja");
  lembar.isi(kisi);
  return { lembar, alamat: `A1:L${n + 3}`, selTabel: (n + 3) * judul.length };
}
