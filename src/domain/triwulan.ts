import { agregat } from "./agregat";
import { bacaAngka, KOSONG, Kosong } from "./baca-angka";
import { hitungCapaian } from "./capaian";
import { Galat, adalahGalat, nilaiSalah } from "./galat";
import { CAPAIAN_MASUKAN_MAKSIMUM, SKALA_PREDIKAT } from "./predikat";
import { NAMA, PESAN } from "./pesan";
import { satuanBulat } from "./pembulatan";
import { Agregasi, Polaritas } from "./types";

/** The quarters of a year, as the sheets head them. */
export const TRIWULAN = ["TW I", "TW II", "TW III", "TW IV"] as const;

/**
 * The Rencana Aksi's verdicts: never green while nothing is filled; a quarterly plan that is not
 * whole, or a realisation that cannot be judged, says which row of the Triwulan sheet to check.
 */
export const KATA_STATUS_TW = {
  belumDiisi: "Belum Diisi",
  sesuai: "Sesuai Rencana",
  perhatian: "Perlu Perhatian",
  terlambat: "Terlambat",
  cekTarget: "Cek Target TW",
  cekRealisasi: "Cek Realisasi TW",
} as const;
export type StatusTw = (typeof KATA_STATUS_TW)[keyof typeof KATA_STATUS_TW];

/** The verdicts of `Cek Target TW`. */
export const KATA_CEK_TARGET = { sesuai: "Sesuai", tidakSesuai: "Tidak Sesuai" } as const;
export type CekTarget = (typeof KATA_CEK_TARGET)[keyof typeof KATA_CEK_TARGET];

/** The header of the fit check's column on the Triwulan sheet (PRODUCT.md). */
export const KOLOM_CEK_TARGET_TW = "Cek Target TW";

/** The Rencana Aksi header for year `n`, cell for cell as PRODUCT.md lists it: the sheet writes it, the pane finds it. */
export const KOLOM_RENCANA_AKSI = (n: number): string[] => [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Satuan",
  `Target ${n}`,
  ...TRIWULAN.map((q) => `Target ${q}`),
  "Rencana Aksi",
  "Program / Kegiatan Pendukung",
  "Penanggung Jawab",
  ...TRIWULAN.map((q) => `Realisasi ${q}`),
  "Realisasi s.d. TW",
  "Capaian s.d. TW",
  "Status",
];

/** Capaian to date from which a quarter is on plan (`sesuai`) or only needs attention (`perhatian`), as fractions. */
export interface AmbangStatusTw {
  sesuai: number;
  perhatian: number;
}

const TINGGI = SKALA_PREDIKAT.find(([, nama]) => nama === "Tinggi")![0];

/** 100% and the predikat's Tinggi bound (76%): the defaults a catalog may change. */
export const AMBANG_STATUS_BAWAAN: AmbangStatusTw = { sesuai: 1, perhatian: TINGGI / 10000 };

/** Why a quarter's capaian has no value: the quarterly targets, or the realisation (its cells or its size). */
export type SebabGalatTw = "target" | "realisasi";

/** The quarter to date: nothing filled yet, an error with its cause, or the values to date. */
export type HasilTw =
  | { keadaan: "belum" }
  | { keadaan: "galat"; sebab: SebabGalatTw; galat: Galat }
  | { keadaan: "ada"; realisasi: number; target: number; capaian: number | Kosong };

type NamaTw = ReturnType<typeof NAMA.nilaiTriwulanKe>;

/**
 * Reads four quarter cells: a number, or blank (not filled). `ketat` reads as the sheet does,
 * where any text is an error; otherwise text is read the Indonesian way ("37%", "82,97").
 */
function bacaEmpat(
  nilai: readonly unknown[],
  ketat: boolean,
  nama: (k: number) => NamaTw,
): (number | Kosong)[] | Galat {
  const hasil: (number | Kosong)[] = [];
  for (let q = 0; q < TRIWULAN.length; q++) {
    const v = nilai[q];
    const n =
      ketat && typeof v === "string" && v !== ""
        ? nilaiSalah(PESAN.bukanAngka(nama(q + 1), v))
        : bacaAngka(v, nama(q + 1));
    if (adalahGalat(n)) return n;
    hasil.push(n);
  }
  return hasil;
}

/** Whether a quarter cell holds anything: the sheet counts any text (COUNTA), the functions only readable content. */
const terisiSel = (v: unknown, ketat: boolean): boolean =>
  v !== null && v !== undefined && !(typeof v === "string" && (ketat ? v === "" : v.trim() === ""));

/** The target of the quarters filled so far, by the aggregation that makes their realisation. */
function targetSampai(target: readonly number[], terisi: readonly boolean[], jenis: Agregasi): number {
  const dipakai = target.filter((_, q) => terisi[q]);
  if (jenis === "akhir") return dipakai[dipakai.length - 1];
  const jumlah = dipakai.reduce((a, b) => a + b, 0);
  return jenis === "jumlah" ? jumlah : jumlah / dipakai.length;
}

/**
 * Realisation, target and capaian to date of one year's four quarters. Blank quarters are not
 * filled (0 is filled); realisation to date is AGREGAT of the filled ones, its target the same
 * aggregation of their targets (jumlah: the sum; akhir: the last filled quarter's; rata-rata: the
 * mean), and capaian the CAPAIAN rule of the polarity. Once a quarter is filled all four targets
 * must be numbers: the plan is made for the whole year. Nothing planned yet (target to date 0) has
 * no capaian for positif, and is on plan. A realisation above 1.000% of its target is refused as
 * a unit mistake.
 *
 * @example capaianSdTw([10, null, null, null], [8, 8, 8, 8], "jumlah", "positif")
 * // { keadaan: "ada", realisasi: 10, target: 8, capaian: 1.25 }
 */
export function capaianSdTw(
  realisasiTw: readonly unknown[],
  targetTw: readonly unknown[],
  jenis: Agregasi,
  polaritas: Polaritas,
  ketat = false,
): HasilTw {
  const terisi = TRIWULAN.map((_, q) => terisiSel(realisasiTw[q], ketat));
  if (!terisi.includes(true)) return { keadaan: "belum" };
  // The plan first: the status then points at the Target TW cells, as the sheet's does.
  const t = bacaEmpat(targetTw, ketat, NAMA.targetTwKe);
  if (adalahGalat(t)) return { keadaan: "galat", sebab: "target", galat: t };
  const kosong = t.findIndex((x) => x === KOSONG);
  if (kosong >= 0)
    return { keadaan: "galat", sebab: "target", galat: nilaiSalah(PESAN.targetTwKosong(TRIWULAN[kosong])) };
  const r = bacaEmpat(realisasiTw, ketat, NAMA.realisasiTwKe);
  if (adalahGalat(r)) return { keadaan: "galat", sebab: "realisasi", galat: r };
  const realisasi = agregat([r], jenis);
  if (adalahGalat(realisasi)) return { keadaan: "galat", sebab: "realisasi", galat: realisasi };
  if (realisasi === KOSONG) return { keadaan: "belum" };
  const target = targetSampai(t as number[], terisi, jenis);
  if (target === 0 && polaritas === "positif") return { keadaan: "ada", realisasi, target, capaian: KOSONG };
  if (target > 0 && realisasi > CAPAIAN_MASUKAN_MAKSIMUM * target)
    return {
      keadaan: "galat",
      sebab: "realisasi",
      galat: nilaiSalah(PESAN.realisasiTwTerlaluBesar(realisasi, target)),
    };
  const capaian = hitungCapaian(realisasi, target, polaritas);
  if (adalahGalat(capaian)) return { keadaan: "galat", sebab: "realisasi", galat: capaian };
  return { keadaan: "ada", realisasi, target, capaian };
}

const STATUS_GALAT: Record<SebabGalatTw, StatusTw> = {
  target: KATA_STATUS_TW.cekTarget,
  realisasi: KATA_STATUS_TW.cekRealisasi,
};

/**
 * The Rencana Aksi's Status: `Belum Diisi` while no quarter is filled, `Sesuai Rencana` from
 * `ambang.sesuai` (and when nothing was due yet), `Perlu Perhatian` from `ambang.perhatian`,
 * else `Terlambat`; an error names what to check. Decided on the capaian rounded to two decimals
 * of a percent, as predikat is.
 *
 * @example statusTw({ keadaan: "ada", realisasi: 8, target: 10, capaian: 0.8 }) // "Perlu Perhatian"
 */
export function statusTw(h: HasilTw, ambang: AmbangStatusTw = AMBANG_STATUS_BAWAAN): StatusTw {
  if (h.keadaan === "belum") return KATA_STATUS_TW.belumDiisi;
  if (h.keadaan === "galat") return STATUS_GALAT[h.sebab];
  if (h.capaian === KOSONG) return KATA_STATUS_TW.sesuai;
  const c = satuanBulat(h.capaian, 4);
  if (c >= satuanBulat(ambang.sesuai, 4)) return KATA_STATUS_TW.sesuai;
  if (c >= satuanBulat(ambang.perhatian, 4)) return KATA_STATUS_TW.perhatian;
  return KATA_STATUS_TW.terlambat;
}

/** Decimals on which quarterly targets and the annual target are compared: float noise never decides a fit. */
export const DESIMAL_CEK_TARGET = 6;

/**
 * Whether four quarterly targets fit the annual one by the aggregation: jumlah — they add up to
 * it; akhir — TW IV equals it; rata-rata — their mean equals it. Blank while none is typed; all
 * four must be numbers to fit.
 *
 * @example cekTargetTw([3, 3, 4, 4], 14, "jumlah") // "Sesuai"
 */
export function cekTargetTw(
  targetTw: readonly (number | Kosong | null)[],
  tahunan: number,
  jenis: Agregasi,
): CekTarget | Kosong {
  const angka = targetTw.filter((x): x is number => typeof x === "number");
  if (targetTw.every((x) => x === null || x === KOSONG)) return KOSONG;
  if (angka.length !== TRIWULAN.length) return KATA_CEK_TARGET.tidakSesuai;
  const jumlah = angka.reduce((a, b) => a + b, 0);
  const nilai = jenis === "jumlah" ? jumlah : jenis === "akhir" ? angka[3] : jumlah / angka.length;
  return satuanBulat(nilai - tahunan, DESIMAL_CEK_TARGET) === 0
    ? KATA_CEK_TARGET.sesuai
    : KATA_CEK_TARGET.tidakSesuai;
}
