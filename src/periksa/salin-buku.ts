/**
 * The flagged copy, written by patching the workbook's zip: every entry is copied as stored
 * (charts, images, pivot caches, macros untouched) except the sheets that get rules, whose XML
 * streams through with conditionalFormatting inserted, and styles.xml, which gets the rules'
 * formats.
 */
import { unlink } from "node:fs/promises";
import { FormatBersyarat } from "../workbook/rencana";
import { AturanRumus, gantiEkor, sisipkanAturan } from "../xlsx/ekor-lembar";
import { prioritasTertinggi } from "../xlsx/ekor-baca";
import { tambahDxf } from "../xlsx/lembar-xml";
import { EntriZip, Pengodean, kodekan } from "../xlsx/zip-baca";
import { ZipTulis } from "../xlsx/zip-tulis";
import { Buku } from "../xlsx/buku-kerja";

export interface TambahanLembar {
  entri: EntriZip;
  aturan: FormatBersyarat[];
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

async function* kodekanAliran(
  teks: AsyncIterable<string>,
  info: { pengodean?: Pengodean },
): AsyncGenerator<Buffer> {
  for await (const s of teks) yield kodekan(s, info.pengodean ?? "utf8");
}

/** Writes the copy to `tujuan` (which must not exist); removes it again when anything fails. */
export async function salinBuku(
  buku: Buku,
  tambahan: readonly TambahanLembar[],
  tujuan: string,
): Promise<void> {
  const { zip } = buku;
  const berisi = buku.gaya ? tambahan.filter((t) => t.aturan.length > 0) : [];
  // One differential format per colour pair, shared by the rules that use it.
  const warna = [
    ...new Set(berisi.flatMap((t) => t.aturan.map((a) => `${argb(a.warnaFont)} ${argb(a.warnaIsi)}`))),
  ];
  let gayaBaru: string | undefined;
  let idAwal = 0;
  if (buku.gaya && warna.length > 0) {
    const g = tambahDxf(
      await zip.teksUtuh(buku.gaya),
      warna.map((w) => ({ font: w.split(" ")[0], isi: w.split(" ")[1] })),
    );
    gayaBaru = g.xml;
    idAwal = g.idAwal;
  }
  const perEntri = new Map(berisi.map((t) => [t.entri, t.aturan]));
  const zt = await ZipTulis.buat(tujuan);
  try {
    for (const e of zip.entri) {
      const aturan = perEntri.get(e);
      if (aturan) {
        // Written back in the encoding it was read in, so its declaration stays true.
        const info: { pengodean?: Pengodean } = {};
        const xml = gantiEkor(zip.teks(e, info), (ekor, awalan, akar) => {
          const prioritas = prioritasTertinggi(ekor);
          const baru: AturanRumus[] = aturan.map((a, i) => ({
            sqref: a.alamat,
            rumus: a.rumus,
            dxfId: idAwal + warna.indexOf(`${argb(a.warnaFont)} ${argb(a.warnaIsi)}`),
            prioritas: prioritas + i + 1,
            berhenti: a.berhenti,
          }));
          return sisipkanAturan(ekor, awalan, baru, akar);
        });
        await zt.tambah(e.nama, kodekanAliran(xml, info));
      } else if (e === buku.gaya && gayaBaru !== undefined) await zt.tambah(e.nama, [gayaBaru]);
      else await zt.salin(zip, e);
    }
    await zt.selesai();
  } catch (x) {
    await zt.batal();
    await unlink(tujuan).catch(() => undefined);
    throw x;
  }
}
