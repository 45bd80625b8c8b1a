/** A planner's table of `n` indicators with two years and columns the flags do not need, as rows. */
export function kisiBesar(n: number): unknown[][] {
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
    const turun = i % 7 === 0;
    kisi.push([i + 1, `IKU-${i + 1}`, `Indikator kinerja nomor ${i + 1}`, "%", turun ? "turun" : "naik"]);
    kisi[kisi.length - 1].push(t, t - 5 + (i % 11), "", t + 5, "", "", "Sumber data: laporan bidang");
  }
  return kisi;
}
