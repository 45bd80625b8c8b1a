import { kotak, rujukan, sel } from "../../../src/workbook/alamat";
import { lembarKosong as kosong } from "../../../src/workbook/sisip/bantu-lembar";
import { NamaLembar, RencanaBuku, RencanaLembar, selRumus } from "../../../src/workbook/rencana";

const BARIS_JUDUL = 5;

/**
 * A plan shaped like the real one for `n` indicators, four per sasaran: a header row, one row per
 * indicator with capaian formulas, merges, validation, flags, print setup and a chart.
 */
export function rencanaContoh(nama: NamaLembar, n: number): RencanaBuku {
  const awal = BARIS_JUDUL + 1;
  const baris = Array.from({ length: n }, (_, i) => {
    const r = awal + i;
    return [
      i + 1,
      `Tujuan ${Math.floor(i / 8) + 1}`,
      `Sasaran ${Math.floor(i / 4) + 1}`,
      `Indikator ${i + 1}`,
      "%",
      0.4,
      null,
      selRumus(`IF(G${r}="","",G${r}/F${r})`),
    ];
  });
  const iku: RencanaLembar = {
    ...kosong(nama.iku),
    blok: [
      { alamat: "A1", nilai: [["IKU Contoh"]] },
      {
        alamat: sel(1, BARIS_JUDUL),
        nilai: [
          [
            "No",
            "Tujuan",
            "Sasaran",
            "Indikator Kinerja",
            "Satuan",
            "Target 2025",
            "Realisasi 2025",
            "Capaian 2025",
          ],
        ],
      },
      { alamat: sel(1, awal), nilai: baris },
    ],
    format: [
      {
        alamat: kotak(1, BARIS_JUDUL, 8, 1),
        gaya: {
          tebal: true,
          warnaIsi: "#1F4E78",
          warnaFont: "#FFFFFF",
          rataHorizontal: "tengah",
          garis: true,
        },
      },
      { alamat: kotak(6, awal, 3, n), gaya: { formatAngka: "0.00%" } },
      { alamat: kotak(1, awal, 8, n), gaya: { garis: true, bungkusTeks: true, rataVertikal: "atas" } },
    ],
    gabung: Array.from({ length: Math.ceil(n / 4) }, (_, s) =>
      kotak(3, awal + s * 4, 1, Math.min(4, n - s * 4)),
    ).filter((a) => a.includes(":")),
    lebarKolom: { A: 5, B: 30, C: 30, D: 45, E: 8, F: 12, G: 12, H: 12 },
    tinggiBaris: Object.fromEntries(Array.from({ length: n }, (_, i) => [awal + i, 30])),
    validasi: [{ alamat: kotak(7, awal, 1, n), judul: "Realisasi", pesan: "Isikan angka." }],
    formatBersyarat: [
      {
        alamat: kotak(8, awal, 1, n),
        rumus: `=AND(H${awal}<>"",H${awal}<1)`,
        warnaIsi: "#FFC7CE",
        warnaFont: "#9C0006",
        berhenti: true,
      },
      {
        alamat: kotak(8, awal, 1, n),
        rumus: `=AND(H${awal}<>"",H${awal}>=1)`,
        warnaIsi: "#C6EFCE",
        warnaFont: "#006100",
      },
    ],
    bekukan: { baris: BARIS_JUDUL, kolom: 4 },
    cetak: { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: "$5:$5" },
    warnaTab: "#1F4E78",
  };
  const dasbor: RencanaLembar = {
    ...kosong(nama.dashboard),
    blok: [{ alamat: "A1", nilai: [["Capaian 2025"]] }],
    grafik: [
      {
        jenis: "batang",
        judul: "Capaian IKU 2025",
        kategori: rujukan(nama.iku, kotak(4, awal, 1, n)),
        nilai: rujukan(nama.iku, kotak(8, awal, 1, n)),
        namaSeri: "Capaian 2025",
        dari: "A3",
        sampai: "J30",
      },
    ],
  };
  const triwulan = { ...kosong(nama.triwulan), blok: [{ alamat: "A1", nilai: [["No", "TW I"]] }] };
  const formulasi = { ...kosong(nama.formulasi), blok: [{ alamat: "A1", nilai: [["No", "Alasan"]] }] };
  return { lembar: [iku, triwulan, formulasi, dasbor], aktif: nama.iku };
}
