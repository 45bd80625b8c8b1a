/**
 * The crafted files of issue 17 at the attack's full size through the real command, each between
 * two good workbooks: the command ends by itself (exit 0), every good file keeps its rows, and the
 * crafted one gets its own row with the reason.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bacaRingkasan, tulisBuku } from "../periksa/buat-buku";
import { bukuBomTeks, bukuGabung, bukuLembarKembar, bukuSelLuar } from "../periksa/buku-bermusuh";

const AKAR = join(__dirname, "..", "..");

describe.each([
  ["a 2.5 KB file with a cell at ZZZZZZZ6", (p: string) => bukuSelLuar(p, "ZZZZZZZ6"), "Sel ZZZZZZZ6"],
  [
    "a 1.5 MB shared-strings bomb (<si/> × 214 million)",
    (p: string) => bukuBomTeks(p, 214_000_000),
    "Teks bersama",
  ],
  ["1,000,000 overlapping merges", (p: string) => bukuGabung(p, 1_000_000), "sel gabungan"],
  ["20,000 sheets on one part", (p: string) => bukuLembarKembar(p, 20_000), "Dua lembar"],
  [
    "a FIFO named x.xlsx",
    async (p: string) => {
      execFileSync("mkfifo", [p]);
    },
    "Bukan berkas biasa",
  ],
])("npm run periksa with %s between two good files", (_, buat, alasan) => {
  const dir = mkdtempSync(join(tmpdir(), "periksa-bermusuh-"));
  let r: ReturnType<typeof spawnSync>;
  let detik = 0;

  beforeAll(async () => {
    mkdirSync(join(dir, "masuk"));
    const kisi = [
      ["Indikator", "Target", "Realisasi"],
      ["A", 10, 8],
    ];
    await tulisBuku(join(dir, "masuk", "a.xlsx"), { IKU: kisi });
    await buat(join(dir, "masuk", "b.xlsx"));
    await tulisBuku(join(dir, "masuk", "c.xlsx"), { IKU: kisi });
    const mulai = Date.now();
    r = spawnSync(
      "npx",
      ["tsx", join(AKAR, "scripts", "periksa.ts"), join(dir, "masuk"), "--out", join(dir, "keluar")],
      { encoding: "utf8", timeout: 120_000 },
    );
    detik = (Date.now() - mulai) / 1000;
  });

  it("ends by itself in seconds with exit 0", () => {
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(detik).toBeLessThan(60);
  });

  it("keeps the good files' rows and gives the crafted one its own row with the reason", () => {
    const baris = bacaRingkasan(readFileSync(join(dir, "keluar", "ringkasan.csv"), "utf8"));
    expect(baris.map((b) => [b.Berkas, b.Status])).toEqual([
      ["a.xlsx", "Tidak Tercapai"],
      ["b.xlsx", expect.stringMatching(/^(Berkas tidak terbaca|Dilewati)$/)],
      ["c.xlsx", "Tidak Tercapai"],
    ]);
    expect(baris[1].Keterangan).toContain(alasan);
    expect(r.stdout).toContain(`b.xlsx: `);
  });
});
