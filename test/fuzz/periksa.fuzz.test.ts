/**
 * Fuzz: random workbooks a planner might pass around (layouts of the detection corpus with errors,
 * text numbers, formulas with saved results, booleans, blank rows, merged headers, odd sheet
 * names) through `periksa`. Never a crash, never an input changed, every copy a well-formed
 * workbook ExcelJS reads with our flags, and no CSV field a spreadsheet would run.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { periksa } from "../../src/periksa";
import { bacaRingkasan } from "../periksa/buat-buku";
import { bukuAcak, tulisBukuAcak } from "./buku-acak";

const sidik = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

async function periksaXml(berkas: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(berkas));
  for (const nama of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const parser = new SaxesParser({ xmlns: false });
    let galat: Error | undefined;
    parser.on("error", (e) => (galat ??= e));
    parser.write(await zip.file(nama)!.async("string")).close();
    if (galat) throw new Error(`${nama}: ${galat.message}`);
  }
}

describe("periksa fuzz", () => {
  it("never crashes, never changes an input, writes readable copies and an inert summary", async () => {
    let diberi = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(bukuAcak(), { minLength: 1, maxLength: 3 }), async (buku) => {
        const dir = mkdtempSync(join(tmpdir(), "periksa-fuzz-"));
        const masuk = join(dir, "masuk");
        mkdirSync(masuk);
        for (const [i, b] of buku.entries()) await tulisBukuAcak(join(masuk, `buku-${i}.xlsx`), b);
        const sebelum = readdirSync(masuk).map((f) => sidik(join(masuk, f)));
        const hasil = await periksa([masuk], join(dir, "keluar"), () => undefined);
        expect(readdirSync(masuk).map((f) => sidik(join(masuk, f)))).toEqual(sebelum);
        expect(hasil.diproses + hasil.gagal).toBe(buku.length);
        for (const f of readdirSync(join(dir, "keluar")).filter((n) => n.endsWith(".xlsx"))) {
          await periksaXml(join(dir, "keluar", f));
          await new ExcelJS.Workbook().xlsx.readFile(join(dir, "keluar", f));
          diberi++;
        }
        for (const baris of bacaRingkasan(readFileSync(hasil.ringkasan, "utf8")))
          for (const [kolom, isi] of Object.entries(baris)) {
            const angka =
              /^-?\d+(,\d+)?(e[+-]?\d+)?%?$/i.test(isi) && ["Target", "Realisasi", "Capaian"].includes(kolom);
            if (!angka) expect(isi).not.toMatch(/^[=+\-@\t\r]/);
          }
      }),
      { numRuns: 12 },
    );
    expect(diberi).toBeGreaterThan(5);
  }, 120_000);
});
