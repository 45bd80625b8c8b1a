// LKjIP tables 3.6–3.8 and the charts through LibreOffice: a filled workbook written with its
// charts (the offline writer's package), recalculated, must show in tables 3.6–3.8 exactly what
// hitungLkjip gives; converted to .ods, its charts must read the planned ranges with the title,
// and hold the recalculated capaian and the 100% line.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  BARIS_RATA_RATA_PD,
  CATATAN_GRAFIK_TERBATAS,
  JUDUL_GRAFIK,
  JUDUL_TABEL,
} from "../../src/domain/judul-lkjip";
import { hitungLkjip, NilaiLaporan, TabelLkjip } from "../../src/domain/lkjip";
import { barisKatalog, Katalog } from "../../src/domain/types";
import { dataDariBuku } from "../../src/laporan/baca-buku";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { bacaBukuUtuh } from "../../src/xlsx/lembar-utuh";
import { BATAS_BATANG_GRAFIK } from "../../src/domain/batas-grafik";
import { lengkapiPaket, tulisXlsx } from "../../src/xlsx/tulis-xlsx";
import { bukuLkjipTerisi, katalogLkjip } from "../workbook/sisip/lkjip-terisi";
import { recalc } from "./lo-helper";

const KELUARAN = join(__dirname, "..", "..", "test-output", "bab3");

/** The LKjIP catalog with standards read three ways in 2025: above (IKU-01), below (IKU-07, lower is better), equal (IKU-09). */
function katalogStandar(): Katalog {
  const k = katalogLkjip({ awal: 2024, akhir: 2026 });
  const ind = barisKatalog(k).map((b) => b.indikator);
  ind[0].standar = { nilai: 0.4, tingkat: "Nasional", sumber: "RPJMN (contoh)" };
  ind[6].standar = { nilai: 15, tingkat: "Provinsi", sumber: "RPJMD Provinsi (contoh)" };
  ind[8].standar = { nilai: 260, tingkat: "SPM", sumber: "Permendagri 59/2021 (contoh)" };
  return k;
}

type DiSel = number | string | { galat: string };
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

function sama(aktual: DiSel, harapan: NilaiLaporan | string | null, tempat: string): void {
  if (typeof harapan === "number") {
    if (typeof aktual !== "number")
      throw new Error(`${tempat}: ${JSON.stringify(aktual)}, harapan ${harapan}`);
    if (Math.abs(aktual - harapan) > 1e-9 * Math.max(1, Math.abs(harapan)))
      throw new Error(`${tempat}: ${aktual}, harapan ${harapan}`);
  } else if (harapan === null || typeof harapan === "string") {
    if (aktual !== (harapan ?? ""))
      throw new Error(`${tempat}: ${JSON.stringify(aktual)}, harapan ${JSON.stringify(harapan)}`);
  } else if (typeof aktual !== "object")
    throw new Error(`${tempat}: ${JSON.stringify(aktual)}, harapan galat`);
}

function barisData(ws: ExcelJS.Worksheet, awalan: string): number {
  for (let r = 1; r <= ws.rowCount; r++)
    if (String(ws.getCell(r, 1).value ?? "").startsWith(awalan)) return r + 2;
  throw new Error(`${awalan} tidak ada`);
}

/** Every cell of tables 3.6–3.8 against the domain; returns how many were compared. */
function bandingkan(lk: ExcelJS.Worksheet, t: TabelLkjip): number {
  let banyak = 0;
  const cek = (r: number, k: number, h: NilaiLaporan | string | null, tempat: string) => {
    sama(nilaiSel(lk.getCell(r, k)), h, tempat);
    banyak++;
  };
  const a36 = barisData(lk, JUDUL_TABEL.t36(t.tahun));
  const ringkas = [...t.t36.sasaran, { no: null, sasaran: BARIS_RATA_RATA_PD, ...t.t36.perangkatDaerah }];
  ringkas.forEach((b, i) => {
    const r = a36 + i;
    cek(r, 2, b.sasaran, `3.6 baris ${i + 1} sasaran`);
    cek(r, 3, b.jumlahIndikator, `3.6 baris ${i + 1} jumlah`);
    cek(r, 4, b.tercapai, `3.6 baris ${i + 1} tercapai`);
    cek(r, 5, b.tidakTercapai, `3.6 baris ${i + 1} tidak tercapai`);
    cek(r, 6, b.belumDapatDiukur, `3.6 baris ${i + 1} belum`);
    cek(r, 7, b.rataRata, `3.6 baris ${i + 1} rata-rata`);
    cek(r, 8, b.predikat, `3.6 baris ${i + 1} predikat`);
  });
  const a37 = barisData(lk, "Tabel 3.7");
  t.t37.forEach((b, i) => {
    cek(a37 + i, 3, b.kondisiAwal, `3.7 baris ${i + 1} kondisi awal`);
    b.tahun.forEach((y, j) => {
      cek(a37 + i, 4 + 2 * j, y.realisasi, `3.7 baris ${i + 1} realisasi ${y.tahun}`);
      cek(a37 + i, 5 + 2 * j, y.capaian, `3.7 baris ${i + 1} capaian ${y.tahun}`);
    });
  });
  const a38 = barisData(lk, JUDUL_TABEL.t38);
  t.t38.forEach((b, i) => {
    cek(a38 + i, 2, b.indikator, `3.8 baris ${i + 1} indikator`);
    cek(a38 + i, 3, b.realisasi, `3.8 baris ${i + 1} realisasi`);
    cek(a38 + i, 4, b.standar, `3.8 baris ${i + 1} standar`);
    cek(a38 + i, 5, b.tingkat, `3.8 baris ${i + 1} tingkat`);
    cek(a38 + i, 6, b.sumber, `3.8 baris ${i + 1} sumber`);
    cek(a38 + i, 7, b.keterangan, `3.8 baris ${i + 1} keterangan`);
  });
  return banyak;
}

/** A chart of the .ods as LibreOffice saved it: title, each series' class and ranges, the local table's values. */
interface GrafikOds {
  judul: string;
  seri: Array<{ kelas: string; nilai: string; nama: string }>;
  kategori: string;
  angka: number[][];
}

function bacaGrafikOds(ods: string): GrafikOds[] {
  const daftar = execFileSync("unzip", ["-Z1", ods]).toString("utf8").split("\n");
  return daftar
    .filter((n) => /^Object \d+\/content\.xml$/.test(n))
    .map((n) => {
      const xml = execFileSync("unzip", ["-p", ods, n]).toString("utf8");
      const judul = /<chart:title[^>]*>\s*<text:p>([^<]*)<\/text:p>/.exec(xml)?.[1] ?? "";
      const seri = [...xml.matchAll(/<chart:series\b([^>]*)>/g)].map((m) => ({
        kelas: /chart:class="([^"]*)"/.exec(m[1])?.[1] ?? "",
        nilai: /chart:values-cell-range-address="([^"]*)"/.exec(m[1])?.[1] ?? "",
        nama: /chart:label-cell-address="([^"]*)"/.exec(m[1])?.[1] ?? "",
      }));
      const kategori = /<chart:categories table:cell-range-address="([^"]*)"/.exec(xml)?.[1] ?? "";
      const isiTabel = /<table:table-rows>([\s\S]*?)<\/table:table-rows>/.exec(xml)?.[1] ?? "";
      const angka = [...isiTabel.matchAll(/<table:table-row>([\s\S]*?)<\/table:table-row>/g)].map((r) =>
        [...r[1].matchAll(/<table:table-cell\b([^>]*)>/g)]
          .map((c) => /office:value="([^"]*)"/.exec(c[1])?.[1])
          .filter((v): v is string => v !== undefined)
          .map(Number),
      );
      return { judul, seri, kategori, angka };
    });
}

describe.each([
  [2025, 2024],
  [2026, 2024],
])("tables 3.6–3.8 and the charts for %i (Renstra from %i) in LibreOffice", (n, awal) => {
  const katalog = katalogStandar();
  katalog.periode = { awal, akhir: 2026 };
  const dir = join(KELUARAN, String(n));
  let lk: ExcelJS.Worksheet;
  let tabel: TabelLkjip;
  let grafik: GrafikOds[];

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "masuk"), { recursive: true });
    const buku = bukuLkjipTerisi(katalog, n);
    const rencana = buatRencana(katalog, NAMA_DASAR, { tahunAktif: n });
    const paket = await lengkapiPaket(
      new Uint8Array((await buku.xlsx.writeBuffer()) as ArrayBuffer),
      rencana,
    );
    const masuk = join(dir, "masuk", `bab3-${n}.xlsx`);
    writeFileSync(masuk, paket);
    const data = dataDariBuku(await bacaBukuUtuh(masuk));
    if (!data.ok) throw new Error(data.pesan.join("\n"));
    // The saved workbook's reader does not read standar yet: the catalog's are given here.
    const standar = new Map(barisKatalog(katalog).map((b) => [b.indikator.kode, b.indikator.standar]));
    data.data.indikator = data.data.indikator.map((ind) => ({ ...ind, standar: standar.get(ind.kode) }));
    tabel = hitungLkjip(data.data, n);
    const dihitung = recalc(masuk, dir, "xlsx");
    const hasil = new ExcelJS.Workbook();
    await hasil.xlsx.readFile(dihitung);
    lk = hasil.getWorksheet("LKjIP")!;
    angkaTersimpan = bacaAngkaTersimpan(dihitung, hasil.worksheets.indexOf(lk) + 1);
    grafik = bacaGrafikOds(recalc(masuk, dir, "ods"));
  });

  it("finds every indicator with a standard, read by polarity", () => {
    expect(tabel.t38.map((b) => b.keterangan)).toEqual(
      n === 2025
        ? ["Di Atas Standar", "Di Bawah Standar", "Sama dengan Standar"]
        : ["", "Di Atas Standar", "Di Atas Standar"],
    );
  });

  it("equals hitungLkjip on every cell of tables 3.6–3.8", () => {
    const sasaran = tabel.t36.sasaran.length;
    const tahun = n - awal + 1;
    expect(bandingkan(lk, tabel)).toBe((sasaran + 1) * 7 + 10 * (1 + 2 * tahun) + 3 * 6);
  });

  it("opens three charts: the Dashboard's bars, Grafik 3.1 and 3.2 with their 100% line", () => {
    const judul = grafik.map((g) => g.judul).sort();
    expect(judul).toEqual(
      [`CAPAIAN INDIKATOR KINERJA UTAMA TAHUN ${n}`, JUDUL_GRAFIK.g31(n), JUDUL_GRAFIK.g32(n)].sort(),
    );
    const rencana = buatRencana(katalog, NAMA_DASAR, { tahunAktif: n });
    const direncanakan = rencana.lembar.flatMap((l) => l.grafik);
    const ods = (r: string) => {
      // 'LKjIP'!D120:D129 → LKjIP.D120:LKjIP.D129, as ODF writes a range.
      const [lembar, alamat] = [
        r.slice(0, r.lastIndexOf("!")).replace(/^'|'$/g, ""),
        r.slice(r.lastIndexOf("!") + 1),
      ];
      const [a, b = a] = alamat.split(":");
      return `${lembar}.${a}:${lembar}.${b}`;
    };
    for (const g of direncanakan) {
      const o = grafik.find((x) => x.judul === g.judul)!;
      expect(o.seri[0]).toMatchObject({ kelas: "chart:bar", nilai: ods(g.nilai) });
      expect(o.kategori).toBe(ods(g.kategori));
      if (g.garis) expect(o.seri[1]).toMatchObject({ kelas: "chart:line", nilai: ods(g.garis.nilai) });
      else expect(o.seri).toHaveLength(1);
    }
  });

  it("draws Grafik 3.1 from the recalculated capaian N and the line at 100%", () => {
    const g = grafik.find((x) => x.judul === JUDUL_GRAFIK.g31(n))!;
    const capaian = tabel.t31.map((b) => (typeof b.capaian === "number" ? b.capaian : NaN));
    expect(g.angka).toHaveLength(capaian.length);
    g.angka.forEach((baris, i) => {
      // A capaian not yet measurable is no bar: LibreOffice keeps it as NaN.
      if (Number.isNaN(capaian[i])) expect(Number.isNaN(baris[0]) || baris.length < 2).toBe(true);
      else expect(baris[0]).toBeCloseTo(capaian[i], 9);
      expect(baris[baris.length - 1]).toBe(1);
    });
  });

  it("draws Grafik 3.2 from the sasaran means of Tabel 3.6", () => {
    const g = grafik.find((x) => x.judul === JUDUL_GRAFIK.g32(n))!;
    const rata = tabel.t36.sasaran.map((s) => s.rataRata);
    expect(g.angka.map((b) => b[0])).toEqual(
      rata.map((r) => (typeof r === "number" ? expect.closeTo(r, 9) : expect.anything())),
    );
  });
});

describe("a catalog of 60 indicators in LibreOffice", () => {
  const katalog = katalogLkjip({ awal: 2024, akhir: 2026 });
  const contoh = barisKatalog(katalog).map((b) => b.indikator);
  katalog.tujuan = [
    {
      nama: "Tujuan 1",
      sasaran: Array.from({ length: 6 }, (_, s) => ({
        nama: `Sasaran ${s + 1}`,
        indikator: Array.from({ length: 10 }, (_, i) => ({
          ...contoh[i % contoh.length],
          kode: `IKU-${s}-${i}`,
        })),
      })),
    },
  ];
  const dir = join(KELUARAN, "banyak");
  let grafik: GrafikOds[];
  let lk: ExcelJS.Worksheet;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "masuk"), { recursive: true });
    const masuk = await tulisXlsx(
      buatRencana(katalog, NAMA_DASAR, { tahunAktif: 2025 }),
      join(dir, "masuk", "banyak.xlsx"),
    );
    grafik = bacaGrafikOds(recalc(masuk, dir, "ods"));
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(masuk);
    lk = buku.getWorksheet("LKjIP")!;
  });

  it("draws the first 40 indicators on Grafik 3.1 and the Dashboard's chart, the 6 sasaran on Grafik 3.2", () => {
    const baris = (r: string) => {
      const [a, b] = r.split(":").map((x) => Number(/(\d+)$/.exec(x)![1]));
      return b - a + 1;
    };
    const per = new Map(grafik.map((g) => [g.judul, g.seri.map((x) => baris(x.nilai))]));
    expect(per.get(JUDUL_GRAFIK.g31(2025))).toEqual([BATAS_BATANG_GRAFIK, BATAS_BATANG_GRAFIK]);
    expect(per.get(JUDUL_GRAFIK.g32(2025))).toEqual([6, 6]);
    expect(per.get("CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025")).toEqual([BATAS_BATANG_GRAFIK]);
    expect(grafik.find((g) => g.judul === JUDUL_GRAFIK.g31(2025))!.angka).toHaveLength(BATAS_BATANG_GRAFIK);
  });

  it("says under Grafik 3.1 that it draws 40 of 60", () => {
    const catatan: string[] = [];
    lk.eachRow((r) => {
      const v = r.getCell(1).value;
      if (typeof v === "string" && v.startsWith("Grafik 3.1 memuat")) catatan.push(v);
    });
    expect(catatan).toEqual([CATATAN_GRAFIK_TERBATAS.g31(40, 60)]);
  });
});
