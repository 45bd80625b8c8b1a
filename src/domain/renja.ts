/**
 * The Renja evaluation (Permendagri 86/2017, form E.81) for year N: per indicator of the Renstra
 * cascade, kinerja (K) and rupiah (Rp) over the quarters, capaian this year and against the
 * Renstra, and the mean capaian with its predikat. Pure: the `Evaluasi Renja` sheet computes the
 * same live (src/workbook/sisip/rumus-renja.ts), and the LibreOffice test compares every cell.
 */
import { agregat } from "./agregat";
import { KOSONG } from "./baca-angka";
import { hitungSerapan } from "./anggaran";
import { hitungCapaian } from "./capaian";
import { adalahGalat, Galat, nilaiSalah } from "./galat";
import { predikat } from "./predikat";
import { PANJANG_AKHIRAN_ANAK } from "./renstra";
import { Agregasi, Polaritas } from "./types";

/** A computed cell: a number, blank ("") while an input is blank, or a Galat saying why not. */
export type NilaiRenja = number | "" | Galat;

/** Above this many times its target a realisation is almost surely a typing or unit error (1.000%). */
export const KALI_TARGET_MAKSIMUM = 10;

/** Why a row has no number, as its `Keterangan` cell says it (short: the formula stays under 200 characters). */
export const ALASAN_RENJA = {
  teks: "TW bukan angka",
  terlaluBesar: "Realisasi >1.000% target",
  periksa: "Cek target/pagu",
} as const;
export type AlasanRenja = (typeof ALASAN_RENJA)[keyof typeof ALASAN_RENJA] | "";

const galatAlasan = (alasan: string): Galat => nilaiSalah({ id: alasan, en: alasan });

/** One row of the Renstra sheet with what the planner typed for it on the Evaluasi Renja sheet. */
export interface BarisRenja {
  /** The code on the row's first indicator; blank on a program's or kegiatan's further indicators. */
  kode: string | null;
  polaritas: Polaritas;
  agregasi: Agregasi;
  /** From the Renstra sheet: a number, or null while blank. */
  targetAkhir: unknown;
  paguAkhir: unknown;
  target: unknown;
  pagu: unknown;
  /** Typed on the Evaluasi Renja sheet, as typed (a number, null, or anything else). */
  realisasiLaluK: unknown;
  realisasiLaluRp: unknown;
  k: unknown[];
  rp: unknown[];
  /**
   * Whether the row's Rp is its children's sum: the sheet decides it from the catalog (a row typed
   * later has its Rp typed); default: the row has children.
   */
  rpDariAnak?: boolean;
}

export interface HasilRenja {
  /** Rp per quarter: typed, or the sum of the children's where the row has children. */
  rpTw: NilaiRenja[];
  realisasiK: NilaiRenja;
  realisasiRp: NilaiRenja;
  capaianK: NilaiRenja;
  capaianRp: NilaiRenja;
  sampaiK: NilaiRenja;
  sampaiRp: NilaiRenja;
  capaianSampaiK: NilaiRenja;
  capaianSampaiRp: NilaiRenja;
  keterangan: AlasanRenja;
}

export interface EvaluasiRenja {
  baris: HasilRenja[];
  /** The mean of the capaian N (K) that exist; a Galat while any is one. */
  rataRata: NilaiRenja;
  predikat: string | Galat;
}

const kosong = (v: unknown): boolean => v === null || v === undefined || v === "";
const angka = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Quarters as the sheet reads them: blank while none is filled, a Galat while one is not a number. */
function agregatTw(tw: readonly unknown[], jenis: Agregasi): NilaiRenja {
  const isi = tw.filter((v) => !kosong(v));
  if (isi.length === 0) return "";
  if (!isi.every(angka)) return galatAlasan(ALASAN_RENJA.teks);
  const h = agregat([isi], jenis);
  return h === KOSONG ? "" : h;
}

/** The capaian rule of the polarity, refused above KALI_TARGET_MAKSIMUM times the target. */
function capaianK(r: NilaiRenja, t: unknown, p: Polaritas): NilaiRenja {
  if (adalahGalat(r)) return r;
  if (r === "" || kosong(t)) return "";
  if (!angka(t)) return galatAlasan(ALASAN_RENJA.periksa);
  if (!(r <= KALI_TARGET_MAKSIMUM * t)) return galatAlasan(ALASAN_RENJA.terlaluBesar);
  return hitungCapaian(r, t, p);
}

/** Serapan (realisation ÷ pagu), refused above KALI_TARGET_MAKSIMUM times the pagu. */
function capaianRp(r: NilaiRenja, pagu: unknown): NilaiRenja {
  if (adalahGalat(r)) return r;
  if (r === "" || kosong(pagu)) return "";
  if (!angka(pagu)) return galatAlasan(ALASAN_RENJA.periksa);
  if (pagu > 0 && r > KALI_TARGET_MAKSIMUM * pagu) return galatAlasan(ALASAN_RENJA.terlaluBesar);
  return hitungSerapan(r, pagu);
}

/** Last year's realisation plus this year's: blank while either is blank. */
function tambah(lalu: unknown, kini: NilaiRenja): NilaiRenja {
  if (adalahGalat(kini)) return kini;
  if (kosong(lalu) || kini === "") return "";
  return angka(lalu) ? lalu + kini : galatAlasan(ALASAN_RENJA.periksa);
}

/** Rows whose code is `kode`, a dot and four characters (the sheet's wildcard `kode&".????"`), below `i`. */
function anakDari(baris: readonly BarisRenja[], i: number): number[] {
  const kode = baris[i].kode;
  if (kode === null || kode === "") return [];
  const hasil: number[] = [];
  for (let j = i + 1; j < baris.length; j++) {
    const k = baris[j].kode;
    if (k !== null && k.length === kode.length + PANJANG_AKHIRAN_ANAK && k.startsWith(`${kode}.`))
      hasil.push(j);
  }
  return hasil;
}

/** Whether a row's Rp is the sum of its children's (it has some), as the plan decides its cells. */
export const punyaAnak = (baris: readonly BarisRenja[], i: number): boolean => anakDari(baris, i).length > 0;

/**
 * The whole evaluation, row by row from the bottom, so children are done before their parents.
 * A row with children sums their Rp per quarter (blank where none has a number; text adds nothing,
 * as SUMIF) and its Realisasi N (Rp) is the sum of theirs (a child's error stays an error).
 *
 * @example hitungEvaluasiRenja([{ kode: "2.17.02.2.01.0001", target: 4, k: [1, 1, null, null], ... }]).baris[0].realisasiK // 2
 */
export function hitungEvaluasiRenja(baris: readonly BarisRenja[]): EvaluasiRenja {
  const hasil: HasilRenja[] = new Array(baris.length);
  for (let i = baris.length - 1; i >= 0; i--) {
    const b = baris[i];
    const anak = (b.rpDariAnak ?? true) ? anakDari(baris, i) : [];
    const realisasiK = agregatTw(b.k, b.agregasi);
    let rpTw: NilaiRenja[];
    let realisasiRp: NilaiRenja;
    if (b.kode === null) {
      rpTw = ["", "", "", ""];
      realisasiRp = "";
    } else if (anak.length === 0) {
      rpTw = b.rp.map((v) => (kosong(v) ? "" : angka(v) ? v : galatAlasan(ALASAN_RENJA.teks)));
      realisasiRp = agregatTw(b.rp, "jumlah");
    } else {
      rpTw = [0, 1, 2, 3].map((q) => {
        const ada = anak.map((j) => hasil[j].rpTw[q]).filter((v): v is number => typeof v === "number");
        return ada.length === 0 ? "" : ada.reduce((x, y) => x + y, 0);
      });
      const dariAnak = anak.map((j) => hasil[j].realisasiRp);
      const salah = dariAnak.find(adalahGalat);
      realisasiRp = rpTw.every((v) => v === "")
        ? ""
        : (salah ?? dariAnak.reduce<number>((x, y) => x + (typeof y === "number" ? y : 0), 0));
    }
    const kumulatif = b.agregasi === "jumlah";
    const sampaiK = kumulatif ? tambah(b.realisasiLaluK, realisasiK) : realisasiK;
    const sampaiRp = tambah(b.realisasiLaluRp, realisasiRp);
    const h: Omit<HasilRenja, "keterangan"> = {
      rpTw,
      realisasiK,
      realisasiRp,
      capaianK: capaianK(realisasiK, b.target, b.polaritas),
      capaianRp: capaianRp(realisasiRp, b.pagu),
      sampaiK,
      sampaiRp,
      capaianSampaiK: capaianK(sampaiK, b.targetAkhir, b.polaritas),
      capaianSampaiRp: capaianRp(sampaiRp, b.paguAkhir),
    };
    hasil[i] = { ...h, keterangan: keterangan(b, h, b.kode !== null && anak.length === 0) };
  }
  const rataRata = rataCapaian(hasil.map((h) => h.capaianK));
  return {
    baris: hasil,
    rataRata,
    predikat: rataRata === "" ? "" : adalahGalat(rataRata) ? rataRata : predikat(rataRata),
  };
}

/** The row's Keterangan: text in a typed quarter, a realisation above 1.000% of its target, another error. */
function keterangan(b: BarisRenja, h: Omit<HasilRenja, "keterangan">, rpDiketik: boolean): AlasanRenja {
  const diketik = [...b.k, ...(rpDiketik ? b.rp : [])];
  if (diketik.some((v) => !kosong(v) && !angka(v))) return ALASAN_RENJA.teks;
  // As the sheet divides: a blank, 0 or text target is never exceeded.
  const lewat = (r: NilaiRenja, t: unknown) =>
    angka(t) && t !== 0 && typeof r === "number" && r / t > KALI_TARGET_MAKSIMUM;
  if (lewat(h.realisasiK, b.target) || lewat(h.realisasiRp, b.pagu)) return ALASAN_RENJA.terlaluBesar;
  const hitung = [h.realisasiK, h.realisasiRp, h.capaianK, h.capaianRp, h.sampaiK, h.sampaiRp];
  if ([...hitung, h.capaianSampaiK, h.capaianSampaiRp].some(adalahGalat)) return ALASAN_RENJA.periksa;
  return "";
}

/** The mean of the capaian that exist; blank when none does; a Galat while any is one. */
export function rataCapaian(capaian: readonly NilaiRenja[]): NilaiRenja {
  const salah = capaian.find(adalahGalat);
  if (salah) return salah;
  const ada = capaian.filter((c): c is number => typeof c === "number");
  return ada.length === 0 ? "" : ada.reduce((a, b) => a + b, 0) / ada.length;
}
