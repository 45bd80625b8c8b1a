/**
 * The quarter recalculated by LibreOffice agrees with the domain (capaianSdTw, statusTw,
 * cekTargetTw, AGREGAT) on every cell of the Triwulan sheet's quarter columns for year N and of
 * the Rencana Aksi sheet: the built-in catalog, the Renstra example catalog, and the built-in one
 * with lower-is-better indicators and the catalog's own thresholds. Each indicator's year N is
 * filled in one way a planner fills it: quarters left blank, quarters filled with 0, a quarter
 * typed as text, a realisation above 1.000% of target, a missing or misfit quarterly target,
 * nothing planned before TW IV.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { agregat } from "../../src/domain/agregat";
import { adalahGalat } from "../../src/domain/galat";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { bacaKatalogTeks } from "../../src/domain/katalog-json";
import { ambangRencanaAksi } from "../../src/domain/katalog-triwulan";
import { TRIWULAN, capaianSdTw, cekTargetTw, statusTw } from "../../src/domain/triwulan";
import { Agregasi, Katalog, barisKatalog } from "../../src/domain/types";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { kepalaRencanaAksi } from "../../src/workbook/sisip/lembar-rencana-aksi";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { tataLetakIku, tataLetakTriwulan } from "../../src/workbook/sisip/tata-letak";
import { tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "rencana-aksi");
const N = 2025;
type Isi = number | string | null;

/** One way to fill a year: the four realisations and the four targets, from the annual target a. */
const CARA: Array<{ nama: string; r: (a: number) => Isi[]; t: (a: number, j: Agregasi) => Isi[] }> = [
  { nama: "two quarters on plan", r: (a) => [0.2 * a, 0.5 * a, null, null], t: (a, j) => pas(a, j) },
  { nama: "nothing filled", r: () => [null, null, null, null], t: (a, j) => pas(a, j) },
  { nama: "TW I filled with 0", r: () => [0, null, null, null], t: (a, j) => pas(a, j) },
  { nama: "nothing planned before TW IV", r: (a) => [0.1 * a, null, null, null], t: (a) => [0, 0, 0, a] },
  { nama: "a quarter typed as text", r: (a) => [0.1 * a, "naik", null, null], t: (a, j) => pas(a, j) },
  { nama: "above 1.000% of target", r: (a) => [40 * a, null, null, null], t: (a, j) => pas(a, j) },
  { nama: "a missing TW target", r: (a) => [0.1 * a, null, null, null], t: (a) => [a, null, a, a] },
  {
    nama: "all four, a misfit plan",
    r: (a) => [0.3 * a, 0.6 * a, 0.7 * a, 0.8 * a],
    t: (a) => [a, a, a, a / 2],
  },
  { nama: "quarters skipped", r: (a) => [null, 0.35 * a, null, 0.7 * a], t: (a, j) => pas(a, j) },
  { nama: "all zero", r: () => [0, 0, 0, 0], t: (a, j) => pas(a, j) },
];

/** Quarterly targets that fit the annual target a by the aggregation. */
function pas(a: number, j: Agregasi): number[] {
  if (j === "jumlah") return [0.1, 0.2, 0.3, 0.4].map((x) => x * a);
  if (j === "akhir") return [0.25, 0.5, 0.75, 1].map((x) => x * a);
  return [0.9, 1, 1.1, 1].map((x) => x * a);
}

const contoh = bacaKatalogTeks(
  readFileSync(join(__dirname, "..", "..", "katalog", "contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;
/** The built-in catalog with every third indicator lower-is-better and a region's own thresholds. */
const terbalik: Katalog = {
  ...structuredClone(KATALOG_BAWAAN),
  ambangRencanaAksi: { sesuai: 0.9, perhatian: 0.7 },
};
barisKatalog(terbalik).forEach((b, i) => {
  if (i % 3 === 1) b.indikator.polaritas = i % 2 === 0 ? "negatif" : "negatif_rasio";
});

/** A CSV cell as the domain's value: a number, "" for blank, the error text as is. */
function sama(csv: string | undefined, harapan: unknown): boolean {
  const v = csv ?? "";
  // A percent cell comes out as LibreOffice shows its value: "62.5%".
  const angka = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (typeof harapan === "number") return v !== "" && Math.abs(angka - harapan) < 1e-9;
  if (harapan === null || harapan === undefined || harapan === "") return v === "";
  if (adalahGalat(harapan)) return v.startsWith("#") || v === "Err:502";
  return v === harapan;
}

describe.each([
  ["the built-in catalog", KATALOG_BAWAAN],
  ["the Renstra example catalog", contoh],
  ["lower-is-better indicators with the catalog's thresholds", terbalik],
])("the quarter of %s recalculated by LibreOffice agrees with the domain", (nama, katalog) => {
  const baris = barisKatalog(katalog);
  const tw = tataLetakTriwulan(katalog);
  const iku = tataLetakIku(katalog);
  const t = katalog.tahun.indexOf(N);
  const ambang = ambangRencanaAksi(katalog);
  const cara = (i: number) => CARA[(i + (katalog === contoh ? 3 : 0)) % CARA.length];
  const isian = baris.map((b, i) => {
    const a = b.indikator.target[String(N)];
    return { r: cara(i).r(a), t: cara(i).t(a, b.indikator.agregasi) };
  });
  let triwulan: string[][];
  let rencana: string[][];
  let ikuCsv: string[][];

  beforeAll(async () => {
    const dir = join(KELUARAN, nama.replace(/\W+/g, "-"));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const awal = await tulisXlsx(
      buatRencana(katalog, NAMA_DASAR, { tahunAktif: N }),
      join(dir, "kosong.xlsx"),
    );
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(awal);
    const ws = buku.getWorksheet("Triwulan")!;
    isian.forEach(({ r, t: target }, i) =>
      TRIWULAN.forEach((_, q) => {
        ws.getCell(tw.baris(i), tw.realisasiTw(t, q)).value = r[q];
        ws.getCell(tw.baris(i), tw.targetTw(t, q)).value = target[q];
      }),
    );
    const diisi = join(dir, "diisi.xlsx");
    await buku.xlsx.writeFile(diisi);
    recalc(diisi, join(dir, "hitung"), "csv");
    const baca = (lembar: string) =>
      bacaCsv(readFileSync(csvLembar(join(dir, "hitung"), diisi, lembar), "utf8"));
    triwulan = baca("Triwulan");
    rencana = baca("Rencana Aksi");
    ikuCsv = baca("IKU");
  }, 240_000);

  it("keeps the contract's header cells and names the year", () => {
    expect(rencana[4].slice(0, 19)).toEqual(kepalaRencanaAksi(N));
    expect(rencana[0][0]).toBe(`RENCANA AKSI TAHUN ${N}`);
    expect(triwulan[4].slice(tw.targetTw(t, 0) - 1, tw.cekTarget(t))).toEqual([
      ...TRIWULAN.map((q) => `Target ${q}`),
      ...TRIWULAN.map((q) => `Realisasi ${q}`),
      `Realisasi ${N}`,
      "Target s.d. TW",
      "Capaian s.d. TW",
      "Cek Target TW",
    ]);
  });

  it("gives every cell of Triwulan's quarter columns and of Rencana Aksi the domain's value", () => {
    const beda: unknown[] = [];
    baris.forEach((b, i) => {
      const ind = b.indikator;
      const a = ind.target[String(N)];
      const { r, t: target } = isian[i];
      const h = capaianSdTw(r, target, ind.agregasi, ind.polaritas, true);
      const tahunan = agregat([r], ind.agregasi);
      const teks = r.some((x) => typeof x === "string");
      const harapanTw: Array<[string, number, unknown]> = [
        ...TRIWULAN.map((q, k): [string, number, unknown] => [`Target ${q}`, tw.targetTw(t, k), target[k]]),
        [`Realisasi ${N}`, tw.realisasi(t), teks ? { galat: "#N/A", pesan: { id: "", en: "" } } : tahunan],
        [
          "Target s.d. TW",
          tw.targetSd(t),
          h.keadaan === "ada" ? h.target : h.keadaan === "belum" ? "" : undefined,
        ],
        [
          "Capaian s.d. TW",
          tw.capaian(t),
          h.keadaan === "ada" ? h.capaian : h.keadaan === "belum" ? "" : h.galat,
        ],
        ["Cek Target TW", tw.cekTarget(t), cekTargetTw(target as (number | null)[], a, ind.agregasi)],
      ];
      const rowTw = triwulan[tw.baris(i) - 1];
      for (const [kolom, k, harapan] of harapanTw)
        // Target s.d. TW of a row whose quarter is text is not the domain's to say (the row is an error already).
        if (harapan !== undefined && !sama(rowTw[k - 1], harapan))
          beda.push([ind.kode, "Triwulan", kolom, rowTw[k - 1], harapan]);
      const rowRa = rencana[5 + i];
      const harapanRa: unknown[] = [
        String(b.no),
        undefined,
        ind.nama,
        ind.satuan,
        a,
        ...target.map((x) => x ?? ""),
        "",
        "",
        "",
        ...r.map((x) => x ?? ""),
        harapanTw[4][2],
        harapanTw[6][2],
        statusTw(h, ambang),
      ];
      harapanRa.forEach((harapan, k) => {
        if (harapan !== undefined && !sama(rowRa[k], harapan))
          beda.push([ind.kode, "Rencana Aksi", rencana[4][k], rowRa[k], harapan]);
      });
      // One number, one cell: the IKU sheet's realisation is the quarters' year value.
      const rIku = ikuCsv[iku.baris(i) - 1][iku.realisasi(t) - 1];
      if (!sama(rIku, harapanTw[4][2])) beda.push([ind.kode, "IKU", `Realisasi ${N}`, rIku, harapanTw[4][2]]);
    });
    expect(beda).toEqual([]);
  });

  it("meets every status the fill was chosen for", () => {
    const status = baris.map((_, i) => rencana[5 + i][18]);
    expect(status).toContain("Belum Diisi");
    expect(status).toContain("Cek Target TW");
    expect(status).toContain("Cek Realisasi TW");
    expect(status).toContain("Sesuai Rencana");
    expect(status.some((s) => s === "Terlambat" || s === "Perlu Perhatian")).toBe(true);
    expect(baris.map((_, i) => triwulan[tw.baris(i) - 1][tw.cekTarget(t) - 1])).toEqual(
      expect.arrayContaining(["Sesuai", "Tidak Sesuai"]),
    );
  });
});
