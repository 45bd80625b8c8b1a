// One insertion of the IKU workbook on the emulator: round trips and the requests as Excel receives them.
import { KATALOG_BAWAAN } from "../src/domain/katalog-bawaan";
import type { Katalog } from "../src/domain/types";
import { sisipkanRencana } from "../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../test/emulator/muat-klien";
import { katalogBesar } from "../test/excel/sisip/katalog-besar";

interface Ukuran {
  sync: number;
  /** Actions in the requests the client library serialized (property sets, calls, loads). */
  operasi: number;
  /** Of those, writes of cell contents (the library splits a write of over 1,500 cells). */
  tulisRentang: number;
  sel: number;
  /** Bytes of every request body; Excel on the web refuses one over 5 MB. */
  muatanKB: number;
  terbesarKB: number;
  ms: number;
}

async function ukur(katalog: Katalog): Promise<Ukuran> {
  const excel = buatExcel({ lembar: { Sheet1: [] } });
  const mulai = process.hrtime.bigint();
  const hasil = await excel.run((ctx) =>
    sisipkanRencana(ctx, (nama) => buatRencana(katalog, nama, { tahunAktif: 2025 })),
  );
  const ms = Number(process.hrtime.bigint() - mulai) / 1e6;
  if (!hasil.ok) throw new Error(hasil.pesan.id);
  const aksi = excel.permintaan.flatMap((p) => p.Actions);
  const r = excel.terakhir();
  return {
    sync: r.syncs,
    operasi: aksi.length,
    tulisRentang: aksi.filter((a) => a.Name === "Formulas").length,
    sel: excel.model.daftar.reduce((n, l) => n + [...l.sel.values()].reduce((m, b) => m + b.size, 0), 0),
    muatanKB: Math.round(r.totalRequestBytes / 1024),
    terbesarKB: Math.round(r.largestRequestBytes / 1024),
    ms: Math.round(ms * 10) / 10,
  };
}

export async function jalankan(): Promise<{ indikator10: Ukuran; indikator500: Ukuran }> {
  const indikator10 = await ukur(KATALOG_BAWAAN);
  const indikator500 = await ukur(katalogBesar(500));
  for (const [nama, u] of Object.entries({ indikator10, indikator500 })) {
    console.log(
      `${nama}: ${u.sync} sync, ${u.operasi} operasi (${u.tulisRentang} tulis rentang, ${u.sel} sel, ~${u.muatanKB} KB, terbesar ${u.terbesarKB} KB), ${u.ms} ms`,
    );
  }
  return { indikator10, indikator500 };
}
