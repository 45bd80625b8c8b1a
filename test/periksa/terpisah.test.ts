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
import { tulisLembarBesar } from "./lembar-besar";

const sementara = () => readdirSync(tmpdir()).filter((n) => n.startsWith("periksa-baris-"));

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

  it("stops a file past the time limit, gives it its own row, and checks the next one", async () => {
    const d = mkdtempSync(join(tmpdir(), "periksa-waktu-"));
    // 200,000 rows take seconds to judge; the small file well under the limit's 1.5 s.
    await tulisLembarBesar(join(d, "a-besar.xlsx"), 200_000);
    await tulisBuku(join(d, "b-kecil.xlsx"), {
      IKU: [
        ["Indikator", "Target", "Realisasi"],
        ["A", 10, 8],
      ],
    });
    const keluar = mkdtempSync(join(tmpdir(), "periksa-waktu-keluar-"));
    const sebelum = sementara();
    const pekerja = new PekerjaTerpisah(undefined, 1500);
    const baris: BarisRingkasan[] = [];
    let csv = "";
    const berhasil: boolean[] = [];
    for (const m of daftarBerkas([d])) {
      const h = await pekerja.periksa(m, {
        lapor: () => undefined,
        tulis: (b) => baris.push(b),
        tulisCsv: (data) => (csv += Buffer.from(data).toString("utf8")),
        nama: async (dasar) => join(keluar, dasar.split("/").pop()!),
        salinanSelesai: () => undefined,
      });
      berhasil.push(h.berhasil);
    }
    expect(berhasil).toEqual([false, true]);
    expect(baris.map((b) => [b.berkas, b.status, b.keterangan])).toEqual([
      ["a-besar.xlsx", "Berkas tidak terbaca", PESAN_BERKAS.waktu],
    ]);
    expect(PESAN_BERKAS.waktu).toMatch(/^Memeriksa berkas ini melewati 15 menit/);
    // The small file's judged row came as summary text; the stopped file left no rows behind.
    expect(csv.split("\r\n").filter(Boolean)).toEqual([
      "b-kecil.xlsx;IKU;;A;C2;10;8;80,00%;Tinggi;Tidak Tercapai;",
    ]);
    expect(readdirSync(keluar)).toEqual(["b-kecil.xlsx"]);
    expect(sementara()).toEqual(sebelum);
  }, 120_000);

  it.each([
    ["FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", null, "memori"],
    ["# Fatal JavaScript invalid size error 300000000", "SIGTRAP", "memori"],
    ["", "SIGKILL", "memori"],
    ["Error: something else", null, "rusak"],
  ] as const)("tells why a worker died from %j and %s", (stderr, sinyal, jenis) => {
    expect(sebabMati(stderr, sinyal)).toBe(jenis);
  });
});
