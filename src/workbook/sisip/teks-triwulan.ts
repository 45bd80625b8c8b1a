/** What the Triwulan and Rencana Aksi sheets say besides their headers, and their flags. */
import { Bahasa } from "../../bahasa";
import { AmbangStatusTw, KATA_CEK_TARGET, KATA_STATUS_TW } from "../../domain/triwulan";
import { FormatBersyarat } from "../rencana";
import { WARNA } from "./gaya-dokumen";

const persen = (x: number): string => `${Math.round(x * 10000) / 100}%`.replace(".", ",");

export interface TeksTriwulan {
  validasiTargetPesan: string;
  keteranganTriwulan: string[];
  judulRencanaAksi: (tahun: number) => string;
  subjudulRencanaAksi: (tahun: number, namaTriwulan: string) => string;
  keteranganRencanaAksi: (ambang: AmbangStatusTw) => string[];
}

const s = KATA_STATUS_TW;

const ID: TeksTriwulan = {
  validasiTargetPesan:
    "Isi target triwulan dengan angka, misalnya 10% atau 3; 0 untuk triwulan tanpa rencana.",
  keteranganTriwulan: [
    "Keterangan: target dan realisasi triwulan diketik di sini sekali saja; lembar IKU (Realisasi) dan Rencana Aksi merujuk ke sini. Realisasi tahunan dan capaian s.d. TW mengikuti agregasi: jumlah, triwulan terakhir yang terisi, atau rata-rata; sel kosong belum diisi, 0 tetap terisi.",
    `Cek Target TW: ${KATA_CEK_TARGET.sesuai} bila keempat target triwulan cocok dengan target tahunan di lembar IKU (jumlah: totalnya; akhir: TW IV; rata-rata: rata-ratanya), selain itu ${KATA_CEK_TARGET.tidakSesuai} dan target triwulannya ditandai merah. Target s.d. TW adalah target triwulan yang sudah terisi realisasinya, menurut agregasi yang sama.`,
  ],
  judulRencanaAksi: (tahun) => `RENCANA AKSI TAHUN ${tahun}`,
  subjudulRencanaAksi: (tahun, triwulan) =>
    `Perjanjian Kinerja tahun ${tahun}. Target dan realisasi triwulan diisi di lembar ${triwulan}; kolom Rencana Aksi, Program / Kegiatan Pendukung dan Penanggung Jawab diisi di sini.`,
  keteranganRencanaAksi: (a) => [
    `Status: ${s.belumDiisi} bila belum ada triwulan terisi; ${s.sesuai} bila capaian s.d. TW ≥ ${persen(a.sesuai)} atau belum ada target s.d. TW; ${s.perhatian} bila ≥ ${persen(a.perhatian)}; ${s.terlambat} di bawahnya. ${s.cekTarget}: target triwulan belum lengkap di lembar Triwulan; ${s.cekRealisasi}: realisasi triwulan bukan angka, atau lebih dari 1.000% target (periksa satuannya).`,
  ],
};

const EN: TeksTriwulan = {
  validasiTargetPesan:
    "Type the quarterly target as a number, e.g. 10% or 3; 0 for a quarter with nothing planned.",
  keteranganTriwulan: [
    "Note: quarterly targets and realisation are typed here once; the IKU sheet (Realisasi) and the Rencana Aksi refer to them. The year's value and the capaian to date follow the aggregation: sum, last quarter filled, or mean; a blank quarter is not filled, 0 is.",
    `Cek Target TW: ${KATA_CEK_TARGET.sesuai} when the four quarterly targets fit the annual target on the IKU sheet (sum; TW IV; mean), else ${KATA_CEK_TARGET.tidakSesuai} and the quarterly targets are flagged red. Target s.d. TW is the target of the quarters filled so far, by the same aggregation.`,
  ],
  judulRencanaAksi: ID.judulRencanaAksi,
  subjudulRencanaAksi: (tahun, triwulan) =>
    `Performance agreement (PK) of ${tahun}. Quarterly targets and realisation are typed on the ${triwulan} sheet; Rencana Aksi, Program / Kegiatan Pendukung and Penanggung Jawab are typed here.`,
  keteranganRencanaAksi: (a) => [
    `Status: ${s.belumDiisi} while no quarter is filled; ${s.sesuai} from ${persen(a.sesuai)} capaian to date, or while nothing was planned yet; ${s.perhatian} from ${persen(a.perhatian)}; ${s.terlambat} below. ${s.cekTarget}: the quarterly targets on the Triwulan sheet are incomplete; ${s.cekRealisasi}: a quarter is not a number, or above 1,000% of its target (check the unit).`,
  ],
};

export const TEKS_LEMBAR_TRIWULAN: Record<Bahasa, TeksTriwulan> = { id: ID, en: EN };

/** Red where the row's `Cek Target TW` cell (`cek`, column fixed) reads Tidak Sesuai. */
export const tandaCekTarget = (alamat: string, cek: string): FormatBersyarat => ({
  alamat,
  rumus: `${cek}="${KATA_CEK_TARGET.tidakSesuai}"`,
  warnaIsi: WARNA.merahIsi,
  warnaFont: WARNA.merahFont,
});

/** The Status column's fills: green on plan, amber for attention, red late or to check, grey not yet filled. */
const WARNA_STATUS: ReadonlyArray<readonly [string[], string, string]> = [
  [[s.sesuai], WARNA.hijauIsi, WARNA.hijauFont],
  [[s.perhatian], "#FFEB9C", "#9C5700"],
  [[s.terlambat, s.cekTarget, s.cekRealisasi], WARNA.merahIsi, WARNA.merahFont],
  [[s.belumDiisi], "#EDEDED", "#595959"],
];

/** One rule per colour on the Status cells; `status` is the first cell, relative. */
export const tandaStatusTw = (alamat: string, status: string): FormatBersyarat[] =>
  WARNA_STATUS.map(([kata, warnaIsi, warnaFont]) => ({
    alamat,
    rumus:
      kata.length === 1 ? `${status}="${kata[0]}"` : `OR(${kata.map((x) => `${status}="${x}"`).join(",")})`,
    warnaIsi,
    warnaFont,
  }));
