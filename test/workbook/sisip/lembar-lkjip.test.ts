import {
  CATATAN_METODE,
  JUDUL_TABEL,
  KOLOM_31,
  KOLOM_32,
  KOLOM_33,
  KOLOM_34,
  KOLOM_35,
  KOLOM_ANGGARAN,
} from "../../../src/domain/judul-lkjip";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../src/domain/types";
import { uraiSel } from "../../../src/workbook/alamat";
import { FORMAT_RUPIAH } from "../../../src/workbook/sisip/format-angka";
import { tahunLaporan } from "../../../src/workbook/sisip/konteks-lembar";
import { skalaLebarHalaman } from "../../../src/workbook/kepala-halaman";
import { NAMA_DASAR, RencanaLembar, Sel, adalahRumus, selRumus } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { rumusSalin } from "../../../src/workbook/rumus";
import {
  rumusCapaianProgram,
  rumusMenurutJenis,
  rumusSerapan,
} from "../../../src/workbook/sisip/rumus-lkjip";
import { nilai } from "./nilai-rencana";

/** Every (address, value) a sheet's blocks write. */
function semuaSel(lembar: RencanaLembar): Array<[number, number, Sel]> {
  return lembar.blok.flatMap((b) => {
    const a = uraiSel(b.alamat);
    return b.nilai.flatMap((d, i) => d.map((v, j): [number, number, Sel] => [a.baris + i, a.kolom + j, v]));
  });
}

/** The row whose column A holds `teks`, and the texts of the row under it (blanks under a merged header left out). */
function tabelDi(lembar: RencanaLembar, teks: string): { baris: number; kepala: Sel[] } {
  const sel = semuaSel(lembar);
  const judul = sel.find(([, k, v]) => k === 1 && v === teks);
  if (!judul) throw new Error(`${teks} tidak ada`);
  const kepala = sel.filter(([r, , v]) => r === judul[0] + 1 && v !== null).map(([, , v]) => v);
  return { baris: judul[0], kepala };
}

const katalog: Katalog = {
  ...KATALOG_BAWAAN,
  program: [
    { kode: "P01", nama: "Program Koperasi", indikator: ["IKU-01", "IKU-02"], pagu: { 2025: 1.5e9 } },
  ],
};
const nama = { ...NAMA_DASAR, iku: "IKU (2)", anggaran: "Anggaran (3)" };
const lembarUntuk = (tahunAktif: number) => {
  const r = buatRencana(katalog, nama, { tahunAktif }).lembar;
  const dgn = (n: string) => r.find((l) => l.nama === n)!;
  return { anggaran: dgn(nama.anggaran), lkjip: dgn(nama.lkjip), pk: dgn(nama.pk) };
};
const { anggaran, lkjip, pk } = lembarUntuk(2025);

describe("the LKjIP sheet", () => {
  it.each([
    [JUDUL_TABEL.t31(2025), KOLOM_31(2025)],
    [JUDUL_TABEL.t32, KOLOM_32(2025, 2024)],
    [JUDUL_TABEL.t33, KOLOM_33(2025)],
    [JUDUL_TABEL.t34, KOLOM_34(2025)],
    [JUDUL_TABEL.t35, KOLOM_35(2025)],
  ])("has %s with exactly the contract's headers", (judul, kepala) => {
    expect(tabelDi(lkjip, judul).kepala).toEqual(kepala);
  });

  it("gives Tabel 3.5's typed columns two sheet columns each, header and rows merged", () => {
    const { baris } = tabelDi(lkjip, JUDUL_TABEL.t35);
    for (const r of [baris + 1, baris + 2, baris + 11])
      expect(lkjip.gabung).toEqual(expect.arrayContaining([`D${r}:E${r}`, `F${r}:G${r}`, `H${r}:I${r}`]));
    expect(nilai(lkjip, `F${baris + 1}`)).toBe("Faktor Penghambat");
  });

  it("heads the year before Kondisi Awal in the period's first year, and reads the baseline", () => {
    const awal = lembarUntuk(2024).lkjip;
    const { baris, kepala } = tabelDi(awal, JUDUL_TABEL.t32);
    expect(kepala).toEqual(KOLOM_32(2024, 2024));
    expect(nilai(awal, `C${baris + 2}`)).toEqual(selRumus(rumusSalin("'IKU (2)'!H6")));
  });

  it("puts each method note under its table", () => {
    for (const [judul, catatan] of [
      [JUDUL_TABEL.t31(2025), CATATAN_METODE.t31],
      [JUDUL_TABEL.t35, CATATAN_METODE.t35],
    ]) {
      const { baris } = tabelDi(lkjip, judul);
      expect(nilai(lkjip, `A${baris + 2 + 10}`)).toBe(catatan);
    }
  });

  it("reads Jenis Target from the row's own cell, defaulting by the aggregation", () => {
    const { baris } = tabelDi(lkjip, JUDUL_TABEL.t33);
    const r = baris + 2;
    expect([0, 2, 8].map((i) => nilai(lkjip, `C${r + i}`))).toEqual(["Absolut", "Kumulatif", "Kumulatif"]);
    expect(nilai(lkjip, `D${r}`)).toEqual(
      selRumus(rumusMenurutJenis(`C${r}`, "'IKU (2)'!K6", "'IKU (2)'!I6:K6", 3)),
    );
    expect(nilai(lkjip, `E${r}`)).toEqual(
      selRumus(rumusMenurutJenis(`C${r}`, "'IKU (2)'!M6", "'IKU (2)'!L6:M6", 2)),
    );
    expect(nilai(lkjip, `F${r}`)).toEqual(
      selRumus(
        `IF(OR(E${r}="",D${r}=""),"",IF(AND(COUNT(E${r},D${r})=2,OR('IKU (2)'!G6={"","positif","+","naik"})),` +
          `IF(N(D${r})>0,MAX(0,E${r}/D${r}),NA()),NA()))`,
      ),
    );
  });

  it("averages the linked indicators' capaian of Tabel 3.1 by the IKU codes, one row per Anggaran row", () => {
    const t31 = tabelDi(lkjip, JUDUL_TABEL.t31(2025)).baris + 2;
    const { baris } = tabelDi(lkjip, JUDUL_TABEL.t34);
    const r = baris + 2;
    expect(nilai(lkjip, `G${r}`)).toEqual(
      selRumus(rumusCapaianProgram(`C${r}`, "'IKU (2)'!D6:D15", `G${t31}:G${t31 + 9}`)),
    );
    expect(nilai(lkjip, `B${r}`)).toEqual(selRumus(rumusSalin("'Anggaran (3)'!C6")));
    expect(nilai(lkjip, `A${r + 14}`)).toBe(15);
  });

  it("leaves the analysis of Tabel 3.5 to the planner", () => {
    const r = tabelDi(lkjip, JUDUL_TABEL.t35).baris + 2;
    expect(["D", "E", "F"].map((k) => nilai(lkjip, `${k}${r}`))).toEqual([null, null, null]);
  });

  it.each([
    [2025, 2025],
    [2030, 2026],
    [2020, 2024],
  ])("reports on %i as %i when the Renstra period is 2024–2026", (aktif, n) => {
    expect(tahunLaporan(KATALOG_BAWAAN, aktif)).toBe(n);
  });

  it("keeps to a shorter Renstra period", () => {
    const k: Katalog = { ...katalog, periode: { awal: 2025, akhir: 2026 } };
    const l = buatRencana(k, NAMA_DASAR, { tahunAktif: 2024 }).lembar.find((x) => x.nama === "LKjIP")!;
    expect(tabelDi(l, JUDUL_TABEL.t31(2025)).kepala).toEqual(KOLOM_31(2025));
    expect(nilai(l, "A3")).toBe("Periode Renstra 2025–2026");
  });
});

describe("the Anggaran sheet", () => {
  it("has the contract's headers, the catalog's programs, then empty rows: 15 in all", () => {
    expect(
      [5].flatMap((r) =>
        semuaSel(anggaran)
          .filter(([b]) => b === r)
          .map(([, , v]) => v),
      ),
    ).toEqual(KOLOM_ANGGARAN([2024, 2025, 2026]));
    expect(["A6", "B6", "C6", "D6", "H6"].map((a) => nilai(anggaran, a))).toEqual([
      1,
      "P01",
      "Program Koperasi",
      "IKU-01, IKU-02",
      1.5e9,
    ]);
    expect(nilai(anggaran, "C7")).toBeNull();
    expect(nilai(anggaran, "A20")).toBe(15);
    expect(nilai(anggaran, "A21")).toBeUndefined();
    expect(nilai(anggaran, "J6")).toEqual(selRumus(rumusSerapan("I6", "H6")));
  });

  it("takes numbers only in the money cells, shown in rupiah", () => {
    expect(anggaran.validasi.map((v) => v.alamat)).toEqual(["E6:F20", "H6:I20", "K6:L20"]);
    expect(anggaran.format.find((f) => f.alamat === "H6:I20")?.gaya.formatAngka).toBe(FORMAT_RUPIAH);
  });
});

describe("the PK sheet", () => {
  it("is titled for the year, names the parties' positions and prints on portrait", () => {
    expect(nilai(pk, "A1")).toBe("PERJANJIAN KINERJA TAHUN 2025");
    expect([nilai(pk, "C7"), nilai(pk, "C11")]).toEqual([
      "Kepala Dinas KUKMPERINDAG Kabupaten Penajam Paser Utara",
      "Bupati Penajam Paser Utara",
    ]);
    expect([nilai(pk, "C6"), nilai(pk, "C10")]).toEqual([null, null]);
    // Two pages, each signed: the agreement, then from row 25 its lampiran. A fixed scale, as the
    // page break would be ignored under "fit to page".
    expect(pk.cetak).toEqual({
      orientasi: "potret",
      pasLebarHalaman: false,
      skala: skalaLebarHalaman(pk.lebarKolom, "potret"),
      putusSebelum: [25],
      kakiHalaman: "Halaman &P dari &N",
    });
    expect(nilai(pk, "A25")).toBe("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025");
  });

  it("signs both pages with the names typed once at the top", () => {
    const nama = [selRumus(rumusSalin("C6")), selRumus(rumusSalin("C10"))].map((v) => JSON.stringify(v));
    const tandaTangan = semuaSel(pk).filter(([, , v]) => nama.includes(JSON.stringify(v)));
    expect(tandaTangan.map(([r]) => r).sort((a, b) => a - b)).toEqual([23, 23, 64, 64]);
  });

  it("reads target N from IKU and pagu N from Anggaran", () => {
    expect(
      semuaSel(pk)
        .filter(([r]) => r === 28)
        .map(([, , v]) => v),
    ).toEqual(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2025"]);
    expect(nilai(pk, "E29")).toEqual(selRumus(rumusSalin("'IKU (2)'!J6")));
    expect(nilai(pk, "B40")).toBe("Program");
    expect(nilai(pk, "E41")).toEqual(selRumus(rumusSalin("'Anggaran (3)'!H6")));
  });
});

describe("every sheet of the plan", () => {
  const semua = buatRencana(katalog, nama, { tahunAktif: 2026 }).lembar;
  const baru = semua.slice(4);

  // The shared CAPAIAN rule (Tabel 3.3 applies the IKU sheet's) is the one longer formula.
  it.each(baru.map((l) => [l.nama, l] as const))(
    "%s keeps its own formulas within 200 characters",
    (_, l) => {
      const panjang = semuaSel(l)
        .map(([, , v]) => v)
        .filter(adalahRumus)
        .filter((v) => !v.rumus.includes("MAX(0,"))
        .map((v) => v.rumus.length);
      expect(panjang.length).toBeGreaterThan(0);
      expect(Math.max(...panjang)).toBeLessThanOrEqual(200);
    },
  );

  it.each(semua.map((l) => [l.nama, l] as const))("%s writes no text that looks like a formula", (_, l) => {
    const teks = semuaSel(l)
      .map(([, , v]) => v)
      .filter((v): v is string => typeof v === "string");
    expect(teks.filter((t) => /^[=+@]/.test(t))).toEqual([]);
  });
});
