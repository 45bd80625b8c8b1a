/** The look of the inserted sheets: one place, so four sheets read as one document. */
import { FormatBersyarat, Gaya } from "../rencana";
import { rumusMelesetDariCapaian, rumusTercapaiDariCapaian } from "../rumus";

export const WARNA = {
  tab: "#1F4E78",
  kepala: "#D9E1F2",
  masukan: "#FFF9E5",
  catatan: "#FFF2CC",
  merahIsi: "#FFC7CE",
  merahFont: "#9C0006",
  hijauIsi: "#C6EFCE",
  hijauFont: "#006100",
  putih: "#FFFFFF",
} as const;

export const GAYA = {
  judul: { tebal: true, ukuranFont: 14, rataHorizontal: "tengah", rataVertikal: "tengah" },
  subjudul: {
    tebal: true,
    ukuranFont: 12,
    rataHorizontal: "tengah",
    rataVertikal: "tengah",
    bungkusTeks: true,
  },
  sumber: { miring: true, ukuranFont: 9, rataHorizontal: "tengah" },
  kepala: {
    tebal: true,
    ukuranFont: 10,
    warnaIsi: WARNA.kepala,
    rataHorizontal: "tengah",
    rataVertikal: "tengah",
    bungkusTeks: true,
    garis: true,
  },
  isi: { ukuranFont: 10, rataVertikal: "atas", bungkusTeks: true, garis: true },
  tengah: { rataHorizontal: "tengah" },
  kanan: { rataHorizontal: "kanan" },
  masukan: { warnaIsi: WARNA.masukan },
  catatan: { miring: true, ukuranFont: 9, rataVertikal: "atas", bungkusTeks: true },
} satisfies Record<string, Gaya>;

/**
 * Red for a missed target, green for a met one, decided on the capaian cell `capaian` (relative
 * to the top-left cell of `alamat`), so a realisation typed as text is flagged as its capaian is.
 */
export function tandaCapaian(alamat: string, capaian: string): FormatBersyarat[] {
  return [
    {
      alamat,
      rumus: rumusMelesetDariCapaian(capaian),
      warnaIsi: WARNA.merahIsi,
      warnaFont: WARNA.merahFont,
      berhenti: true,
    },
    {
      alamat,
      rumus: rumusTercapaiDariCapaian(capaian),
      warnaIsi: WARNA.hijauIsi,
      warnaFont: WARNA.hijauFont,
    },
  ];
}
