/**
 * periksa on a 150,000-row sheet (it used to crash with "Maximum call stack size exceeded"),
 * its streamed copy opened by LibreOffice, and a real .xls from LibreOffice named as one.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { penandaDari } from "../../src/workbook/tandai/tanda";
import { aturanAda } from "../../src/xlsx/ekor-baca";
import { ZipBaca } from "../../src/xlsx/zip-baca";
import { bacaRingkasan, tulisBuku } from "../periksa/buat-buku";
import { nilaiBaris, tulisLembarBesar } from "../periksa/lembar-besar";
import { bacaCsv, recalc } from "./lo-helper";

const BARIS = 150_000;

describe("npm run periksa on 150,000 rows", () => {
  const dir = mkdtempSync(join(tmpdir(), "periksa-besar-"));
  const keluar = join(dir, "keluar");
  let konsol = "";

  beforeAll(async () => {
    mkdirSync(join(dir, "masuk"));
    await tulisLembarBesar(join(dir, "masuk", "besar.xlsx"), BARIS);
    await tulisBuku(join(dir, "kecil.xlsx"), {
      IKU: [
        ["Indikator", "Target", "Realisasi"],
        ["A", 10, 8],
      ],
    });
    recalc(join(dir, "kecil.xlsx"), join(dir, "masuk"), "xls");
    konsol = execFileSync("npx", ["tsx", "scripts/periksa.ts", join(dir, "masuk"), "--out", keluar], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
  });

  it("judges every row and names the old .xls by cause", () => {
    expect(konsol).toContain("besar.xlsx: 1 aturan tanda ditambahkan");
    expect(konsol).toContain("kecil.xls: tidak dapat dibaca. Berkas Excel lama (.xls). Buka di Excel");
    const baris = bacaRingkasan(readFileSync(join(keluar, "ringkasan.csv"), "utf8"));
    const besar = baris.filter((b) => b.Berkas === "besar.xlsx");
    expect(besar).toHaveLength(BARIS - 1);
    const meleset = Array.from({ length: BARIS - 1 }, (_, i) => nilaiBaris(i + 1)).filter(
      (n) => n.realisasi !== undefined && n.realisasi < n.target,
    ).length;
    expect(besar.filter((b) => b.Status === "Tidak Tercapai")).toHaveLength(meleset);
    expect(besar[BARIS - 2].Sel).toBe(`C${BARIS}`);
  });

  it("writes one rule over the whole realisation column", async () => {
    const zip = await ZipBaca.buka(join(keluar, "besar.xlsx"));
    try {
      const lembar = await zip.teksUtuh(zip.cari("xl/worksheets/sheet1.xml")!);
      const aturan = aturanAda(lembar.slice(lembar.indexOf("</sheetData>")));
      expect(aturan.map((a) => [a.alamat, penandaDari(a.rumus)])).toEqual([[`C2:C${BARIS}`, "IKU-Kinerja"]]);
    } finally {
      await zip.tutup();
    }
  });

  it("LibreOffice opens the streamed copy with every row", () => {
    const csv = bacaCsv(
      readFileSync(recalc(join(keluar, "besar.xlsx"), join(dir, "lo"), "csv", "IKU"), "utf8"),
    );
    expect(csv[0].slice(0, 3)).toEqual(["Indikator", "Target", "Realisasi"]);
    expect(csv[BARIS - 1].slice(0, 2)).toEqual([
      `Indikator kinerja ke-${BARIS - 1}`,
      String(nilaiBaris(BARIS - 1).target),
    ]);
  });
});
