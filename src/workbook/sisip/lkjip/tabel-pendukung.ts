import {
  JUDUL_TABEL_PENDUKUNG,
  KOLOM_39,
  TEKS_TANPA_CASCADE,
  CATATAN_PENDUKUNG,
} from "../../../domain/judul-renja";
import { kotak, rujukan, sel } from "../../alamat";
import { Sel, selRumus } from "../../rencana";
import { rumusSalin } from "../../rumus";
import { FORMAT_RUPIAH, formatAngka } from "../format-angka";
import { GAYA } from "../gaya-dokumen";
import { tataLetakRenja } from "../tata-letak-renja";
import { KEPALA_RENSTRA, barisRenstra } from "../tata-letak-renstra";
import { adaCascade } from "../sumber-anggaran";
import { KonteksLkjip } from "./konteks-lkjip";
import { LEBAR_KOLOM_LKJIP, PenulisTabel } from "./penulis-tabel";

/**
 * Tabel 3.9: each indicator row of the Renstra cascade with its target, realisation and capaian
 * N and its pagu, realisation and serapan N, all read from the Evaluasi Renja sheet (which reads
 * the Renstra sheet); the sasaran on its group's first row. Without a cascade, one row says so.
 */
export function tabelPendukung(k: KonteksLkjip, tulis: PenulisTabel): void {
  const kepala = KOLOM_39(k.n);
  if (!adaCascade(k)) {
    const a = tulis.tulis({
      judul: JUDUL_TABEL_PENDUKUNG.t39,
      kepala,
      isi: [[TEKS_TANPA_CASCADE, ...kepala.slice(1).map(() => null)]],
      catatan: CATATAN_PENDUKUNG.t39,
      format: () => [],
    });
    tulis.lembar.gabung.push(kotak(1, a, kepala.length, 1));
    const lebar = Object.values(LEBAR_KOLOM_LKJIP).reduce((x, y) => x + y, 0);
    tulis.teksSel.push({ baris: a, teks: TEKS_TANPA_CASCADE, lebar });
    tulis.lembar.format.push({
      alamat: kotak(1, a, kepala.length, 1),
      gaya: { rataHorizontal: "kiri", miring: true },
    });
    return;
  }
  const t = tataLetakRenja();
  const renja = (kolom: number, r: number) =>
    selRumus(rumusSalin(rujukan(k.nama.evaluasiRenja, sel(kolom, r))));
  const indeksSasaran = new Map(k.baris.map((b, i) => [b.sasaran, i]).reverse() as Array<[string, number]>);
  const isi: Sel[][] = [];
  const formatK: string[] = [];
  let sasaran = "";
  let baru = false;
  barisRenstra(k).forEach((b, j) => {
    if (b.jenis === "judul") {
      sasaran = b.sasaran;
      baru = true;
      return;
    }
    const r = KEPALA_RENSTRA + 1 + j;
    const i = indeksSasaran.get(sasaran);
    isi.push([
      isi.length + 1,
      baru ? (i === undefined ? sasaran : k.dariIku("sasaran", i)) : null,
      renja(t.kode, r),
      renja(t.nama, r),
      renja(t.indikator, r),
      renja(t.targetK, r),
      renja(t.realisasiK, r),
      renja(t.capaianK, r),
      renja(t.targetRp, r),
      renja(t.realisasiRp, r),
      renja(t.capaianRp, r),
    ]);
    formatK.push(b.kinerja ? formatAngka(b.kinerja) : "General");
    baru = false;
  });
  const a = tulis.awalBerikut;
  tulis.tulis({
    judul: JUDUL_TABEL_PENDUKUNG.t39,
    kepala,
    isi,
    catatan: CATATAN_PENDUKUNG.t39,
    format: (r) => [
      ...formatK.map((f, i) => ({ alamat: kotak(6, r + i, 2, 1), gaya: { ...GAYA.kanan, formatAngka: f } })),
      k.persen(8, 1, r, isi.length),
      { alamat: kotak(9, r, 2, isi.length), gaya: { ...GAYA.kanan, formatAngka: FORMAT_RUPIAH } },
      k.persen(11, 1, r, isi.length),
    ],
  });
  const lebarNama = LEBAR_KOLOM_LKJIP.D;
  barisRenstra(k)
    .filter((b) => b.jenis === "isi")
    .forEach((b, i) => {
      if (b.jenis !== "isi") return;
      if (b.pokok) tulis.teksSel.push({ baris: a + i, teks: b.pokok.nama, lebar: lebarNama });
      if (b.kinerja) tulis.teksSel.push({ baris: a + i, teks: b.kinerja.nama, lebar: LEBAR_KOLOM_LKJIP.E });
    });
}
