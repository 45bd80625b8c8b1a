// LibreOffice opening the inserted workbook of 2,000 indicators with every formula recalculated:
// load + recalculation seconds, less the same workbook holding plain values, and the formulas' size.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NAMA_DASAR, RencanaBuku, adalahRumus } from "../src/workbook/rencana";
import { buatRencana } from "../src/workbook/sisip/rencana-iku";
import { tataLetakIku } from "../src/workbook/sisip/tata-letak-iku";
import { bukuXlsx } from "../src/xlsx/tulis-xlsx";
import { recalc } from "../test/e2e/lo-helper";
import { katalogBesar } from "../test/excel/sisip/katalog-besar";

const INDIKATOR = 2000;
const PUTARAN = 3;

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

/** The best of PUTARAN conversions, in seconds: LibreOffice's start-up is in both, load and recalc too. */
async function detikTerbaik(rencana: RencanaBuku, dir: string, nama: string): Promise<[number, number]> {
  const masuk = join(dir, `${nama}.xlsx`);
  await bukuXlsx(rencana).xlsx.writeFile(masuk);
  let terbaik = Infinity;
  for (let i = 0; i < PUTARAN; i++) {
    const mulai = process.hrtime.bigint();
    recalc(masuk, join(dir, `keluar-${nama}`), "csv", "IKU");
    terbaik = Math.min(terbaik, Number(process.hrtime.bigint() - mulai) / 1e9);
  }
  return [Math.round(terbaik * 100) / 100, statSync(masuk).size];
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
    const [detikRumus, byteRumus] = await detikTerbaik(rumus, dir, "rumus");
    const [detikNilai, byteNilai] = await detikTerbaik(rencanaTerisi(true), dir, "nilai");
    const hasil = {
      indikator: INDIKATOR,
      rumus: banyak,
      karakterRumus: karakter,
      rataKarakter: Math.round((karakter / banyak) * 10) / 10,
      kbXlsx: Math.round(byteRumus / 1024),
      kbXlsxNilai: Math.round(byteNilai / 1024),
      detikMuatHitung: detikRumus,
      detikMuatNilai: detikNilai,
      detikHitung: Math.round((detikRumus - detikNilai) * 100) / 100,
    };
    console.log(
      `${INDIKATOR} indikator: ${banyak} rumus, ${karakter} karakter (rata-rata ${hasil.rataKarakter}), ` +
        `xlsx ${hasil.kbXlsx} KB (nilai saja ${hasil.kbXlsxNilai} KB); LibreOffice muat+hitung ${detikRumus} s, ` +
        `nilai saja ${detikNilai} s, selisih ${hasil.detikHitung} s (terbaik dari ${PUTARAN})`,
    );
    return hasil;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
