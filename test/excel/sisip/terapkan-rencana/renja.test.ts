/**
 * The Evaluasi Renja sheet and tables 3.9/3.10 through the add-in's own Office.js batch: the Renstra
 * example catalog inserted on the emulator (Microsoft's Excel client library answered by the
 * workbook model) lands after Renstra with the plan's header, formulas, input cells and print
 * setup, and the Anggaran sheet reads its program pagu and realisation from Renstra and Evaluasi Renja.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { KOLOM_RENJA, JUDUL_TABEL_PENDUKUNG, TEKS_TANPA_CASCADE } from "../../../../src/domain/judul-renja";
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { bacaKatalogTeks } from "../../../../src/domain/katalog-json";
import { Katalog } from "../../../../src/domain/types";
import { sisipkanRencana } from "../../../../src/excel/sisip/terapkan-rencana";
import { adalahRumus, RencanaLembar } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { tataLetakRenja } from "../../../../src/workbook/sisip/tata-letak-renja";
import { tataLetakAnggaran } from "../../../../src/workbook/sisip/tata-letak";
import { buatExcel } from "../../../emulator/muat-klien";

const contoh = bacaKatalogTeks(
  readFileSync(join(__dirname, "../../../../katalog/contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;

async function sisip(katalog: Katalog) {
  const excel = buatExcel({ lembar: { Sheet1: [] } });
  let rencana: RencanaLembar[] = [];
  const hasil = await excel.run((ctx) =>
    sisipkanRencana(ctx, (nama) => {
      const r = buatRencana(katalog, nama, { tahunAktif: 2025 });
      rencana = r.lembar;
      return r;
    }),
  );
  return { excel, hasil, rencana };
}

/** The formulas of a plan's sheet, by A1 address, as the plan spells them. */
function rumusRencana(l: RencanaLembar): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const b of l.blok) {
    const m = /^([A-Z]+)(\d+)$/.exec(b.alamat)!;
    const k0 = m[1].split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    b.nilai.forEach((baris, i) =>
      baris.forEach((v, j) => {
        if (v !== null && adalahRumus(v)) hasil.set(`${kolom(k0 + j)}${Number(m[2]) + i}`, v.rumus);
      }),
    );
  }
  return hasil;
}
const kolom = (k: number): string =>
  (k > 26 ? kolom(Math.floor((k - 1) / 26)) : "") + String.fromCharCode(65 + ((k - 1) % 26));

describe("the Evaluasi Renja sheet inserted through Office.js", () => {
  it("lands right after Renstra with the plan's header, every formula and the print setup", async () => {
    const { excel, hasil, rencana } = await sisip(contoh);
    expect(hasil.ok).toBe(true);
    const nama = excel.model.daftar.map((l) => l.nama);
    expect(nama.indexOf("Evaluasi Renja")).toBe(nama.indexOf("Renstra") + 1);
    const lembar = excel.model.lembar("Evaluasi Renja");
    expect(lembar.rumus("A5:AB5")[0]).toEqual(KOLOM_RENJA(2025));
    const plan = rencana.find((l) => l.nama === "Evaluasi Renja")!;
    const harap = rumusRencana(plan);
    expect(harap.size).toBeGreaterThan(500);
    const beda = [...harap].filter(([a, r]) => lembar.rumus(`${a}:${a}`)[0][0] !== r);
    expect(beda).toEqual([]);
    // A kegiatan's Rp per quarter sums its sub kegiatan below it; a sub kegiatan's is typed.
    const t = tataLetakRenja();
    const sumif = [...harap].filter(([a, r]) => a.startsWith(kolom(t.twRp(0))) && r.includes("SUMIF("));
    // Three programs and three kegiatan have children in the example catalog.
    expect(sumif).toHaveLength(6);
    expect(plan.cetak).toMatchObject({ orientasi: "lanskap", barisJudul: "$5:$5", kolomJudul: "$A:$C" });
  });

  it("prints four column groups at 78%, across then down, the footer kept with the last filled rows", async () => {
    const { excel, rencana } = await sisip(contoh);
    const plan = rencana.find((l) => l.nama === "Evaluasi Renja")!;
    expect(excel.model.lembar("Evaluasi Renja").tataHalaman).toMatchObject({
      Orientation: "Landscape",
      PaperSize: "A4",
      Zoom: { scale: 78 },
      PrintOrder: "OverThenDown",
      PrintTitleRows: "5:5",
      PrintTitleColumns: "A:C",
      PrintArea: plan.cetak!.areaCetak,
      // Left of K (the quarters), S (the year's results) and W (the Renstra's progress).
      VerticalPageBreaks: [11, 19, 23],
      HorizontalPageBreaks: [20],
    });
    // Other sheets keep Excel's page order.
    expect(excel.model.lembar("Renstra").tataHalaman.PrintOrder).toBeUndefined();
  });

  it("makes the Anggaran sheet read the programs' pagu from Renstra and realisation N from Evaluasi Renja", async () => {
    const { excel } = await sisip(contoh);
    const ang = tataLetakAnggaran(contoh);
    const t25 = ang.tahun.indexOf(2025);
    const a = excel.model.lembar("Anggaran");
    const pagu = a.rumus(`${kolom(ang.pagu(t25))}6:${kolom(ang.pagu(t25))}8`).map((b) => String(b[0]));
    const realisasi = a
      .rumus(`${kolom(ang.realisasi(t25))}6:${kolom(ang.realisasi(t25))}8`)
      .map((b) => String(b[0]));
    const realisasiLain = a.rumus(`${kolom(ang.realisasi(0))}6:${kolom(ang.realisasi(0))}8`).map((b) => b[0]);
    for (const r of pagu) expect(r).toMatch(/^=IF\(TRIM\('Renstra'!J\d+\)="","",'Renstra'!J\d+\)$/);
    for (const r of realisasi)
      expect(r).toMatch(/^=IF\(TRIM\('Evaluasi Renja'!T\d+\)="","",'Evaluasi Renja'!T\d+\)$/);
    // The other years' realisation stays typed on Anggaran.
    expect(realisasiLain).toEqual(["", "", ""]);
  });

  it("writes tables 3.9 and 3.10 on the LKjIP sheet; without a cascade 3.9 says so in one row", async () => {
    const { excel } = await sisip(KATALOG_BAWAAN);
    const lk = excel.model.lembar("LKjIP");
    const a = lk.rumus("A1:A400").map((b) => b[0]);
    const r39 = a.indexOf(JUDUL_TABEL_PENDUKUNG.t39) + 1;
    const r310 = a.indexOf(JUDUL_TABEL_PENDUKUNG.t310) + 1;
    expect(r39).toBeGreaterThan(0);
    expect(r310).toBeGreaterThan(r39);
    expect(a[r39 + 1]).toBe(TEKS_TANPA_CASCADE);
    expect(lk.rumus(`A${r310 + 1}:G${r310 + 1}`)[0]).toEqual([
      "No",
      "Sasaran",
      "Program",
      "Pagu 2025",
      "Realisasi Anggaran 2025",
      "Sisa Anggaran 2025",
      "Serapan 2025",
    ]);
    expect(lk.rumus("C1:C400").map((b) => b[0])).toContain("Jumlah");
  });
});
