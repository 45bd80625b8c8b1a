import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periksa } from "../../src/periksa";
import { BarisRingkasan } from "../../src/periksa/ringkasan";
import { KORPUS } from "../workbook/tandai/korpus";
import { tulisBuku } from "./buat-buku";

const tata = (nama: string) => KORPUS.find((t) => t.nama === nama)!;
const sidik = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
type Aturan = {
  ref: string;
  rules: {
    formulae?: string[];
    style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  }[];
};
const aturan = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: Aturan[] }).conditionalFormattings;

describe("periksa over a folder of workbooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "periksa-"));
  const masuk = join(dir, "masuk");
  const keluar = join(dir, "keluar");
  let sebelum: string;
  let hasil: Awaited<ReturnType<typeof periksa>>;
  const pesan: string[] = [];
  const baris: BarisRingkasan[] = [];

  beforeAll(async () => {
    mkdirSync(masuk);
    await tulisBuku(
      join(masuk, "dinas-a.xlsx"),
      { IKU: tata("polaritas-turun").kisi, Catatan: [["Catatan rapat"], ["tanpa angka"]] },
      (wb) => {
        const ws = wb.getWorksheet("IKU")!;
        ws.getCell("D2").numFmt = "0.0%";
        ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
        ws.addConditionalFormatting({
          ref: "D2:D6",
          rules: [{ type: "expression", priority: 1, formulae: ["D2>0.5"], style: { font: { bold: true } } }],
        });
      },
    );
    await tulisBuku(join(masuk, "dinas-b.xlsx"), { "Lap TW": tata("triwulan").kisi });
    writeFileSync(join(masuk, "rusak.xlsx"), "bukan berkas xlsx");
    sebelum = sidik(join(masuk, "dinas-a.xlsx"));
    hasil = await periksa(
      [masuk],
      keluar,
      (p) => pesan.push(p),
      (b) => baris.push(b),
    );
  });

  it("processes the readable workbooks and reports the corrupt one", () => {
    expect(hasil.diproses).toBe(2);
    expect(hasil.gagal).toBe(1);
    expect(baris.filter((b) => b.status === "Berkas tidak terbaca").map((b) => b.berkas)).toEqual([
      "rusak.xlsx",
    ]);
    expect(pesan.some((p) => p.startsWith("rusak.xlsx: tidak dapat dibaca"))).toBe(true);
  });

  it("reports a sheet without a table and goes on", () => {
    const b = baris.find((x) => x.lembar === "Catatan")!;
    expect(b.status).toBe("Tidak ada tabel");
    expect(b.keterangan).toContain("Tidak ditemukan judul kolom Target dan Realisasi");
  });

  it("judges each cell with polarity per row", () => {
    const a = baris.filter((b) => b.berkas === "dinas-a.xlsx" && b.lembar === "IKU");
    expect(a.map((b) => [b.sel, b.status, b.predikat])).toEqual([
      ["E2", "Tidak Tercapai", "Sangat Tinggi"],
      ["E3", "Tidak Tercapai", "Tinggi"],
      ["E4", "Tercapai", "Sangat Tinggi"],
      ["E5", "Tercapai", "Sangat Tinggi"],
      ["E6", "Tidak Tercapai", "Tinggi"],
    ]);
    expect(a[1].capaian).toBeCloseTo((2 * 0.035 - 0.041) / 0.035, 12);
  });

  it("leaves the original untouched and keeps the user's rule, number format and fill in the copy", async () => {
    expect(sidik(join(masuk, "dinas-a.xlsx"))).toBe(sebelum);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(keluar, "dinas-a.xlsx"));
    const ws = wb.getWorksheet("IKU")!;
    expect(ws.getCell("D2").numFmt).toBe("0.0%");
    expect((ws.getCell("B3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
    expect(aturan(ws).map((a) => a.ref)).toEqual(["D2:D6", "E2:E6"]);
    expect(aturan(ws)[1].rules[0].formulae![0]).toContain('N("IKU-Kinerja")=0');
    const gaya = aturan(ws)[1].rules[0].style!;
    expect([gaya.fill?.bgColor?.argb, gaya.font?.color?.argb]).toEqual(["FFFFC7CE", "FF9C0006"]);
  });

  it("adds nothing when run again over its own copies", async () => {
    const lagi: string[] = [];
    await periksa([keluar], join(dir, "kedua"), (p) => lagi.push(p));
    expect(lagi.filter((p) => /aturan tanda ditambahkan/.test(p))).toEqual([
      expect.stringContaining("dinas-a.xlsx: 0 aturan"),
      expect.stringContaining("dinas-b.xlsx: 0 aturan"),
    ]);
  });

  it("adds back only the flag that is missing from a range, by the rule's own range", async () => {
    // Flagged once (rules on D, G and J), then the G flag removed by hand: the others must not hide the gap.
    const dua = join(dir, "dua-tahun");
    mkdirSync(dua);
    await tulisBuku(join(dua, "dinas-c.xlsx"), { IKU: tata("beberapa-tahun").kisi });
    await periksa([dua], join(dir, "dua-tahun-1"), () => undefined);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "dua-tahun-1", "dinas-c.xlsx"));
    const cf = aturan(wb.getWorksheet("IKU")!);
    expect(cf.map((a) => a.ref)).toEqual(["D2:D11", "G2:G11", "J2:J11"]);
    cf.splice(1, 1);
    const sebagian = join(dir, "sebagian");
    mkdirSync(sebagian);
    await wb.xlsx.writeFile(join(sebagian, "dinas-c.xlsx"));
    const lagi: string[] = [];
    await periksa([sebagian], join(dir, "dua-tahun-2"), (p) => lagi.push(p));
    expect(lagi).toContainEqual(expect.stringContaining("dinas-c.xlsx: 1 aturan tanda ditambahkan"));
  });

  it("writes ringkasan.csv with semicolons, decimal commas and Indonesian headers", () => {
    const csv = readFileSync(join(keluar, "ringkasan.csv"), "utf8");
    const isi = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(isi[0]).toBe(
      "Berkas;Lembar;Periode;Indikator;Sel;Target;Realisasi;Capaian;Predikat;Status;Keterangan",
    );
    expect(isi).toContain(
      "dinas-a.xlsx;IKU;;Tingkat Inflasi Daerah;E3;0,035;0,041;82,86%;Tinggi;Tidak Tercapai;",
    );
  });
});
