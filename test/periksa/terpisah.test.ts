/** Each file in a worker: one that exhausts the worker's memory costs only its own result. */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { daftarBerkas } from "../../src/periksa/berkas";
import { PESAN_BERKAS } from "../../src/periksa/pesan-berkas";
import { BarisRingkasan } from "../../src/periksa/ringkasan";
import { PekerjaTerpisah, sebabMati } from "../../src/periksa/terpisah";
import { tulisBuku } from "./buat-buku";
import { bukuTeksPanjang } from "./buku-bermusuh";

describe("a worker per file", () => {
  it("gives a file that kills its worker its own row, and the next file a fresh worker", async () => {
    const d = mkdtempSync(join(tmpdir(), "periksa-terpisah-"));
    const kisi = [
      ["Indikator", "Target", "Realisasi"],
      ["A", 10, 8],
    ];
    await tulisBuku(join(d, "a.xlsx"), { IKU: kisi });
    // 64 MB of shared strings: fine for a normal worker, far past the 40 MB one here.
    await bukuTeksPanjang(join(d, "b.xlsx"), 4096, 1 << 14);
    await tulisBuku(join(d, "c.xlsx"), { IKU: kisi });
    const keluar = mkdtempSync(join(tmpdir(), "periksa-terpisah-keluar-"));
    const pekerja = new PekerjaTerpisah(40);
    const baris: BarisRingkasan[] = [];
    const berhasil: boolean[] = [];
    for (const m of daftarBerkas([d])) {
      const h = await pekerja.periksa(m, {
        lapor: () => undefined,
        tulis: (b) => baris.push(b),
        nama: async (dasar) => join(keluar, dasar.split("/").pop()!),
        salinanSelesai: () => undefined,
      });
      berhasil.push(h.berhasil);
    }
    expect(berhasil).toEqual([true, false, true]);
    expect(baris.filter((b) => b.berkas === "b.xlsx").map((b) => [b.status, b.keterangan])).toEqual([
      ["Berkas tidak terbaca", PESAN_BERKAS.memori],
    ]);
    expect(baris.filter((b) => b.status === "Tidak Tercapai").map((b) => b.berkas)).toEqual([
      "a.xlsx",
      "c.xlsx",
    ]);
    expect(readdirSync(keluar).sort()).toEqual(["a.xlsx", "c.xlsx"]);
    expect(existsSync(join(keluar, "b.xlsx"))).toBe(false);
  }, 60_000);

  it.each([
    ["FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", null, "memori"],
    ["# Fatal JavaScript invalid size error 300000000", "SIGTRAP", "memori"],
    ["", "SIGKILL", "memori"],
    ["Error: something else", null, "rusak"],
  ] as const)("tells why a worker died from %j and %s", (stderr, sinyal, jenis) => {
    expect(sebabMati(stderr, sinyal)).toBe(jenis);
  });
});
