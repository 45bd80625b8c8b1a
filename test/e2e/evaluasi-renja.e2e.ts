/**
 * The Evaluasi Renja sheet recalculated by LibreOffice agrees with the domain (hitungEvaluasiRenja)
 * on every computed cell of every row and on the footer: the Renstra example catalog with quarters
 * filled, left blank and filled with 0, a quarter typed as text, a realisation above 1.000% of its
 * target, last year's realisation, and sub kegiatan typed afterwards on the Renstra sheet (one under
 * a catalog kegiatan, whose Rp then sums it). The built-in catalog (no cascade) evaluates the rows a
 * planner types on its empty Renstra sheet.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { KOLOM_RENJA } from "../../src/domain/judul-renja";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { bacaKatalogTeks } from "../../src/domain/katalog-json";
import { adalahGalat } from "../../src/domain/galat";
import { BarisRenja, hitungEvaluasiRenja, NilaiRenja, ALASAN_RENJA } from "../../src/domain/renja";
import { JUDUL_TABEL_PENDUKUNG, TEKS_JUMLAH, TEKS_TANPA_CASCADE } from "../../src/domain/judul-renja";
import { hitungTabelPendukung } from "../../src/domain/lkjip-pendukung";
import { DataLaporan, IndikatorLaporan, ProgramLaporan } from "../../src/domain/lkjip";
import { barisKatalog, Katalog, tahunPeriodeKatalog } from "../../src/domain/types";
import { tataLetakAnggaran } from "../../src/workbook/sisip/tata-letak";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { tataLetakRenja } from "../../src/workbook/sisip/tata-letak-renja";
import {
  barisRenstra,
  BARIS_ISIAN_RENSTRA,
  tataLetakRenstra,
} from "../../src/workbook/sisip/tata-letak-renstra";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";

const KEPALA = 5;
const N = 2025;
const t = tataLetakRenja();

const contoh = bacaKatalogTeks(
  readFileSync(join(__dirname, "..", "..", "katalog", "contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;

/** What the planner types on one Evaluasi Renja row: K and Rp per quarter, last year's. */
interface Ketik {
  k?: unknown[];
  rp?: unknown[];
  laluK?: unknown;
  laluRp?: unknown;
}

/** A row typed on the Renstra sheet's empty rows: code, indicator, target N, pagu N, and its quarters. */
interface BarisBaru extends Ketik {
  kode: string;
  target: number;
  pagu: number;
}

/** Cycles through the cases so each level meets each: partial, zero, blank, full, with last year's. */
function pola(i: number, target: number, pagu: number): Ketik {
  switch (i % 5) {
    case 0:
      return { k: [target * 0.25, target * 0.25, null, null], rp: [pagu * 0.2, pagu * 0.3, null, null] };
    case 1:
      return { k: [0, 0, 0, 0], rp: [0, null, 0, null], laluK: 0, laluRp: 0 };
    case 2:
      return {};
    case 3:
      return {
        k: [target * 0.3, target * 0.3, target * 0.2, target * 0.3],
        rp: [pagu * 0.25, pagu * 0.25, pagu * 0.25, pagu * 0.2],
        laluK: target * 0.9,
        laluRp: pagu * 0.95,
      };
    default:
      return {
        k: [target * 0.1, null, target * 0.5, null],
        rp: [null, pagu * 0.4, null, pagu * 0.45],
        laluK: target * 2,
      };
  }
}

/** A program typed on the Anggaran sheet: code, name, linked indicators, pagu and realisation N. */
type ProgramKetik = [string, string, string, number | null, number | null];

interface Kasus {
  folder: string;
  nama: string;
  katalog: Katalog;
  /** Typed into the Anggaran sheet's rows after the catalog's programs. */
  anggaran: ProgramKetik[];
  /** Overrides of `pola` by code (first row of that code). */
  khusus: Record<string, Ketik>;
  baru: BarisBaru[];
}

const KASUS: Kasus[] = [
  {
    folder: "contoh",
    nama: "the Renstra example catalog",
    katalog: contoh,
    anggaran: [["2.17.10", "Program Diketik", "IKU-07", 40_000_000, 10_000_000]],
    khusus: {
      "2.17.06.2.01.0001": { k: [1, "dua", null, null], rp: [1_000_000, null, null, null] },
      "2.17.08.2.01.0001": { k: [500, null, null, null], rp: ["1.000.000", null, null, null] },
    },
    baru: [
      {
        kode: "2.17.06.2.01.0009",
        target: 4,
        pagu: 10_000_000,
        k: [1, 1, 1, 1],
        rp: [2_000_000, 2_000_000, null, null],
      },
      {
        kode: "2.17.99.2.01.0001",
        target: 10,
        pagu: 1_000_000,
        k: [3, null, null, null],
        rp: [20_000_000, null, null, null],
      },
    ],
  },
  {
    folder: "bawaan",
    nama: "the built-in catalog (no cascade)",
    katalog: KATALOG_BAWAAN,
    anggaran: [
      ["2.17.06", "Program Pemberdayaan", "IKU-01, IKU-02", 100_000_000, 80_000_000],
      ["2.17.01", "Program Penunjang", "", 50_000_000, null],
      ["2.17.08", "Program Pengembangan", "IKU-10", 60_000_000, 75_000_000],
    ],
    khusus: {},
    baru: [
      {
        kode: "2.17.06",
        target: 5,
        pagu: 30_000_000,
        k: [1, 2, null, null],
        rp: [400_000_000, null, null, null],
      },
      { kode: "2.17.06.2.01", target: 5, pagu: 30_000_000, k: [2, 2, null, null] },
      {
        kode: "2.17.06.2.01.0001",
        target: 5,
        pagu: 30_000_000,
        k: [2, 0, null, null],
        rp: [5_000_000, 0, null, null],
      },
    ],
  },
];

/** A number as the CSV writes it: plain, or a percent ("17.5%") in a percent-formatted cell. */
const angkaCsv = (s: string): number | string => {
  const persen = /^(-?[\d.E+-]+)%$/.exec(s);
  if (persen) return Number(persen[1]) / 100;
  return s !== "" && !Number.isNaN(Number(s)) ? Number(s) : s;
};
const galatCsv = (s: string): boolean => s.startsWith("#") || s.startsWith("Err:");

function sama(aktual: string, harapan: NilaiRenja | string, tempat: string, beda: string[]): void {
  if (typeof harapan === "number") {
    const a = angkaCsv(aktual);
    if (typeof a !== "number" || Math.abs(a - harapan) > 1e-9 * Math.max(1, Math.abs(harapan)))
      beda.push(`${tempat}: ${aktual}, harapan ${harapan}`);
  } else if (adalahGalat(harapan)) {
    if (!galatCsv(aktual)) beda.push(`${tempat}: ${aktual}, harapan galat`);
  } else if (aktual !== harapan)
    beda.push(`${tempat}: ${JSON.stringify(aktual)}, harapan ${JSON.stringify(harapan)}`);
}

describe.each(KASUS)("the Evaluasi Renja sheet of $nama recalculated by LibreOffice", (kasus) => {
  const keluaran = join(__dirname, "..", "..", "test-output", "evaluasi-renja", kasus.folder);
  const tahun = tahunPeriodeKatalog(kasus.katalog);
  const tr = tataLetakRenstra(tahun);
  const tn = tahun.indexOf(N);
  let renja: string[][];
  let renstra: string[][];
  let lkjip: string[][];
  let input: BarisRenja[];
  let dataLaporan: DataLaporan;

  beforeAll(async () => {
    rmSync(keluaran, { recursive: true, force: true });
    mkdirSync(keluaran, { recursive: true });
    const awal = await tulisXlsx(
      buatRencana(kasus.katalog, NAMA_DASAR, { tahunAktif: N }),
      join(keluaran, "renja.xlsx"),
    );
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(awal);
    const wsR = buku.getWorksheet("Renstra")!;
    const ws = buku.getWorksheet("Evaluasi Renja")!;
    const cascade = barisRenstra({ katalog: kasus.katalog });
    const kosongAwal = KEPALA + 1 + cascade.length;
    kasus.baru.forEach((b, j) => {
      const r = kosongAwal + j;
      wsR.getCell(r, tr.kode).value = b.kode;
      wsR.getCell(r, tr.indikator).value = `Indikator ${b.kode}`;
      wsR.getCell(r, tr.target(tn)).value = b.target;
      wsR.getCell(r, tr.pagu(tn)).value = b.pagu;
    });
    const ketikan: Ketik[] = [];
    const banyak = cascade.length + BARIS_ISIAN_RENSTRA;
    for (let i = 0; i < banyak; i++) {
      const c = cascade[i];
      const r = KEPALA + 1 + i;
      let ketik: Ketik = {};
      if (c?.jenis === "isi") {
        const target = c.kinerja?.target[String(N)] ?? 0;
        const pagu = c.pokok?.pagu[String(N)] ?? 0;
        ketik = (c.pokok && kasus.khusus[c.pokok.kode]) || pola(i, target, pagu);
        if (!c.kinerja) ketik = { ...ketik, k: undefined, laluK: undefined };
        if (!c.pokok) ketik = { ...ketik, rp: undefined, laluRp: undefined };
      } else if (!c) ketik = kasus.baru[i - cascade.length] ?? {};
      ketikan.push(ketik);
      const isi = (kolom: number, v: unknown) => {
        // Only the sheet's yellow cells are typed: a formula cell keeps its formula.
        const ada = ws.getCell(r, kolom).value;
        if (v === undefined || v === null || (ada !== null && typeof ada === "object")) return;
        ws.getCell(r, kolom).value = v as ExcelJS.CellValue;
      };
      ketik.k?.forEach((v, q) => isi(t.twK(q), v));
      ketik.rp?.forEach((v, q) => isi(t.twRp(q), v));
      isi(t.laluK, ketik.laluK);
      isi(t.laluRp, ketik.laluRp);
    }
    const ang = tataLetakAnggaran(kasus.katalog);
    const wsA = buku.getWorksheet("Anggaran")!;
    const banyakProgram = kasus.katalog.program?.length ?? 0;
    kasus.anggaran.forEach(([kode, nama, indikator, pagu, realisasi], j) => {
      const r = ang.barisAwal + banyakProgram + j;
      const tA = ang.tahun.indexOf(N);
      wsA.getCell(r, ang.kolom.kode).value = kode;
      wsA.getCell(r, ang.kolom.program).value = nama;
      wsA.getCell(r, ang.kolom.indikator).value = indikator;
      wsA.getCell(r, ang.pagu(tA)).value = pagu;
      wsA.getCell(r, ang.realisasi(tA)).value = realisasi;
    });
    const diisi = join(keluaran, "renja-diisi.xlsx");
    await buku.xlsx.writeFile(diisi);
    recalc(diisi, join(keluaran, "hitung"), "csv", "Evaluasi Renja");
    renja = bacaCsv(readFileSync(csvLembar(join(keluaran, "hitung"), diisi, "Evaluasi Renja"), "utf8"));
    renstra = bacaCsv(readFileSync(csvLembar(join(keluaran, "hitung"), diisi, "Renstra"), "utf8"));
    lkjip = bacaCsv(readFileSync(csvLembar(join(keluaran, "hitung"), diisi, "LKjIP"), "utf8"));

    // The domain's input: the Renstra sheet's codes, targets and pagu as LibreOffice computed them, what was typed.
    const nilai = (row: string[] | undefined, kolom: number): unknown => {
      const s = row?.[kolom - 1] ?? "";
      return s === "" ? null : angkaCsv(s);
    };
    const typed = (ws2: ExcelJS.Worksheet, r: number, kolom: number): unknown => {
      const v = ws2.getCell(r, kolom).value;
      return v !== null && typeof v === "object" ? null : (v ?? null);
    };
    input = [];
    for (let i = 0; i < banyak; i++) {
      const c = cascade[i];
      if (c?.jenis === "judul") continue;
      const r = KEPALA + 1 + i;
      const row = renstra[r - 1];
      const kode = (row?.[tr.kode - 1] ?? "") as string;
      input.push({
        kode: c?.jenis === "isi" && !c.pokok ? null : kode,
        // Rows typed on the Renstra sheet have their Rp typed, as the sheet's yellow cells say.
        rpDariAnak: c !== undefined,
        polaritas: c?.kinerja?.polaritas ?? "positif",
        agregasi: c?.kinerja?.agregasi ?? "akhir",
        targetAkhir: nilai(row, tr.targetAkhir),
        paguAkhir: nilai(row, tr.paguAkhir),
        target: nilai(row, tr.target(tn)),
        pagu: nilai(row, tr.pagu(tn)),
        realisasiLaluK: typed(ws, r, t.laluK),
        realisasiLaluRp: typed(ws, r, t.laluRp),
        k: [0, 1, 2, 3].map((q) => typed(ws, r, t.twK(q))),
        rp: [0, 1, 2, 3].map((q) => typed(ws, r, t.twRp(q))),
      });
    }
    // The report's input: the cascade rows with their sasaran, the programs' pagu and realisation N.
    const evaluasi = hitungEvaluasiRenja(input);
    const sasaranBaris: string[] = [];
    let sasaran = "";
    for (const c of [...cascade, ...Array.from({ length: BARIS_ISIAN_RENSTRA }, () => undefined)]) {
      if (c?.jenis === "judul") sasaran = c.sasaran;
      else sasaranBaris.push(c ? sasaran : "");
    }
    const barisProgram = new Map<string, number>();
    input.forEach((b, i) => b.kode && !barisProgram.has(b.kode) && barisProgram.set(b.kode, i));
    const program: ProgramLaporan[] = [
      ...(kasus.katalog.program ?? []).map((p) => ({
        kode: p.kode,
        nama: p.nama,
        indikator: p.indikator,
        pagu: { [N]: p.pagu[String(N)] ?? null },
        realisasiAnggaran: { [N]: evaluasi.baris[barisProgram.get(p.kode)!].realisasiRp as number | null },
      })),
      ...kasus.anggaran.map(([kode, nama, indikator, pagu, realisasi]) => ({
        kode,
        nama,
        indikator: indikator
          .split(",")
          .map((x) => x.trim())
          .filter((x) => x !== ""),
        pagu: { [N]: pagu },
        realisasiAnggaran: { [N]: realisasi },
      })),
    ];
    dataLaporan = {
      instansi: kasus.katalog.instansi,
      periode: { awal: tahun[0], akhir: tahun[tahun.length - 1] },
      indikator: barisKatalog(kasus.katalog).map(
        (b) => ({ kode: b.indikator.kode, sasaran: b.sasaran }) as IndikatorLaporan,
      ),
      program,
      renja: input.map((b, i) => ({
        ...b,
        sasaran: sasaranBaris[i],
        nama: "",
        indikator: "",
        diTabel: i < input.length - BARIS_ISIAN_RENSTRA,
      })),
    };
  }, 180_000);

  it("keeps the contract's header cells, naming the year", () => {
    expect(renja[KEPALA - 1].slice(0, t.kolomAkhir)).toEqual(KOLOM_RENJA(N));
    expect(renja[KEPALA - 1]).toContain("Target 2025 (K)");
  });

  it("computes every cell as hitungEvaluasiRenja does", () => {
    const hasil = hitungEvaluasiRenja(input);
    const cascade = barisRenstra({ katalog: kasus.katalog });
    const barisLembar = cascade
      .map((c, i) => (c.jenis === "judul" ? -1 : KEPALA + 1 + i))
      .filter((r) => r > 0)
      .concat(Array.from({ length: BARIS_ISIAN_RENSTRA }, (_, j) => KEPALA + 1 + cascade.length + j));
    const beda: string[] = [];
    let banyakAngka = 0;
    hasil.baris.forEach((h, i) => {
      const r = barisLembar[i];
      const row = renja[r - 1] ?? [];
      const cek = (kolom: number, harapan: NilaiRenja | string, medan: string) => {
        sama(row[kolom - 1] ?? "", harapan, `baris ${r} (${input[i].kode}) ${medan}`, beda);
        if (typeof harapan === "number") banyakAngka++;
      };
      h.rpTw.forEach((v, q) => {
        // A typed quarter is the planner's own; a parent's is the sum of its children.
        if (typeof input[i].rp[q] !== "string") cek(t.twRp(q), v, `TW ${q + 1} Rp`);
      });
      cek(t.realisasiK, h.realisasiK, "Realisasi K");
      cek(t.realisasiRp, h.realisasiRp, "Realisasi Rp");
      cek(t.capaianK, h.capaianK, "Capaian K");
      cek(t.capaianRp, h.capaianRp, "Capaian Rp");
      cek(t.sampaiK, h.sampaiK, "s.d. K");
      cek(t.sampaiRp, h.sampaiRp, "s.d. Rp");
      cek(t.capaianSampaiK, h.capaianSampaiK, "Capaian s.d. K");
      cek(t.capaianSampaiRp, h.capaianSampaiRp, "Capaian s.d. Rp");
      cek(t.keterangan, h.keterangan, "Keterangan");
    });
    const kaki = KEPALA + cascade.length + BARIS_ISIAN_RENSTRA + 2;
    sama(renja[kaki - 1]?.[t.nilaiKaki - 1] ?? "", hasil.rataRata, "Rata-rata", beda);
    sama(renja[kaki]?.[t.nilaiKaki - 1] ?? "", hasil.predikat as NilaiRenja, "Predikat", beda);
    // With a quarter typed as text the mean is an error (never a mean that skips the row); without, a number.
    expect(adalahGalat(hasil.rataRata)).toBe(Object.keys(kasus.khusus).length > 0);
    if (!adalahGalat(hasil.rataRata)) expect(hasil.rataRata).toBeGreaterThan(0);
    expect(renja[kaki - 1]?.[t.labelKaki - 1]).toBe("Rata-rata Capaian Kinerja");
    expect(beda).toEqual([]);
    // The comparison must not pass on blanks alone.
    const adaCascade = (kasus.katalog.program?.length ?? 0) > 0;
    expect(banyakAngka).toBeGreaterThan(adaCascade ? 100 : 10);
    expect(hasil.baris.map((h) => h.keterangan)).toContain(ALASAN_RENJA.terlaluBesar);
    if (adaCascade) {
      expect(hasil.baris.map((h) => h.keterangan)).toContain(ALASAN_RENJA.teks);
    }
  });

  it("shows in tables 3.9 and 3.10 what hitungLkjip computes", () => {
    const { t39, t310, jumlah310 } = hitungTabelPendukung(dataLaporan, N);
    const awal = (judul: string) => lkjip.findIndex((row) => row[0] === judul) + 3;
    const a39 = awal(JUDUL_TABEL_PENDUKUNG.t39);
    const a310 = awal(JUDUL_TABEL_PENDUKUNG.t310);
    expect(a39).toBeGreaterThan(2);
    expect(a310).toBeGreaterThan(a39);
    const beda: string[] = [];
    let banyakAngka = 0;
    const cek = (r: number, kolom: number, harapan: unknown, tempat: string) => {
      const h = harapan === null || harapan === undefined ? "" : (harapan as NilaiRenja);
      sama(lkjip[r - 1]?.[kolom - 1] ?? "", h, tempat, beda);
      if (typeof h === "number") banyakAngka++;
    };
    if (t39.length === 0) expect(lkjip[a39 - 1][0]).toBe(TEKS_TANPA_CASCADE);
    t39.forEach((b, i) => {
      const r = a39 + i;
      expect(lkjip[r - 1][0]).toBe(String(b.no));
      if (b.sasaran !== "") expect(lkjip[r - 1][1]).toBe(b.sasaran);
      expect(lkjip[r - 1][2]).toBe(b.kode);
      cek(r, 6, b.target, `3.9 baris ${b.no} target`);
      cek(r, 7, b.realisasi, `3.9 baris ${b.no} realisasi`);
      cek(r, 8, b.capaian, `3.9 baris ${b.no} capaian`);
      cek(r, 9, b.pagu, `3.9 baris ${b.no} pagu`);
      cek(r, 10, b.realisasiAnggaran, `3.9 baris ${b.no} realisasi anggaran`);
      cek(r, 11, b.serapan, `3.9 baris ${b.no} serapan`);
    });
    expect(lkjip[a39 + Math.max(1, t39.length) - 1 + 1]?.[0] ?? "").not.toMatch(/^\d+$/);
    t310.forEach((b, i) => {
      const r = a310 + i;
      expect(lkjip[r - 1][2]).toBe(b.program);
      // The sasaran is written when the workbook is inserted: a program typed later has none.
      if (i < (kasus.katalog.program?.length ?? 0)) expect(lkjip[r - 1][1]).toBe(b.sasaran);
      cek(r, 4, b.pagu, `3.10 ${b.program} pagu`);
      cek(r, 5, b.realisasiAnggaran, `3.10 ${b.program} realisasi`);
      cek(r, 6, b.sisa, `3.10 ${b.program} sisa`);
      cek(r, 7, b.serapan, `3.10 ${b.program} serapan`);
    });
    const ang = tataLetakAnggaran(kasus.katalog);
    const rJumlah = a310 + ang.banyak;
    expect(lkjip[rJumlah - 1][2]).toBe(TEKS_JUMLAH);
    cek(rJumlah, 4, jumlah310.pagu, "Jumlah pagu");
    cek(rJumlah, 5, jumlah310.realisasiAnggaran, "Jumlah realisasi");
    cek(rJumlah, 6, jumlah310.sisa, "Jumlah sisa");
    cek(rJumlah, 7, jumlah310.serapan, "Jumlah serapan");
    expect(beda).toEqual([]);
    expect(banyakAngka).toBeGreaterThan(t39.length > 0 ? 60 : 8);
  });
});
