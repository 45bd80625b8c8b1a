/** A flag run's result as the review list shows it: two misses (one carrying markup), an error, a text number. */
import type { ButirPanel, HasilTandai } from "../../../src/excel/tandai/hasil-tandai";

export const MARKUP = "<img src=x onerror=window.__xss=1>";

const butir = (b: Partial<ButirPanel> & Pick<ButirPanel, "alamat" | "label" | "status">): ButirPanel => ({
  periode: "2025",
  target: 0,
  realisasi: 0,
  ...b,
});

export const HASIL: Extract<HasilTandai, { ok: true }> = {
  ok: true,
  lembar: "IKU 2025",
  ditambah: 1,
  diganti: 0,
  butir: [
    butir({
      alamat: "D4",
      label: "Koperasi Aktif",
      status: "Tidak Tercapai",
      target: 71.5,
      realisasi: 69.88,
      capaian: 0.9773,
      predikat: "Sangat Tinggi",
    }),
    butir({
      alamat: "D5",
      label: "UMKM Naik Kelas",
      status: "Tercapai",
      target: 10,
      realisasi: 12,
      capaian: 1.2,
      predikat: "Sangat Tinggi",
    }),
    butir({
      alamat: "D11",
      label: MARKUP,
      status: "Tidak Tercapai",
      target: 90,
      realisasi: 45,
      capaian: 0.5,
      predikat: "Sangat Rendah",
    }),
    butir({
      alamat: "D12",
      label: "Rasio Wirausaha",
      status: "Galat",
      target: 0,
      realisasi: 3,
      pesan: { id: "Target nol.", en: "Target is zero." },
    }),
  ],
  teks: [{ alamat: "D10", teks: "82,5", angka: 82.5 }],
  ringkasan: [
    { periode: "2024", tercapai: 7, dinilai: 8 },
    { periode: "2025", tercapai: 5, dinilai: 8 },
  ],
};

/** The same table with every realisation on target and nothing else to say. */
export const SEMUA_TERCAPAI: Extract<HasilTandai, { ok: true }> = {
  ...HASIL,
  ditambah: 0,
  butir: HASIL.butir.filter((b) => b.status === "Tercapai"),
  teks: [],
  ringkasan: [{ periode: "", tercapai: 1, dinilai: 1 }],
};
