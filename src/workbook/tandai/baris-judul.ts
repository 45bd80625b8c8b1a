import { bacaAngka } from "../../domain/baca-angka";
import { Judul, bacaJudul, hanyaPeriode } from "./judul";
import { pasangkan } from "./pasangan";
import { HasilDeteksi, Kerangka, Kisi, NilaiSel, tolakDeteksi } from "./tipe";

/** How far down the header may sit: below a few merged title rows, never deep in the data. */
export const JENDELA_JUDUL = 25;

interface Calon {
  baris: number;
  judul: Judul[];
  skor: number;
}

const teks = (v: NilaiSel): string => (v === null || v === undefined ? "" : String(v).trim());

/** A year written as a number (2025) is a header; any other number means a data row. */
const tahun = (v: NilaiSel): boolean =>
  typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100;

function bisaJudul(baris: readonly NilaiSel[]): boolean {
  return baris.every((v) => {
    if (tahun(v) || /^(19|20)\d\d$/.test(teks(v))) return true;
    return typeof bacaAngka(v) !== "number";
  });
}

/** The header texts of row `r` alone. */
function judulSatuBaris(kisi: Kisi, r: number, lebar: number): Judul[] {
  return Array.from({ length: lebar }, (_, c) => bacaJudul(kisi[r]?.[c]));
}

/**
 * The header texts of rows r−1 and r read together: a merged group cell above ("Target Kinerja
 * Sasaran Pada Tahun", "Realisasi", "2025") spreads over the empty cells to its right.
 */
function judulDuaBaris(kisi: Kisi, r: number, lebar: number): Judul[] {
  const atas = kisi[r - 1] ?? [];
  const isiAtas = atas.filter((v) => teks(v) !== "").length;
  let bawa = "";
  return Array.from({ length: lebar }, (_, c) => {
    const sendiri = teks(atas[c]);
    if (sendiri !== "") bawa = sendiri;
    const u = sendiri !== "" || isiAtas < 2 ? sendiri : bawa;
    const l = teks(kisi[r]?.[c]);
    if (l === "") return bacaJudul(sendiri);
    const bawah = bacaJudul(l);
    const jadi = (x: Judul) => x.peran === "target" || x.peran === "realisasi";
    if (jadi(bawah) && u !== "" && hanyaPeriode(u)) return bacaJudul(`${l} ${u}`);
    if (u !== "" && jadi(bacaJudul(u))) return bacaJudul(`${u} ${l}`);
    return bawah;
  });
}

function nilai(baris: number, judul: Judul[]): Calon {
  const pasangan = pasangkan(judul);
  const berperiode = pasangan.filter((p) => p.periode !== "").length;
  const label = judul.some((j) => j.peran === "label") ? 1 : 0;
  return { baris, judul, skor: pasangan.length * 10 + berperiode + label };
}

/**
 * Finds the header row within the first JENDELA_JUDUL rows: the row (alone or with the row above)
 * that yields the most Target/Realisasi pairs; of two separate rows that tie, the upper one.
 * Refuses, with a reason, when there is none.
 */
export function cariJudul(kisi: Kisi): HasilDeteksi<Kerangka> {
  const batas = Math.min(kisi.length, JENDELA_JUDUL);
  const lebar = Math.max(0, ...kisi.slice(0, batas).map((b) => b.length));
  const calon: Calon[] = [];
  for (let r = 0; r < batas; r++) {
    if (!bisaJudul(kisi[r] ?? [])) continue;
    const satu = nilai(r, judulSatuBaris(kisi, r, lebar));
    const dua = r > 0 && bisaJudul(kisi[r - 1] ?? []) ? nilai(r, judulDuaBaris(kisi, r, lebar)) : satu;
    // Two rows count only when the lower row adds to what the upper row says alone.
    const sebelum = calon.find((c) => c.baris === r - 1)?.skor ?? 0;
    calon.push(dua.skor > satu.skor && dua.skor > sebelum ? dua : satu);
  }
  const terbaik = Math.max(0, ...calon.map((c) => c.skor));
  if (terbaik < 10) return alasanTanpaPasangan(calon);
  const juara = calon.filter((c) => c.skor === terbaik);
  // Two separate equal headers are two tables: the first is taken, and ends where the second starts.
  const lepas = juara.findIndex((c, i) => i > 0 && c.baris !== juara[i - 1].baris + 1);
  const dipilih = juara[(lepas < 0 ? juara.length : lepas) - 1];
  const indeks = (peran: Judul["peran"]) => {
    const c = dipilih.judul.findIndex((j) => j.peran === peran);
    return c < 0 ? undefined : c;
  };
  return {
    ok: true,
    tabel: {
      barisJudul: dipilih.baris,
      pasangan: pasangkan(dipilih.judul),
      kolomLabel: indeks("label"),
      kolomPolaritas: indeks("polaritas"),
    },
  };
}

function alasanTanpaPasangan(calon: Calon[]): HasilDeteksi<Kerangka> {
  const ada = (peran: Judul["peran"]) => calon.some((c) => c.judul.some((j) => j.peran === peran));
  if (ada("target") && !ada("realisasi")) {
    return tolakDeteksi(
      "Ada kolom Target, tetapi tidak ada kolom Realisasi yang sepadan. Tambahkan kolom Realisasi, atau tunjuk rentang target dan realisasi secara manual.",
      "There is a Target column but no matching Realisasi (actual) column. Add one, or point at the target and actual ranges yourself.",
    );
  }
  if (ada("realisasi") && !ada("target")) {
    return tolakDeteksi(
      "Ada kolom Realisasi, tetapi tidak ada kolom Target yang sepadan. Tunjuk rentang target dan realisasi secara manual.",
      "There is a Realisasi (actual) column but no matching Target column. Point at the target and actual ranges yourself.",
    );
  }
  if (ada("target")) {
    return tolakDeteksi(
      "Kolom Target dan Realisasi ada, tetapi periodenya tidak cocok (misalnya Target 2025 dengan Realisasi 2024). Tunjuk rentangnya secara manual.",
      "Target and Realisasi columns exist but their periods do not match. Point at the ranges yourself.",
    );
  }
  return tolakDeteksi(
    `Tidak ditemukan judul kolom Target dan Realisasi dalam ${JENDELA_JUDUL} baris pertama pilihan. Pilih seluruh tabel beserta baris judulnya, atau tunjuk rentang target dan realisasi secara manual.`,
    `No Target and Realisasi column headers in the first ${JENDELA_JUDUL} rows of the selection. Select the whole table with its header, or point at the target and actual ranges yourself.`,
  );
}
