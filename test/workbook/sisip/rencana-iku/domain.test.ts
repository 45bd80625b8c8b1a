// The formulas of a real inserted workbook (the built-in catalog's plan, written by bukuXlsx and
// filled in), computed by the test evaluator, against the domain: IKU capaian, predikat and
// flags, and tables 3.1–3.5 of the LKjIP sheet against hitungLkjip, as test/e2e/lkjip.e2e.ts does
// through LibreOffice.
import { hitungCapaian, tercapai } from "../../../../src/domain/capaian";
import { agregat } from "../../../../src/domain/agregat";
import { adalahGalat } from "../../../../src/domain/galat";
import { hitungLkjip, NilaiLaporan, TabelLkjip } from "../../../../src/domain/lkjip";
import { predikat } from "../../../../src/domain/predikat";
import { barisKatalog } from "../../../../src/domain/types";
import { dataDariBuku } from "../../../../src/laporan/baca-buku";
import { bacaLewatPembaca } from "../../../laporan/buku-laporan";
import { sel } from "../../../../src/workbook/alamat";
import { NAMA_DASAR } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { tataLetakIku, tataLetakTriwulan } from "../../../../src/workbook/sisip/tata-letak";
import { capaianSdTw, cekTargetTw, statusTw } from "../../../../src/domain/triwulan";
import { bukuLkjipTerisi, katalogLkjip, REALISASI_LKJIP } from "../lkjip-terisi";
import { bukuDariExcelJs } from "../../../penilai/dari-exceljs";
import { TRIWULAN } from "../../../penilai/kasus";
import { KOSONG_SEL, Skalar, adalahGalatX, tampil } from "../../../penilai/nilai";

/** The formula's value agrees with the domain's: the number, "" for blank, an error for a Galat. */
function sama(aktual: Skalar, harapan: NilaiLaporan | string | null): boolean {
  if (typeof harapan === "number") return typeof aktual === "number" && Math.abs(aktual - harapan) < 1e-9;
  // A table cell left without formula (no year before N) is blank, as the domain's "".
  if (harapan === null || harapan === "") return aktual === "" || aktual === KOSONG_SEL;
  if (adalahGalat(harapan)) return adalahGalatX(aktual);
  return aktual === harapan;
}

describe("the IKU sheet of the built-in catalog agrees with the domain", () => {
  const katalog = katalogLkjip({ awal: 2024, akhir: 2026 });
  const tata = tataLetakIku(katalog);
  const buku = bukuDariExcelJs(bukuLkjipTerisi(katalog, 2025));
  const baris = barisKatalog(katalog);
  // The two rules over the capaian cells, anchored at the first; computed at each cell's offset.
  const ATURAN_CAPAIAN = buatRencana(katalog, NAMA_DASAR, {
    tahunAktif: 2025,
  }).lembar[0].formatBersyarat.filter((f) => f.alamat.startsWith(`${sel(tata.capaian(0), tata.barisAwal)}:`));

  it("has the missed and the met rule on the capaian cells", () => expect(ATURAN_CAPAIAN).toHaveLength(2));

  it.each(baris.flatMap((b, i) => tata.tahun.map((y, t) => [b.indikator.kode, y, i, t] as const)))(
    "%s %i: capaian, predikat and the cell's flags",
    (_kode, y, i, t) => {
      const ind = baris[i].indikator;
      const r = REALISASI_LKJIP[i][t];
      const a = (k: number) => sel(k, tata.baris(i));
      const c = buku.nilai("IKU", a(tata.capaian(t)));
      const h = r === null ? "" : hitungCapaian(r, ind.target[String(y)]!, ind.polaritas);
      expect(sama(c, h)).toBe(true);
      expect(buku.nilai("IKU", a(tata.predikat(t)))).toBe(typeof c === "number" ? predikat(c) : "");
      const aturan = ATURAN_CAPAIAN.map((f) => buku.hitung(f.rumus, "IKU", i, t));
      expect(aturan).toEqual([typeof c === "number" && !tercapai(c), typeof c === "number" && tercapai(c)]);
    },
  );
});

describe("the Triwulan sheet of the built-in catalog agrees with AGREGAT and the quarter's domain", () => {
  const katalog = katalogLkjip({ awal: 2024, akhir: 2026 });
  const wb = bukuLkjipTerisi(katalog, 2025);
  const ws = wb.getWorksheet("Triwulan")!;
  const baris = barisKatalog(katalog);
  const tw = tataLetakTriwulan(katalog);
  katalog.tahun.forEach((_, t) =>
    expect(ws.getCell(tw.barisKepala + 1, tw.realisasiTw(t, 0)).value).toBe("Realisasi TW I"),
  );
  // Each indicator and year gets one of the quarter rows of the comparison's cases, and one plan, in turn.
  const k = (i: number, t: number) => i * katalog.tahun.length + t;
  const masukan = (i: number, t: number) => TRIWULAN[k(i, t) % TRIWULAN.length];
  const rencana = (i: number, t: number): (number | null)[] => {
    const ind = baris[i].indikator;
    const a = ind.target[String(katalog.tahun[t])]!;
    const pas = { jumlah: [0.1, 0.2, 0.3, 0.4], akhir: [0.5, 0.7, 0.9, 1], "rata-rata": [0.9, 1, 1.1, 1] }[
      ind.agregasi
    ];
    const pilihan = [
      pas.map((x) => x * a),
      [a, a, a, a / 2],
      [0, 0, 0, a],
      [a, null, a, a],
      [null, null, null, null],
    ];
    return pilihan[k(i, t) % pilihan.length];
  };
  baris.forEach((_, i) =>
    katalog.tahun.forEach((_, t) =>
      [0, 1, 2, 3].forEach((q) => {
        ws.getCell(tw.baris(i), tw.realisasiTw(t, q)).value = masukan(i, t)[q];
        ws.getCell(tw.baris(i), tw.targetTw(t, q)).value = rencana(i, t)[q];
      }),
    ),
  );
  const buku = bukuDariExcelJs(wb);

  it.each(baris.flatMap((b, i) => katalog.tahun.map((y, t) => [b.indikator.kode, y, i, t] as const)))(
    "%s %i: the year's value, the target and capaian to date and the fit of the plan",
    (_kode, y, i, t) => {
      const ind = baris[i].indikator;
      const r = tw.baris(i);
      const nilai = buku.nilai("Triwulan", sel(tw.realisasi(t), r));
      const h = agregat([masukan(i, t)], ind.agregasi);
      const tegas = masukan(i, t).every((x) => typeof x === "number" || x === null);
      // A number typed as text may be an error in the sheet, never another number.
      expect(sama(nilai, h) || (!tegas && adalahGalatX(nilai))).toBe(true);
      const sd = capaianSdTw(masukan(i, t), rencana(i, t), ind.agregasi, ind.polaritas, true);
      const targetSd = buku.nilai("Triwulan", sel(tw.targetSd(t), r));
      const capaian = buku.nilai("Triwulan", sel(tw.capaian(t), r));
      if (sd.keadaan === "belum") expect([targetSd, capaian]).toEqual(["", ""]);
      else if (sd.keadaan === "galat") {
        expect(adalahGalatX(capaian)).toBe(true);
        if (sd.sebab === "target") expect(adalahGalatX(targetSd)).toBe(true);
      } else {
        expect(sama(targetSd, sd.target)).toBe(true);
        expect(sama(capaian, sd.capaian)).toBe(true);
      }
      const cek = buku.nilai("Triwulan", sel(tw.cekTarget(t), r));
      expect(cek).toBe(cekTargetTw(rencana(i, t), ind.target[String(y)]!, ind.agregasi));
    },
  );

  it.each(baris.map((b, i) => [b.indikator.kode, i] as const))(
    "%s: the Rencana Aksi for 2025 shows the year's quarters and the status statusTw gives",
    (_kode, i) => {
      const t = katalog.tahun.indexOf(2025);
      const ind = baris[i].indikator;
      const r = 6 + i;
      const h = capaianSdTw(masukan(i, t), rencana(i, t), ind.agregasi, ind.polaritas, true);
      expect(buku.nilai("Rencana Aksi", `S${r}`)).toBe(statusTw(h));
      const c = buku.nilai("Rencana Aksi", `R${r}`);
      if (h.keadaan === "ada") expect(sama(c, h.capaian)).toBe(true);
      else expect(h.keadaan === "belum" ? c === "" : adalahGalatX(c)).toBe(true);
      expect(buku.nilai("Rencana Aksi", `E${r}`)).toBe(ind.target["2025"]);
    },
  );

  it("covers every state of the quarter", () => {
    const keadaan = baris.flatMap((b, i) =>
      katalog.tahun.map((_, t) => {
        const h = capaianSdTw(
          masukan(i, t),
          rencana(i, t),
          b.indikator.agregasi,
          b.indikator.polaritas,
          true,
        );
        return h.keadaan === "galat"
          ? h.sebab
          : h.keadaan === "ada" && h.capaian === ""
            ? "tanpa rencana"
            : h.keadaan;
      }),
    );
    expect(new Set(keadaan)).toEqual(new Set(["belum", "ada", "tanpa rencana", "target", "realisasi"]));
  });
});

describe.each([
  [2025, 2024],
  [2026, 2024],
  [2024, 2024],
])("the LKjIP sheet for %i (Renstra from %i) agrees with hitungLkjip", (n, awal) => {
  const katalog = katalogLkjip({ awal, akhir: 2026 });
  const wb = bukuLkjipTerisi(katalog, n);
  let tabel: TabelLkjip;
  beforeAll(async () => {
    const data = dataDariBuku(await bacaLewatPembaca(wb));
    if (!data.ok) throw new Error(data.pesan.join("\n"));
    tabel = hitungLkjip(data.data, n);
  });
  const buku = bukuDariExcelJs(wb);
  const lk = wb.getWorksheet("LKjIP")!;
  /** The first data row of the table whose title starts with `awalan`. */
  const barisData = (awalan: string): number => {
    for (let r = 1; r <= lk.rowCount; r++)
      if (String(lk.getCell(r, 1).value ?? "").startsWith(awalan)) return r + 2;
    throw new Error(`${awalan} tidak ada`);
  };

  it.each<[string, keyof TabelLkjip, [number, string][]]>([
    [
      "Tabel 3.1",
      "t31",
      [
        [5, "target"],
        [6, "realisasi"],
        [7, "capaian"],
        [8, "predikat"],
      ],
    ],
    [
      "Tabel 3.2",
      "t32",
      [
        [3, "realisasiLalu"],
        [4, "realisasi"],
        [5, "capaianLalu"],
        [6, "capaian"],
        [7, "perubahan"],
        [8, "keterangan"],
      ],
    ],
    [
      "Tabel 3.3",
      "t33",
      [
        [4, "targetAkhir"],
        [5, "realisasiSampai"],
        [6, "capaian"],
      ],
    ],
    ["Tabel 3.5", "t35", [[3, "capaian"]]],
  ])("%s", (awalan, kunci, kolom) => {
    const a = barisData(awalan);
    const salah: string[] = [];
    (tabel[kunci] as unknown as Record<string, NilaiLaporan>[]).forEach((b, i) =>
      kolom.forEach(([k, medan]) => {
        const v = buku.nilai("LKjIP", sel(k, a + i));
        if (!sama(v, b[medan]))
          salah.push(`baris ${i + 1} ${medan}: rumus ${tampil(v)}, domain ${JSON.stringify(b[medan])}`);
      }),
    );
    expect(salah).toEqual([]);
  });

  it("Tabel 3.4, one row per named program", () => {
    const a = barisData("Tabel 3.4");
    const terisi: number[] = [];
    for (let r = a; /^\d+$/.test(String(lk.getCell(r, 1).value ?? "")); r++)
      if (buku.nilai("LKjIP", sel(2, r)) !== "") terisi.push(r);
    expect(terisi).toHaveLength(tabel.t34.length);
    const salah: string[] = [];
    tabel.t34.forEach((b, i) => {
      const kolom: [number, NilaiLaporan | string | null][] = [
        [4, b.pagu],
        [5, b.realisasiAnggaran],
        [6, b.serapan],
        [7, b.capaianKinerja],
        [8, b.efisiensi],
        [9, b.keterangan],
      ];
      for (const [k, h] of kolom) {
        const v = buku.nilai("LKjIP", sel(k, terisi[i]));
        if (!sama(v, h))
          salah.push(`${b.program} kolom ${k}: rumus ${tampil(v)}, domain ${JSON.stringify(h)}`);
      }
    });
    expect(salah).toEqual([]);
  });
});
