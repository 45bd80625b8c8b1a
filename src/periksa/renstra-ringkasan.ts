/**
 * A Renstra table's problems as ringkasan.csv rows: one per wrong year (the difference in rupiah,
 * a text or a negative pagu), or one for the row when its code is what is wrong. The same rules
 * and words as the sheet's Cek Pagu and the pane's list.
 */
import { hurufKolom, sel } from "../workbook/alamat";
import { masalahRenstra } from "../workbook/renstra/tabel-renstra";
import { teksStatus, teksTahun } from "../workbook/renstra/uraian-renstra";
import { TabelRenstra } from "./analisis-lembar";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";

/** The status of a row whose only fault is a pagu a formula cannot add (text, negative). */
export const STATUS_PAGU_SALAH = "Pagu salah";

export function barisRenstraRingkasan(berkas: string, lembar: string, t: TabelRenstra): BarisRingkasan[] {
  const hasil: BarisRingkasan[] = [];
  const kolomKode = hurufKolom(t.kepala.kolomKode + 1);
  for (const m of masalahRenstra(t.baris, t.kepala.tahun)) {
    const r = t.barisAwal + m.indeks;
    const dasar = {
      ...barisTanpaTabel(berkas, lembar, m.status || STATUS_PAGU_SALAH, ""),
      indikator: [m.kode, m.nama].filter((x) => x !== "").join(" "),
      sel: sel(kolomKode, r),
    };
    const status = teksStatus(m.status, m.kode, "id");
    if (m.tahun.length === 0) hasil.push({ ...dasar, keterangan: status });
    for (const y of m.tahun) {
      const kolomPagu = hurufKolom(t.kepala.kolomPagu[t.kepala.tahun.indexOf(y.tahun)] + 1);
      hasil.push({
        ...dasar,
        periode: String(y.tahun),
        sel: sel(kolomPagu, r),
        realisasi: y.pagu ?? "",
        keterangan: [status, teksTahun(y, "id")].filter((x) => x !== "").join("; "),
      });
    }
  }
  return hasil;
}
