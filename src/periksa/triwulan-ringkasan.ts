/**
 * A Rencana Aksi sheet's quarter as ringkasan.csv rows: how many indicators stand at each Status
 * (`Belum Diisi`, `Sesuai Rencana`, ...), read from the sheet's own Status cells, so the counts are
 * the ones the planner sees, the catalog's thresholds included.
 */
import { KATA_STATUS_TW } from "../domain/triwulan";
import { hurufKolom } from "../workbook/alamat";
import { SumberBaris } from "./analisis-lembar";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";

/** A Status cell with no saved value: the file was written without computing its formulas. */
export const STATUS_BELUM_DIHITUNG = "Belum Dihitung";

const KEPALA_WAJIB = ["No", "Indikator Kinerja", "Realisasi s.d. TW", "Capaian s.d. TW", "Status"];
/** Rows within which the header is looked for. */
const BARIS_CARI = 20;

/** Only a sheet named as the plan names it is read a second time: most sheets of a big workbook are not. */
const NAMA_LEMBAR = /^Rencana Aksi( \(\d+\))?$/i;

/** The counts, one row per status found, in the order of KATA_STATUS_TW; [] when the sheet has no Rencana Aksi table. */
export async function barisTriwulanRingkasan(
  berkas: string,
  lembar: string,
  sumber: SumberBaris,
): Promise<BarisRingkasan[]> {
  if (!NAMA_LEMBAR.test(lembar)) return [];
  let kolom: { no: number; status: number } | undefined;
  let tahun = "";
  let awal = 0;
  let akhir = 0;
  let selesai = false;
  const jumlah = new Map<string, number>();
  await sumber((nomor, sel) => {
    if (selesai) return;
    const teks = sel.map((v) => (typeof v === "string" ? v.trim() : v));
    if (!kolom) {
      if (nomor <= BARIS_CARI && KEPALA_WAJIB.every((k) => teks.includes(k))) {
        kolom = { no: teks.indexOf("No"), status: teks.indexOf("Status") };
        tahun = teks.map((v) => /^Target (\d{4})$/.exec(String(v))?.[1]).find((y) => y !== undefined) ?? "";
      }
      return;
    }
    // The table ends at the first row without a number: the notes below it.
    if (typeof teks[kolom.no] !== "number") {
      selesai = awal > 0;
      return;
    }
    if (awal === 0) awal = nomor;
    akhir = nomor;
    const status =
      typeof teks[kolom.status] === "string" && teks[kolom.status] !== ""
        ? String(teks[kolom.status])
        : STATUS_BELUM_DIHITUNG;
    jumlah.set(status, (jumlah.get(status) ?? 0) + 1);
  });
  if (!kolom || awal === 0) return [];
  const semua = [...jumlah.values()].reduce((a, b) => a + b, 0);
  const urutan = [
    ...Object.values(KATA_STATUS_TW),
    ...[...jumlah.keys()].filter((k) => !Object.values(KATA_STATUS_TW).includes(k as never)),
  ];
  const huruf = hurufKolom(kolom.status + 1);
  return urutan
    .filter((s) => jumlah.has(s))
    .map((s) => ({
      ...barisTanpaTabel(berkas, lembar, s, `${jumlah.get(s)} dari ${semua} indikator`),
      periode: tahun,
      indikator: "Rencana Aksi",
      sel: `${huruf}${awal}:${huruf}${akhir}`,
      realisasi: jumlah.get(s),
    }));
}
