/**
 * Bab II's Perjanjian Kinerja tables, as the PK sheet holds them: sasaran, indicators and targets
 * of year N, then the programs with their pagu.
 */
import { DataLaporan } from "../../domain/lkjip";
import { kolomRupiah, kolomSatuan } from "./angka-kolom";
import { TabelDokumen } from "./tabel";
import { TEKS } from "./teks-draf";

export function tabelPk(data: DataLaporan, n: number): TabelDokumen {
  const ind = data.indikator;
  const [no, sasaran, indikator, satuan, target] = TEKS.kolomPk(n);
  const nilai = kolomSatuan(
    ind.map((i) => i.target[n] ?? null),
    ind.map((i) => i.satuan),
  );
  return {
    judul: TEKS.judulPk(n),
    kolom: [
      { judul: no, rata: "tengah" },
      { judul: sasaran, rata: "kiri", gabung: true },
      { judul: indikator, rata: "kiri" },
      { judul: satuan, rata: "tengah" },
      { judul: target, rata: "kanan" },
    ],
    baris: ind.map((i, r) => [String(r + 1), i.sasaran, i.nama, i.satuan, nilai[r]]),
    catatan: [],
  };
}

/** Undefined when the workbook has no program (or no Anggaran sheet). */
export function tabelPkProgram(data: DataLaporan, n: number): TabelDokumen | undefined {
  if (data.program.length === 0) return undefined;
  const [no, program, anggaran] = TEKS.kolomPkProgram;
  const pagu = kolomRupiah(data.program.map((p) => p.pagu[n] ?? null));
  return {
    judul: TEKS.judulPkProgram(n),
    kolom: [
      { judul: no, rata: "tengah" },
      { judul: program, rata: "kiri" },
      { judul: anggaran, rata: "kanan" },
    ],
    baris: data.program.map((p, r) => [String(r + 1), p.nama, pagu[r]]),
    catatan: [],
  };
}
