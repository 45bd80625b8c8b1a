// One insertion of the IKU workbook against the recording fake: round trips and queued operations.
import { KATALOG_BAWAAN } from "../src/domain/katalog-bawaan";
import type { Katalog } from "../src/domain/types";
import { sisipkanRencana } from "../src/excel/terapkan-rencana";
import { buatRencana } from "../src/workbook/rencana-iku";
import { katalogBesar } from "../test/excel/katalog-besar";
import { akhirLangkah, buatExcelPalsu } from "../test/excel/palsu-excel";

interface Ukuran {
  sync: number;
  /** Property sets and method calls queued, the Office.js batch's size in actions. */
  operasi: number;
  /** Of those, whole-range writes of values and formulas. */
  tulisRentang: number;
  sel: number;
  /** JSON size of every value set, near what the batch sends; Excel on the web takes about 5 MB. */
  muatanKB: number;
  ms: number;
}

async function ukur(katalog: Katalog): Promise<Ukuran> {
  const palsu = buatExcelPalsu({ Sheet1: {} });
  (globalThis as { Office?: unknown }).Office = palsu.office;
  const mulai = process.hrtime.bigint();
  const hasil = await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
    buatRencana(katalog, nama, { tahunAktif: 2025 }),
  );
  const ms = Number(process.hrtime.bigint() - mulai) / 1e6;
  if (!hasil.ok) throw new Error(hasil.pesan.id);
  const { buku } = palsu;
  return {
    sync: buku.sync,
    operasi: buku.operasi.length,
    tulisRentang: buku.operasi.filter((o) => akhirLangkah(o) === "formulas").length,
    sel: buku.lembar.filter((l) => l.baru).reduce((n, l) => n + Object.keys(l.sel).length, 0),
    muatanKB: Math.round(buku.operasi.reduce((n, o) => n + JSON.stringify(o.nilai ?? null).length, 0) / 1024),
    ms: Math.round(ms * 10) / 10,
  };
}

export async function jalankan(): Promise<{ indikator10: Ukuran; indikator500: Ukuran }> {
  const indikator10 = await ukur(KATALOG_BAWAAN);
  const indikator500 = await ukur(katalogBesar(500));
  delete (globalThis as { Office?: unknown }).Office;
  for (const [nama, u] of Object.entries({ indikator10, indikator500 })) {
    console.log(
      `${nama}: ${u.sync} sync, ${u.operasi} operasi (${u.tulisRentang} tulis rentang, ${u.sel} sel, ~${u.muatanKB} KB), ${u.ms} ms`,
    );
  }
  return { indikator10, indikator500 };
}
