import type { Worksheet } from "exceljs";
import { hurufKolom, sel } from "../workbook/alamat";
import { deteksiTabel, tinjau } from "../workbook/deteksi";
import { rencanaTanda } from "../workbook/tanda";
import { bacaLembar } from "./baca-lembar";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";
import { tandaiLembar } from "./tandai-lembar";

export interface HasilLembar {
  baris: BarisRingkasan[];
  /** Flags added to the sheet (0 on a second run). */
  ditambah: number;
  /** Why the sheet was not checked, for the console. */
  alasan?: string;
}

/** Detects the table of one sheet, flags it in place (in the copy) and judges every pair. */
export function periksaLembar(ws: Worksheet, berkas: string): HasilLembar {
  const { kisi, asal } = bacaLembar(ws);
  const hasil = kisi.length === 0 ? undefined : deteksiTabel(kisi);
  if (!hasil?.ok) {
    const alasan = hasil ? hasil.alasan.id : "Lembar kosong.";
    return { baris: [barisTanpaTabel(berkas, ws.name, "Tidak ada tabel", alasan)], ditambah: 0, alasan };
  }
  const tabel = hasil.tabel;
  const rencana = rencanaTanda(tabel, asal, tabel.barisData[0], tabel.barisData[tabel.barisData.length - 1]);
  const ditambah = tandaiLembar(ws, rencana);
  const { butir } = tinjau(kisi, tabel);
  const baris = butir.map((b) => ({
    berkas,
    lembar: ws.name,
    periode: b.pasangan.periode,
    indikator: b.label,
    sel: sel(hurufKolom(asal.kolom + b.pasangan.kolomRealisasi), asal.baris + b.baris),
    target: b.target,
    realisasi: b.realisasi,
    capaian: b.capaian,
    predikat: b.predikat ?? "",
    status: b.status,
    keterangan:
      b.pesan?.id ??
      (b.status === "Angka teks" ? "Angka tersimpan sebagai teks; ubah jadi angka agar ditandai." : ""),
  }));
  return { baris, ditambah };
}
