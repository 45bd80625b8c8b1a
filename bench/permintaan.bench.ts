// Requests as Excel receives them: the bodies Microsoft's client library serialized, answered by
// the emulator (5 MB limits). Written under `requests` in bench/results.json.
import { hapusDalam } from "../src/excel/tandai/hapus";
import { tandaiDalam } from "../src/excel/tandai/tandai-pilihan";
import { sisipkanRencana } from "../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../src/workbook/sisip/rencana-iku";
import { buatExcel, ExcelEmulator } from "../test/emulator/muat-klien";
import { katalogBesar } from "../test/excel/sisip/katalog-besar";
import { kisiBesar } from "../test/excel/tandai/tabel-emulator";
import { KATALOG_BAWAAN } from "../src/domain/katalog-bawaan";
import { Katalog } from "../src/domain/types";

export const BAGIAN = "requests";

function ukuran(excel: ExcelEmulator) {
  const r = excel.terakhir();
  return {
    syncs: r.syncs,
    actions: r.actions,
    largestRequestBytes: r.largestRequestBytes,
    largestEscapedBytes: r.largestEscapedRequestBytes,
    largestResponseBytes: r.largestResponseBytes,
    totalRequestBytes: r.totalRequestBytes,
    totalEscapedBytes: r.totalEscapedRequestBytes,
    totalResponseBytes: r.totalResponseBytes,
  };
}

/** `n` indicators over `tahun` years (the generated catalog has three; more are added). */
function katalog(n: number, tahun: number) {
  const k = katalogBesar(n);
  const daftar = Array.from({ length: tahun }, (_, i) => k.tahun[0] + i);
  for (const t of k.tujuan)
    for (const s of t.sasaran)
      for (const ind of s.indikator)
        for (const y of daftar) ind.target[String(y)] ??= ind.target[String(k.tahun[0])] ?? 1;
  return { ...k, tahun: daftar };
}

async function sisip(k: Katalog) {
  const excel = buatExcel({ lembar: { Sheet1: [] } });
  const h = await excel.run((ctx) => sisipkanRencana(ctx, (nama) => buatRencana(k, nama, {})));
  if (!h.ok) throw new Error(h.pesan.id);
  return ukuran(excel);
}

export async function jalankan(): Promise<Record<string, ReturnType<typeof ukuran>>> {
  const hasil: Record<string, ReturnType<typeof ukuran>> = {};
  hasil.insert_builtin = await sisip(KATALOG_BAWAAN);
  hasil.insert_500x3 = await sisip(katalog(500, 3));
  hasil.insert_500x5 = await sisip(katalog(500, 5));
  hasil.insert_2000x5 = await sisip(katalog(2000, 5));
  hasil.insert_5000x5 = await sisip(katalog(5000, 5));
  const excel = buatExcel({ lembar: { Kinerja: kisiBesar(100_000) }, pilihan: "Kinerja!A1:L100003" });
  const t = await excel.run((ctx) => tandaiDalam(ctx));
  if (!t.ok) throw new Error(t.alasan.id);
  hasil.flag_100000 = ukuran(excel);
  const h = await excel.run(hapusDalam);
  if (!h.ok) throw new Error(h.alasan.id);
  hasil.unflag_100000 = ukuran(excel);
  // Ctrl+A: the whole sheet selected, the same table found.
  excel.model.pilihan = {
    lembar: excel.model.lembar("Kinerja"),
    kotak: { b0: 0, b1: 1048575, k0: 0, k1: 16383 },
  };
  const semua = await excel.run((ctx) => tandaiDalam(ctx));
  if (!semua.ok) throw new Error(semua.alasan.id);
  hasil.flag_100000_whole_sheet = ukuran(excel);
  for (const [nama, u] of Object.entries(hasil)) {
    console.log(
      `${nama}: ${u.syncs} sync, ${u.actions} aksi, permintaan terbesar ${u.largestRequestBytes} B ` +
        `(${u.largestEscapedBytes} B terlolos), jawaban terbesar ` +
        `${u.largestResponseBytes} B, total permintaan ${u.totalRequestBytes} B, total jawaban ` +
        `${u.totalResponseBytes} B`,
    );
  }
  return hasil;
}
