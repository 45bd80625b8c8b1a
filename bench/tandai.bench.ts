// "Tandai Capaian" and "Hapus Tanda" on 10 and 10,000 rows on the emulator: syncs and bytes.
import { hapusDalam } from "../src/excel/tandai/hapus";
import { tandaiDalam } from "../src/excel/tandai/tandai-pilihan";
import { excelBesar } from "../test/excel/tandai/buku-tandai";

interface Ukuran {
  sync: number;
  /** Actions in the requests the client library serialized. */
  operasi: number;
  /** Bytes of the responses, what Excel must send back (limit 5 MB each), and of the table itself. */
  kbDibaca: number;
  kbTabel: number;
  aturanDitambah: number;
  syncHapus: number;
}

async function ukur(n: number): Promise<Ukuran> {
  const { excel, alamat } = excelBesar(n);
  // No timing: the emulator's own bookkeeping would dominate it.
  const hasil = await excel.run(tandaiDalam);
  if (!hasil.ok) throw new Error(hasil.alasan.id);
  const tandai = excel.terakhir();
  const operasi = excel.permintaan.reduce((j, p) => j + p.Actions.length, 0);
  await excel.run(hapusDalam);
  const tabel = JSON.stringify(excel.model.lembar("Kinerja").nilai(alamat)).length;
  return {
    sync: tandai.syncs,
    operasi,
    kbDibaca: Math.round(tandai.totalResponseBytes / 102.4) / 10,
    kbTabel: Math.round(tabel / 102.4) / 10,
    aturanDitambah: hasil.ditambah,
    syncHapus: excel.terakhir().syncs,
  };
}

export async function jalankan(): Promise<{ baris10: Ukuran; baris10000: Ukuran }> {
  const hasil = { baris10: await ukur(10), baris10000: await ukur(10000) };
  for (const [nama, u] of Object.entries(hasil)) {
    console.log(
      `${nama}: ${u.sync} sync tandai, ${u.syncHapus} sync hapus, ${u.operasi} operasi, ` +
        `~${u.kbDibaca} KB dibaca dari tabel ~${u.kbTabel} KB`,
    );
  }
  return hasil;
}
