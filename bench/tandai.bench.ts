// "Tandai Capaian" and "Hapus Tanda" on 10 and 10,000 rows against the recording fake.
import { hapusDalam } from "../src/excel/tandai/hapus";
import { tandaiDalam } from "../src/excel/tandai/tandai";
import { KonteksPalsu, sebagaiKonteks } from "../test/excel/tandai/excel-palsu";
import { lembarBesar } from "../test/excel/tandai/tabel-besar";

interface Ukuran {
  sync: number;
  /** Loads, method calls and property writes queued. */
  operasi: number;
  /** Cell values read, against the table's size. */
  selDibaca: number;
  selTabel: number;
  /** The values read as JSON: a lower bound of the response Excel must send (limit about 5 MB). */
  kbDibaca: number;
  aturanDitambah: number;
  syncHapus: number;
}

async function ukur(n: number): Promise<Ukuran> {
  const { lembar, alamat, selTabel } = lembarBesar(n);
  const k = new KonteksPalsu(lembar, alamat);
  // No timing: the fake's own bookkeeping would dominate it.
  const hasil = await tandaiDalam(sebagaiKonteks(k));
  if (!hasil.ok) throw new Error(hasil.alasan.id);
  const h = new KonteksPalsu(lembar, alamat);
  await hapusDalam(sebagaiKonteks(h));
  return {
    sync: k.sync_,
    operasi: k.operasi,
    selDibaca: k.selDibaca,
    selTabel,
    kbDibaca: Math.round(k.byteDibaca / 102.4) / 10,
    aturanDitambah: hasil.ditambah,
    syncHapus: h.sync_,
  };
}

export async function jalankan(): Promise<{ baris10: Ukuran; baris10000: Ukuran }> {
  const hasil = { baris10: await ukur(10), baris10000: await ukur(10000) };
  for (const [nama, u] of Object.entries(hasil)) {
    console.log(
      `${nama}: ${u.sync} sync tandai, ${u.syncHapus} sync hapus, ${u.operasi} operasi, ` +
        `${u.selDibaca} dari ${u.selTabel} sel dibaca (~${u.kbDibaca} KB)`,
    );
  }
  return hasil;
}
