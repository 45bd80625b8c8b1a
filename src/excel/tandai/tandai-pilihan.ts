/**
 * "Tandai Capaian" on the selection: (1) the top rows of the table area, its position and the
 * sheet's conditional formats; (2) only the needed columns of the data rows, in row chunks that
 * keep each response under 4 MB, and the current ranges of the add-in's rules; (3) the flags
 * written. A sheet without flags of ours is written in (2), a table already flagged not at all:
 * two syncs up to tens of thousands of rows, one more per chunk beyond. Nothing of the user's is written.
 */
import { Kotak, kotakDariAlamat, kotakDariIndeks, kotakMemuat, selDi } from "../../workbook/alamat";
import {
  JENDELA_JUDUL,
  Kisi,
  NilaiSel,
  rencanaAlur,
  selDihitung,
  tabelPertama,
  tinjauTabel,
} from "../../workbook/tandai";
import { FormatBersyarat } from "../../workbook/rencana";
import { alamatBaku } from "../../workbook/tandai/tanda";
import { ANGGARAN_JAWABAN, bitaJson, SEL_PER_BACA } from "../batas-permintaan";
import { tulisFormatBersyarat } from "../format-bersyarat";
import { pesanGalatOffice, pesanMasihDihitung, uraiGalatOffice } from "../galat-office";
import {
  Catatan,
  buangCatatanBasi,
  catat,
  daftarCatatan,
  gantiCatatanTerlihat,
  muatCatatan,
  muatJumlahAturan,
  namaBaru,
} from "./catatan-tanda";
import { pesanTakTerpisah } from "./hapus";
import { siapkanHapus } from "./hapus-tercatat";
import { butirPanel, HasilTandai } from "./hasil-tandai";

/** Header search rows plus a sample of data rows for the label column. */
export const BARIS_ATAS = JENDELA_JUDUL + 15;

const POSISI = "address,rowIndex,columnIndex,rowCount,columnCount";

interface Area {
  range: Excel.Range;
  atas: Excel.Range;
}

function area(range: Excel.Range): Area {
  range.load(POSISI);
  const atas = range.getRow(0).getResizedRange(BARIS_ATAS - 1, 0);
  atas.load("values");
  return { range, atas };
}

/**
 * Data rows per read so that one response stays under `anggaran` bytes: the sample rows' largest
 * cell per column, with a quarter more for rows unlike them (8 bytes a cell at least); and under
 * SEL_PER_BACA cells across the columns, Excel's documented read limit.
 *
 * @example barisPerJawaban([[1, "Indikator"]], [0, 1], 4_000_000) //=> 145454
 */
export function barisPerJawaban(contoh: Kisi, kolom: readonly number[], anggaran: number): number {
  const perBaris = kolom.reduce(
    (n, c) => n + Math.max(8, ...contoh.map((b) => bitaJson([b[c] ?? ""]) + 1)),
    0,
  );
  const menurutSel = Math.floor(SEL_PER_BACA / Math.max(1, kolom.length));
  return Math.max(1, Math.min(menurutSel, Math.floor(anggaran / (perBaris * 1.25))));
}

/**
 * The action on an open request context; exported so tests can count its syncs. `anggaran` is
 * the response budget in bytes (tests lower it to see chunks on a small table).
 */
export async function tandaiDalam(
  context: Excel.RequestContext,
  anggaran = ANGGARAN_JAWABAN,
): Promise<HasilTandai> {
  const pilihan = context.workbook.getSelectedRange();
  pilihan.load("cellCount");
  // The selection is always on the active sheet.
  const lembar = context.workbook.worksheets.getActiveWorksheet();
  lembar.load("name");
  // One cell selected: the table around it; more: the selection, cut to the cells with values.
  // Around the first cell only: around a whole sheet, Excel may reach 40 rows × 16,384 columns.
  const sekitar = area(pilihan.getCell(0, 0).getSurroundingRegion());
  // Cut by the box around the used cells and the selection's first cell: it always meets the
  // selection, so nothing here is chained on a null object, which Excel may refuse.
  const kotakPakai = lembar.getUsedRange(true).getBoundingRect(pilihan.getCell(0, 0));
  const dipilih = area(pilihan.getIntersection(kotakPakai));
  // Our flags are found from their record, never by reading the sheet's rules (office-js #6827).
  const nama = muatCatatan(context);
  await context.sync();

  const { range, atas } = pilihan.cellCount === 1 ? sekitar : dipilih;
  const tinggi = range.rowCount;
  const kisiAtas: Kisi = atas.values.slice(0, tinggi);
  if (kisiAtas.every((baris) => baris.every((v) => v === "" || v === null))) return pilihanTanpaData();
  const contoh = tabelPertama(kisiAtas);
  if (!contoh.ok) return contoh;
  const kerangka = contoh.tabel;
  const letak = kotakDariIndeks(range);
  // To the selection's end unless the top rows already show where the table stops.
  const rencana = rencanaAlur(kerangka, letak, tinggi - 1);

  const direncanakan = new Set(rencana.map((f) => alamatBaku(f.alamat)));
  let ada = daftarCatatan(nama, lembar.name);
  // Flagged before: still so only while a rule sits there (Clear Rules leaves the record). The
  // counts travel with the first chunk of reads.
  const hitung = muatJumlahAturan(
    lembar,
    ada.filter((c) => direncanakan.has(c.alamat)),
  );
  const baru = rencana.filter((f) => !ada.some((c) => c.alamat === alamatBaku(f.alamat)));
  // Flags of ours inside the table on no planned range: the table moved or grew.
  const basi = ada.filter((c) => !direncanakan.has(c.alamat) && diDalam(c, letak));
  // Records an earlier version left in the Name Manager, hidden on the way (stale ones go anyway).
  gantiCatatanTerlihat(
    lembar,
    ada.filter((c) => !basi.includes(c)),
  );
  const namaTanda = namaBaru(nama, baru.length);
  // Nothing stale to remove first: the flags (and their record) go out with the reads.
  const ditulis = basi.length === 0 ? tulisTanda(lembar, baru, namaTanda) : [];

  const awal = kerangka.barisJudul + 1;
  const kolom = [...new Set(kerangka.pasangan.flatMap((p) => [p.kolomTarget, p.kolomRealisasi]))];
  if (kerangka.kolomLabel !== undefined) kolom.push(kerangka.kolomLabel);
  if (kerangka.kolomPolaritas !== undefined) kolom.push(kerangka.kolomPolaritas);
  const kisi: NilaiSel[][] = Array.from({ length: tinggi }, (_, r) => (r < awal ? [...kisiAtas[r]] : []));
  const baca = (dari: number, n: number) =>
    kolom.map((c) => {
      const r = lembar.getRangeByIndexes(range.rowIndex + dari, range.columnIndex + c, n, 1);
      r.load("values");
      return { c, r };
    });
  // The first chunk travels with the flags (or with the loads of ours).
  let baris = barisPerJawaban(kisiAtas.slice(awal), kolom, anggaran);
  for (let dari = awal, pertama = true; dari < tinggi || pertama; pertama = false) {
    const n = Math.min(baris, tinggi - dari);
    const isi = n > 0 ? baca(dari, n) : [];
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each under 5 MB
      await context.sync();
    } catch (e) {
      // The estimate missed (long texts further down): the same rows again, in halves.
      if (n <= 1 || uraiGalatOffice(e).kode !== "ResponsePayloadSizeLimitExceeded") throw e;
      baris = Math.ceil(n / 2);
      continue;
    }
    for (const { c, r } of isi) r.values.forEach((v, i) => (kisi[dari + i][c] = v[0] as NilaiSel));
    dari += n;
  }
  // A cell still computing (#BUSY!) has no value to judge yet: take back the flags sent with the reads.
  const dihitung = selDihitung(kisi, kolom);
  if (dihitung) {
    for (const cf of ditulis) cf.delete();
    for (const n of ditulis.length > 0 ? namaTanda : []) context.workbook.names.getItem(n).delete();
    if (ditulis.length > 0) await context.sync();
    const alamat = selDi(letak, dihitung.baris, dihitung.kolom);
    return { ok: false, alasan: pesanMasihDihitung("tandai", alamat, dihitung.kode) };
  }
  const kosong = buangCatatanBasi(context, hitung);
  ada = ada.filter((c) => !kosong.includes(c));
  const { tinjauan: t, tabel } = tinjauTabel(kisi, kerangka);
  // Where the table really stops, now that all its rows are read.
  const akhir = tabel ? rencanaAlur(tabel, letak, tinggi - 1) : rencana;
  const baruAkhir = akhir.filter((f) => !ada.some((c) => c.alamat === alamatBaku(f.alamat)));
  const berubah = akhir.map((f) => f.alamat).join() !== rencana.map((f) => f.alamat).join();
  let diganti = 0;
  if (basi.length > 0) {
    const siap = await siapkanHapus(context, lembar, basi);
    if (!siap.ok) return { ok: false, alasan: pesanTakTerpisah(siap.alamat) };
    diganti = siap.hapus();
    tulisTanda(lembar, baruAkhir, namaBaru(nama, baruAkhir.length));
    await context.sync();
  } else if (berubah) {
    // The table stopped below the top rows, above the selection's end: the flags sent stop there too.
    for (const cf of ditulis) cf.delete();
    for (const n of namaTanda) context.workbook.names.getItem(n).delete();
    tulisTanda(lembar, baruAkhir, namaBaru(nama, baruAkhir.length));
    await context.sync();
  } else if (kosong.length > 0) {
    // The cleared flags again, under names after those sent with the reads.
    const lagi = baruAkhir.filter((f) => kosong.some((c) => c.alamat === alamatBaku(f.alamat)));
    tulisTanda(lembar, lagi, namaBaru(nama, baru.length + lagi.length).slice(baru.length));
    await context.sync();
  }
  const ditambah = baruAkhir.length;
  const alamat = (r: number, c: number) => selDi(letak, r, c);
  const butir = t.butir.map((b) =>
    butirPanel(b, alamat(b.baris, b.pasangan.kolomRealisasi), b.label, b.pasangan.periode),
  );
  const teks = t.teks.map((s) => ({ alamat: alamat(s.baris, s.kolom), teks: s.teks, angka: s.angka }));
  return {
    ok: true,
    lembar: lembar.name,
    ditambah,
    diganti,
    butir,
    teks,
    ringkasan: t.ringkasan,
  };
}

/** Queues each flag and, after it, its record. */
function tulisTanda(
  lembar: Excel.Worksheet,
  rencana: FormatBersyarat[],
  nama: string[],
): Excel.ConditionalFormat[] {
  return rencana.map((f, i) => {
    const cf = tulisFormatBersyarat(lembar, f);
    catat(lembar, nama[i], f.alamat);
    return cf;
  });
}

/** Whether a recorded flag's range lies within the table area. */
const diDalam = (c: Catatan, tabel: Kotak): boolean =>
  kotakDariAlamat(c.alamat).every((k) => kotakMemuat(tabel, k));

function pilihanTanpaData(): HasilTandai {
  return {
    ok: false,
    alasan: {
      id: "Pilihan tidak berisi data. Pilih tabel IKU (atau satu sel di dalamnya), lalu klik Tandai Capaian lagi.",
      en: "The selection holds no data. Select the IKU table (or one cell in it) and click Flag again.",
    },
  };
}

/** The ribbon's and the pane's entry point. */
export async function tandaiCapaian(): Promise<HasilTandai> {
  try {
    return await Excel.run(tandaiDalam);
  } catch (e) {
    return { ok: false, alasan: pesanGalatOffice(e, "tandai") };
  }
}
