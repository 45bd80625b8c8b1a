// LibreOffice opening the inserted workbook of 2,000 indicators with every formula recalculated:
// load + recalculation seconds, less the same workbook holding plain values, and the formulas' size.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NAMA_DASAR, RencanaBuku, adalahRumus } from "../src/workbook/rencana";
import { buatRencana } from "../src/workbook/sisip/rencana-iku";
import { tataLetakIku } from "../src/workbook/sisip/tata-letak";
import { bukuXlsx } from "../src/xlsx/tulis-xlsx";
import { buatProfil, recalc } from "../test/e2e/lo-helper";
import { katalogBesar } from "../test/excel/sisip/katalog-besar";

const INDIKATOR = 2000;
const PUTARAN = 5;

const adaSoffice = (): boolean => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
};

/** The plan with a realisation in every first-year cell, so each capaian computes a number. */
function rencanaTerisi(nilaiSaja: boolean): RencanaBuku {
  const katalog = katalogBesar(INDIKATOR);
  const rencana = buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 });
  const tata = tataLetakIku(katalog);
  const iku = rencana.lembar[0];
  iku.blok.push({
    alamat: `${String.fromCharCode(64 + tata.realisasi(0))}${tata.barisAwal}`,
    nilai: Array.from({ length: INDIKATOR }, (_, i) => [((i * 37) % 120) / 100]),
  });
  // The baseline: every formula cell a number instead, so loading costs the same but nothing computes.
  if (nilaiSaja)
    for (const l of rencana.lembar)
      for (const b of l.blok) b.nilai = b.nilai.map((baris) => baris.map((v) => (adalahRumus(v) ? 0.5 : v)));
  return rencana;
}

function ukuranRumus(rencana: RencanaBuku): { banyak: number; karakter: number } {
  const semua = rencana.lembar.flatMap((l) => [
    ...l.blok.flatMap((b) => b.nilai.flat().flatMap((v) => (adalahRumus(v) ? [v.rumus] : []))),
    ...l.formatBersyarat.map((f) => f.rumus),
  ]);
  return { banyak: semua.length, karakter: semua.reduce((n, r) => n + r.length, 0) };
}

const median = (xs: number[]): number => {
  const u = [...xs].sort((a, b) => a - b);
  return u.length % 2 ? u[(u.length - 1) / 2] : (u[u.length / 2 - 1] + u[u.length / 2]) / 2;
};
const dua = (x: number): number => Math.round(x * 100) / 100;

/**
 * Seconds of load + recalculation for the formula workbook and for the values-only one, PUTARAN
 * rounds each, alternating so both share the machine's load, in one warmed-up profile (its
 * creation and LibreOffice's first start are not timed). Returns each's median and the median of
 * the per-round differences.
 */
async function ukurWaktu(
  rumus: RencanaBuku,
  nilai: RencanaBuku,
  dir: string,
): Promise<{ rumus: number; nilai: number; selisih: number; byte: [number, number] }> {
  const berkas = [join(dir, "rumus.xlsx"), join(dir, "nilai.xlsx")];
  await bukuXlsx(rumus).xlsx.writeFile(berkas[0]);
  await bukuXlsx(nilai).xlsx.writeFile(berkas[1]);
  const profil = buatProfil();
  try {
    const ubah = (b: string): number => {
      const mulai = process.hrtime.bigint();
      recalc(b, join(dir, "keluar"), "csv", "IKU", profil);
      return Number(process.hrtime.bigint() - mulai) / 1e9;
    };
    ubah(berkas[1]);
    const waktu: [number, number][] = Array.from({ length: PUTARAN }, () => [
      ubah(berkas[0]),
      ubah(berkas[1]),
    ]);
    return {
      rumus: dua(median(waktu.map(([r]) => r))),
      nilai: dua(median(waktu.map(([, n]) => n))),
      selisih: dua(median(waktu.map(([r, n]) => r - n))),
      byte: [statSync(berkas[0]).size, statSync(berkas[1]).size],
    };
  } finally {
    rmSync(profil, { recursive: true, force: true });
  }
}

export async function jalankan(): Promise<Record<string, unknown>> {
  if (!adaSoffice()) {
    console.log("hitung-ulang dilewati: soffice (LibreOffice) tidak ditemukan di PATH");
    return { dilewati: "soffice tidak ada" };
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-hitung-ulang-"));
  try {
    const rumus = rencanaTerisi(false);
    const { banyak, karakter } = ukuranRumus(rumus);
    const w = await ukurWaktu(rumus, rencanaTerisi(true), dir);
    const hasil = {
      indikator: INDIKATOR,
      rumus: banyak,
      karakterRumus: karakter,
      rataKarakter: Math.round((karakter / banyak) * 10) / 10,
      kbXlsx: Math.round(w.byte[0] / 1024),
      kbXlsxNilai: Math.round(w.byte[1] / 1024),
      detikMuatHitung: w.rumus,
      detikMuatNilai: w.nilai,
      detikHitung: w.selisih,
    };
    console.log(
      `${INDIKATOR} indikator: ${banyak} rumus, ${karakter} karakter (rata-rata ${hasil.rataKarakter}), ` +
        `xlsx ${hasil.kbXlsx} KB (nilai saja ${hasil.kbXlsxNilai} KB); LibreOffice muat+hitung ${w.rumus} s, ` +
        `nilai saja ${w.nilai} s, hitung ulang ${w.selisih} s (median dari ${PUTARAN} putaran berselang)`,
    );
    return hasil;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
