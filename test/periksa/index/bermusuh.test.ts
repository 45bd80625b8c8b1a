/**
 * periksa against the crafted files of issue 17 (generated here, small): every one is refused in
 * one line or read as a spreadsheet shows it, and none costs another file its result.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { periksa } from "../../../src/periksa";
import { ZipBaca } from "../../../src/xlsx/zip-baca";
import { bacaRingkasan, tulisBuku } from "../buat-buku";
import {
  bukuAkhirPalsu,
  bukuAngkaAsing,
  bukuBomTeks,
  bukuEntriKembar,
  bukuGabung,
  bukuLembarKembar,
  bukuSelLuar,
  bukuUtf16,
} from "../buku-bermusuh";

const folder = (nama: string) => mkdtempSync(join(tmpdir(), `periksa-${nama}-`));
const KISI = [
  ["Indikator", "Target", "Realisasi"],
  ["A", 10, 8],
];

async function jalankan(masukan: string[], keluar: string) {
  const pesan: string[] = [];
  const hasil = await periksa(masukan, keluar, (p) => pesan.push(p));
  const baris = bacaRingkasan(readFileSync(hasil.ringkasan, "utf8"));
  return { hasil, pesan, baris };
}

async function semua(a: AsyncIterable<unknown>): Promise<Buffer> {
  const b: Buffer[] = [];
  for await (const x of a) b.push(x as Buffer);
  return Buffer.concat(b);
}

const ringkas = (baris: Record<string, string>[]) => baris.map((b) => [b.Berkas, b.Status]);

describe("a file past the format's limits", () => {
  it.each([
    [
      "a cell far past XFD",
      (p: string) => bukuSelLuar(p, "ZZZZZZZ6"),
      "Sel ZZZZZZZ6 di luar batas lembar Excel",
    ],
    [
      "a cell one column past XFD",
      (p: string) => bukuSelLuar(p, "XFE7"),
      "Sel XFE7 di luar batas lembar Excel",
    ],
    [
      "300,000 empty shared strings in 2 KB",
      (p: string) => bukuBomTeks(p, 300_000),
      "Teks bersama lebih banyak",
    ],
    ["100,000 overlapping merges", (p: string) => bukuGabung(p, 100_000), "sel gabungan"],
    ["two zip entries of one name", bukuEntriKembar, "Dua entri bernama xl/worksheets/sheet1.xml"],
    ["three sheets on one part", (p: string) => bukuLembarKembar(p, 3), "Dua lembar memakai satu bagian"],
  ])(
    "is refused in one line for %s, between two good files that keep their rows",
    async (_, buat, alasan) => {
      const d = folder("batas");
      await tulisBuku(join(d, "a.xlsx"), { IKU: KISI });
      await buat(join(d, "b.xlsx"));
      await tulisBuku(join(d, "c.xlsx"), { IKU: KISI });
      const mulai = Date.now();
      const { hasil, pesan, baris } = await jalankan([d], join(d, "keluar"));
      expect(Date.now() - mulai).toBeLessThan(20_000);
      expect([hasil.diproses, hasil.gagal]).toEqual([2, 1]);
      expect(ringkas(baris)).toEqual([
        ["a.xlsx", "Tidak Tercapai"],
        ["b.xlsx", "Berkas tidak terbaca"],
        ["c.xlsx", "Tidak Tercapai"],
      ]);
      expect(baris[1].Keterangan).toContain(alasan);
      expect(pesan.filter((p) => p.startsWith("b.xlsx"))).toEqual([expect.stringContaining(alasan)]);
      expect(readdirSync(join(d, "keluar")).sort()).toEqual(["a.xlsx", "c.xlsx", "ringkasan.csv"]);
    },
  );
});

describe("what is no regular file", () => {
  it("names a FIFO, a folder named like a workbook and an empty folder, and opens none of them", async () => {
    const d = folder("fifo");
    mkdirSync(join(d, "masuk"));
    execFileSync("mkfifo", [join(d, "masuk", "pipa.xlsx")]);
    execFileSync("mkfifo", [join(d, "langsung.xlsx")]);
    mkdirSync(join(d, "masuk", "map.xlsx"));
    mkdirSync(join(d, "kosong.xlsx"));
    await tulisBuku(join(d, "masuk", "z.xlsx"), { IKU: KISI });
    const { hasil, baris } = await jalankan(
      [join(d, "masuk"), join(d, "langsung.xlsx"), join(d, "kosong.xlsx")],
      join(d, "keluar"),
    );
    expect([hasil.diproses, hasil.gagal, hasil.dilewati]).toEqual([1, 0, 4]);
    expect(baris.map((b) => [b.Berkas, b.Status, b.Keterangan.split(" ")[0]])).toEqual([
      ["masuk/map.xlsx", "Dilewati", "Ini"],
      ["masuk/pipa.xlsx", "Dilewati", "Bukan"],
      ["masuk/z.xlsx", "Tidak Tercapai", ""],
      ["langsung.xlsx", "Dilewati", "Bukan"],
      ["kosong.xlsx", "Dilewati", "Folder"],
    ]);
  }, 20_000);
});

describe("read as a spreadsheet shows it", () => {
  it("puts the rules after the real end of sheetData, not one inside a comment or CDATA", async () => {
    const d = folder("akhir");
    await bukuAkhirPalsu(join(d, "m.xlsx"));
    const { baris } = await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    expect(baris.map((b) => [b.Indikator, b.Status])).toEqual([
      ["Satu", "Tidak Tercapai"],
      ["Dua </sheetData>", "Tercapai"],
    ]);
    const zip = await ZipBaca.buka(join(d, "keluar", "m.xlsx"));
    const xml = await zip.teksUtuh(zip.cari("xl/worksheets/sheet1.xml")!);
    await zip.tutup();
    const jalur: string[] = [];
    const letak: string[] = [];
    const p = new SaxesParser({ xmlns: false });
    p.on("opentag", (t) => {
      jalur.push(t.name);
      if (t.name === "conditionalFormatting") letak.push(jalur.join("/"));
    });
    p.on("closetag", () => jalur.pop());
    p.write(xml).close();
    expect(letak).toEqual(["worksheet/conditionalFormatting"]);
  });

  it("reads a UTF-16 sheet and writes its copy back in UTF-16, other parts byte for byte", async () => {
    const d = folder("utf16");
    await bukuUtf16(join(d, "m.xlsx"));
    const { baris } = await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    expect(baris.map((b) => [b.Sel, b.Status])).toEqual([
      ["C2", "Tidak Tercapai"],
      ["C3", "Tercapai"],
    ]);
    const asli = await ZipBaca.buka(join(d, "m.xlsx"));
    const salinan = await ZipBaca.buka(join(d, "keluar", "m.xlsx"));
    try {
      const lembar = salinan.cari("xl/worksheets/sheet1.xml")!;
      const mentah = await semua(await salinan.isi(lembar));
      expect([mentah[0], mentah[1]]).toEqual([0xff, 0xfe]);
      expect(mentah.toString("utf16le")).toContain('<conditionalFormatting sqref="C2:C3">');
      const padat = async (z: ZipBaca, nama: string) => semua(await z.padat(z.cari(nama)!));
      for (const e of asli.entri.filter((x) => !/sheet1|styles/.test(x.nama)))
        expect((await padat(salinan, e.nama)).equals(await padat(asli, e.nama))).toBe(true);
    } finally {
      await asli.tutup();
      await salinan.tutup();
    }
  });

  it("does not read 0x10 as 16 nor Infinity as a number", async () => {
    const d = folder("angka");
    await bukuAngkaAsing(join(d, "m.xlsx"));
    const { baris } = await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    expect(baris.map((b) => [b.Target, b.Realisasi])).toEqual([["10", "12"]]);
  });
});
