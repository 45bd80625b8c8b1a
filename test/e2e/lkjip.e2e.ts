// The yearly reports through LibreOffice: a template filled with several years of realisation and
// programs, recalculated, must show in tables 3.1–3.5 exactly what the domain's hitungLkjip gives;
// `npm run laporan` on the saved file must print the same numbers; the PK must print on A4 portrait.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { adalahGalat } from "../../src/domain/galat";
import { JUDUL_TABEL } from "../../src/domain/judul-lkjip";
import { hitungLkjip, NilaiLaporan, TabelLkjip } from "../../src/domain/lkjip";
import { persenDokumen } from "../../src/domain/tulis-angka";
import { Katalog } from "../../src/domain/types";
import { dataDariBuku } from "../../src/laporan/baca-buku";
import { bacaBukuUtuh } from "../../src/xlsx/lembar-utuh";
import { sel } from "../../src/workbook/alamat";
import { bukuLkjipTerisi, katalogLkjip } from "../workbook/sisip/lkjip-terisi";
import { recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "lkjip");
const AKAR = join(__dirname, "..", "..");

type DiSel = number | string | { galat: string };
/** Numeric formula results as LibreOffice saved them: ExcelJS reads a saved 0 as no result. */
let angkaTersimpan = new Map<string, number>();
function bacaAngkaTersimpan(xlsx: string, lembarKe: number): Map<string, number> {
  const xml = execFileSync("unzip", ["-p", xlsx, `xl/worksheets/sheet${lembarKe}.xml`]).toString("utf8");
  const hasil = new Map<string, number>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*t="n"[^>]*>(?:<f[^>]*>[^<]*<\/f>)?<v>([^<]*)<\/v>/g))
    hasil.set(m[1], Number(m[2]));
  return hasil;
}
const nilaiSel = (c: ExcelJS.Cell): DiSel => {
  let v = c.value as unknown;
  if (v !== null && typeof v === "object" && "formula" in (v as object))
    v = (v as { result?: unknown }).result ?? angkaTersimpan.get(c.address) ?? "";
  if (v !== null && typeof v === "object" && "error" in (v as object))
    return { galat: String((v as { error: string }).error) };
  if (v === null || v === undefined) return "";
  return v as number | string;
};

function sama(aktual: DiSel, harapan: NilaiLaporan | null, tempat: string): void {
  if (typeof harapan === "number") {
    if (typeof aktual !== "number")
      throw new Error(`${tempat}: ${JSON.stringify(aktual)}, harapan ${harapan}`);
    expect(Math.abs(aktual - harapan)).toBeLessThan(1e-9 * Math.max(1, Math.abs(harapan)));
  } else if (harapan === null || harapan === "") {
    if (aktual !== "") throw new Error(`${tempat}: ${JSON.stringify(aktual)}, harapan kosong`);
  } else if (adalahGalat(harapan)) {
    if (typeof aktual !== "object") throw new Error(`${tempat}: ${JSON.stringify(aktual)}, harapan galat`);
  }
}

/** The first data row of the table whose title starts with `awalan`, found as the reader finds it. */
function barisData(ws: ExcelJS.Worksheet, awalan: string): number {
  for (let r = 1; r <= ws.rowCount; r++)
    if (String(ws.getCell(r, 1).value ?? "").startsWith(awalan)) return r + 2;
  throw new Error(`${awalan} tidak ada`);
}

async function isiDanSimpan(katalog: Katalog, n: number): Promise<string> {
  const buku = bukuLkjipTerisi(katalog, n);
  // The planner retypes one Jenis Target: the index is now read as a sum of yearly values.
  const lk = buku.getWorksheet("LKjIP")!;
  lk.getCell(sel(3, barisData(lk, "Tabel 3.3") + 9)).value = "Kumulatif";
  // Beside, not in, the folder LibreOffice writes its recalculated copy (same file name) to.
  const masuk = join(KELUARAN, `${n}-${katalog.periode?.awal}`, "masuk", `lkjip-${n}.xlsx`);
  mkdirSync(dirname(masuk), { recursive: true });
  await buku.xlsx.writeFile(masuk);
  return masuk;
}

function bandingkan(lk: ExcelJS.Worksheet, t: TabelLkjip): number {
  let banyak = 0;
  const cek = (awalan: string, baris: unknown[], kolom: Array<[number, string]>) => {
    const a = barisData(lk, awalan);
    baris.forEach((b, i) =>
      kolom.forEach(([k, medan]) => {
        sama(
          nilaiSel(lk.getCell(a + i, k)),
          (b as Record<string, NilaiLaporan>)[medan],
          `${awalan} baris ${i + 1} ${medan}`,
        );
        banyak++;
      }),
    );
  };
  cek("Tabel 3.1", t.t31, [
    [5, "target"],
    [6, "realisasi"],
    [7, "capaian"],
  ]);
  cek("Tabel 3.2", t.t32, [
    [3, "realisasiLalu"],
    [4, "realisasi"],
    [5, "capaianLalu"],
    [6, "capaian"],
    [7, "perubahan"],
  ]);
  cek("Tabel 3.3", t.t33, [
    [4, "targetAkhir"],
    [5, "realisasiSampai"],
    [6, "capaian"],
  ]);
  cek("Tabel 3.5", t.t35, [[3, "capaian"]]);
  // Tabel 3.4: one row per Anggaran row; the domain has the named programs, in order.
  const a34 = barisData(lk, "Tabel 3.4");
  const terisi: number[] = [];
  for (let r = a34; String(lk.getCell(r, 1).value ?? "").match(/^\d+$/); r++)
    if (nilaiSel(lk.getCell(r, 2)) !== "") terisi.push(r);
  expect(terisi).toHaveLength(t.t34.length);
  t.t34.forEach((b, i) => {
    const kolom: Array<[number, NilaiLaporan | null]> = [
      [4, b.pagu],
      [5, b.realisasiAnggaran],
      [6, b.serapan],
      [7, b.capaianKinerja],
      [8, b.efisiensi],
    ];
    for (const [k, h] of kolom) {
      sama(nilaiSel(lk.getCell(terisi[i], k)), h, `Tabel 3.4 ${b.program} kolom ${k}`);
      banyak++;
    }
    expect(nilaiSel(lk.getCell(terisi[i], 9))).toBe(b.keterangan);
  });
  t.t31.forEach((b, i) => expect(nilaiSel(lk.getCell(barisData(lk, "Tabel 3.1") + i, 8))).toBe(b.predikat));
  t.t32.forEach((b, i) => expect(nilaiSel(lk.getCell(barisData(lk, "Tabel 3.2") + i, 8))).toBe(b.keterangan));
  return banyak;
}

describe.each([
  [2024, 2024],
  [2025, 2024],
  [2026, 2024],
  [2026, 2025],
])("the LKjIP sheet for %i (Renstra from %i) recalculated by LibreOffice", (n, awal) => {
  const katalog = katalogLkjip({ awal, akhir: 2026 });
  const dir = join(KELUARAN, `${n}-${awal}`);
  let dihitung: string;
  let lk: ExcelJS.Worksheet;
  let tabel: TabelLkjip;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const masuk = await isiDanSimpan(katalog, n);
    const data = dataDariBuku(await bacaBukuUtuh(masuk));
    if (!data.ok) throw new Error(data.pesan.join("\n"));
    tabel = hitungLkjip(data.data, n);
    dihitung = recalc(masuk, dir, "xlsx");
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(dihitung);
    lk = buku.getWorksheet("LKjIP")!;
    angkaTersimpan = bacaAngkaTersimpan(dihitung, buku.worksheets.indexOf(lk) + 1);
  });

  it("reads the planner's inputs as typed: the retyped Jenis Target, the typed program", () => {
    expect(tabel.t33.map((b) => b.jenisTarget)).toEqual([
      "absolut",
      "absolut",
      "kumulatif",
      "kumulatif",
      "absolut",
      "absolut",
      "absolut",
      "absolut",
      "kumulatif",
      "kumulatif",
    ]);
    expect(tabel.t34.map((b) => b.indikatorTerkait)).toEqual([
      "IKU-01",
      "IKU-02, IKU-03, IKU-06",
      "",
      "IKU-05",
      "iku-09, IKU-07",
    ]);
  });

  it("titles the tables as the contract says", () => {
    expect(barisData(lk, JUDUL_TABEL.t31(n))).toBeGreaterThan(0);
    expect(lk.getCell(barisData(lk, "Tabel 3.2") - 1, 3).value).toBe(
      n === awal ? "Kondisi Awal" : `Realisasi ${n - 1}`,
    );
    expect(tabel.tahunLalu).toBe(n === awal ? undefined : n - 1);
  });

  it("equals hitungLkjip on every numeric cell of tables 3.1–3.5", () => {
    expect(bandingkan(lk, tabel)).toBe(10 * 3 + 10 * 5 + 10 * 3 + 10 + 5 * 5);
  });

  if (n === 2025 && awal === 2024) {
    it("gives npm run laporan the same numbers as the recalculated sheet", async () => {
      const docx = join(dir, "bab3.docx");
      rmSync(docx, { force: true });
      execFileSync("npx", ["tsx", "scripts/laporan.ts", dihitung, "--tahun", String(n), "--out", docx], {
        cwd: AKAR,
        stdio: "pipe",
      });
      const xml = execFileSync("unzip", ["-p", docx, "word/document.xml"]).toString("utf8");
      const teks = xml.replace(/<[^>]+>/g, " ");
      const a31 = barisData(lk, "Tabel 3.1");
      const capaian = tabel.t31
        .map((_, i) => nilaiSel(lk.getCell(a31 + i, 7)))
        .filter((c) => typeof c === "number");
      expect(capaian.length).toBeGreaterThan(5);
      for (const c of capaian) expect(teks).toContain(persenDokumen(c as number));
      expect(teks).toContain("102,44%");
    });

    it("prints the PK on two signed A4 portrait pages: the agreement, then its lampiran", () => {
      const pdf = recalc(dihitung, join(dir, "pdf"), "pdf");
      const info = execFileSync("pdfinfo", ["-f", "1", "-l", "200", pdf]).toString();
      const ukuran = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
        halaman: Number(m[1]),
        lebar: Number(m[2]),
        tinggi: Number(m[3]),
      }));
      const teksHalaman = (h: number) =>
        execFileSync("pdftotext", ["-layout", "-f", String(h), "-l", String(h), pdf, "-"]).toString();
      const halamanPk = ukuran.filter(({ halaman }) =>
        teksHalaman(halaman).includes("PERJANJIAN KINERJA TAHUN 2025"),
      );
      expect(halamanPk).toHaveLength(2);
      for (const { lebar, tinggi } of halamanPk)
        expect([Math.round(lebar), Math.round(tinggi)]).toEqual([595, 842]);
      const [perjanjian, lampiran] = halamanPk.map(({ halaman }) => teksHalaman(halaman));
      // Each page signed; the tables on the lampiran only.
      expect(lampiran).toContain("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025");
      for (const t of [perjanjian, lampiran]) expect(t).toContain("PIHAK PERTAMA,");
      expect(perjanjian).not.toContain("Target 2025");
      const { halaman } = halamanPk[0];
      const isi = execFileSync("pdftotext", [
        "-layout",
        "-f",
        String(halaman),
        "-l",
        String(halaman + 1),
        pdf,
        "-",
      ]).toString();
      expect(isi).toContain("Target 2025");
      expect(isi).toContain("PIHAK PERTAMA,");
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "60",
        "-f",
        String(halaman),
        "-l",
        String(halaman),
        pdf,
        join(dir, "pk"),
      ]);
    });
  }
});
