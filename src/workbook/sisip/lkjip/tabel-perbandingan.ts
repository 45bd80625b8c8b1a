import { CATATAN_METODE, JUDUL_TABEL, KOLOM_32 } from "../../../domain/judul-lkjip";
import { perubahanDalamPoin } from "../../../domain/lkjip";
import { kotak, sel } from "../../alamat";
import { selRumus } from "../../rencana";
import { formatPerBaris } from "../bantu-lembar";
import { formatAngka, formatPoin } from "../format-angka";
import { GAYA } from "../gaya-dokumen";
import { rumusPerubahan, rumusTren } from "../rumus-lkjip";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/** Tabel 3.2: the year before (kondisi awal in the period's first year), the change and its trend. */
export function tabelPerbandingan(k: KonteksLkjip, tulis: PenulisTabel): void {
  const { baris, tataIku: iku, n, awal, t, tLalu } = k;
  const m = baris.length;
  const a = tulis.awalBerikut;
  tulis.tulis({
    judul: JUDUL_TABEL.t32,
    kepala: KOLOM_32(n, awal),
    isi: baris.map((b, i) => [
      b.no,
      k.dariIku("indikator", i),
      n > awal
        ? tLalu >= 0
          ? k.salinIku(iku.realisasi(tLalu), i)
          : null
        : k.salinIku(iku.kolom.kondisiAwal, i),
      k.salinIku(iku.realisasi(t), i),
      tLalu >= 0 ? k.salinIku(iku.capaian(tLalu), i) : null,
      k.salinIku(iku.capaian(t), i),
      selRumus(rumusPerubahan(sel(3, a + i), sel(4, a + i), k.ikuSel(iku.kolom.satuan, i))),
      selRumus(rumusTren(sel(7, a + i), k.ikuSel(iku.kolom.polaritas, i))),
    ]),
    catatan: CATATAN_METODE.t32,
    format: (r) => [
      ...k.perBaris(3, 2, r),
      ...formatPerBaris(
        7,
        1,
        r,
        baris.map((b) =>
          perubahanDalamPoin(b.indikator.satuan) ? formatPoin(b.indikator) : formatAngka(b.indikator),
        ),
      ),
      k.persen(5, 2, r, m),
      { alamat: kotak(8, r, 1, m), gaya: GAYA.tengah },
    ],
  });
  tulis.teksSel.push(
    ...baris.map((b, i) => ({ baris: a + i, teks: b.indikator.nama, lebar: LEBAR_KOLOM_LKJIP.B })),
  );
}
