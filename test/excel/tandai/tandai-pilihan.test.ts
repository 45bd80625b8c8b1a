/**
 * Tandai Capaian, Hapus Tanda, manual ranges and Ubah jadi angka on the emulator: Microsoft's Excel
 * client library answered by the workbook model. Syncs and bytes are what the library sent.
 */
import { hapusDalam } from "../../../src/excel/tandai/hapus";
import { tandaiManualDalam } from "../../../src/excel/tandai/manual";
import { tandaiDalam } from "../../../src/excel/tandai/tandai-pilihan";
import { pilihSelDalam, ubahJadiAngkaDalam } from "../../../src/excel/tandai/ubah-angka";
import { hurufKolom, uraiSel } from "../../../src/workbook/alamat";
import { rumusBertanda, rumusMeleset } from "../../../src/workbook/rumus";
import { PENANDA_TANDA } from "../../../src/workbook/tandai/tanda";
import { Kotak, uraiAlamat } from "../../emulator/alamat";
import { Lembar } from "../../emulator/model";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";
import { KORPUS } from "../../workbook/tandai/korpus";
import { aturan, excelBesar, ketik, kisiTeks, pilih } from "./buku-tandai";

const LEMBAR = "IKU 2025";

/** Every layout sits at B3 so addresses are shifted by one column and two rows. */
const geser = (a: string) => {
  const { kolom, baris } = uraiSel(a);
  return `${hurufKolom(kolom + 1)}${baris + 2}`;
};

function excelDengan(nama: string): { excel: ExcelEmulator; alamat: string } {
  const t = KORPUS.find((x) => x.nama === nama)!;
  const lebar = Math.max(...t.kisi.map((b) => b.length));
  const alamat = `B3:${hurufKolom(lebar + 1)}${t.kisi.length + 2}`;
  const excel = buatExcel({ lembar: { [LEMBAR]: kisiTeks(t.kisi, 2, 1) }, pilihan: `'${LEMBAR}'!${alamat}` });
  return { excel, alamat };
}

const iku = (excel: ExcelEmulator): Lembar => excel.model.lembar(LEMBAR);
/** The sheet's cells, number formats and fills, to show nothing of the user's changed. */
const isiPengguna = (l: Lembar) =>
  JSON.stringify([
    [...l.sel].map(([b, r]) => [b, [...r]]),
    [...l.formatAngka].map(([b, r]) => [b, [...r]]),
    l.gaya,
  ]);

const diterima = KORPUS.filter((t) => !("tolak" in t.harapan));

describe("tandaiDalam on the corpus", () => {
  it.each(diterima.map((t) => [t.nama, t] as const))(
    "flags the misses of %s in two syncs, and a second run adds nothing",
    async (nama, t) => {
      const h = t.harapan as { meleset: string[]; pasangan: unknown[]; teks: string[] };
      const { excel } = excelDengan(nama);
      const hasil = await excel.run(tandaiDalam);
      if (!hasil.ok) throw new Error(hasil.alasan.id);
      expect(excel.terakhir().syncs).toBe(2);
      expect(hasil.ditambah).toBe(h.pasangan.length);
      expect(iku(excel).bersyarat).toHaveLength(h.pasangan.length);
      const meleset = hasil.butir.filter((b) => b.status === "Tidak Tercapai").map((b) => b.alamat);
      expect(meleset.sort()).toEqual(h.meleset.map(geser).sort());
      expect(hasil.teks.map((s) => s.alamat).sort()).toEqual(h.teks.map(geser).sort());

      const sebelum = JSON.stringify(iku(excel).bersyarat);
      const lagi = await excel.run(tandaiDalam);
      expect(lagi.ok && [lagi.ditambah, lagi.diganti]).toEqual([0, 0]);
      expect(excel.terakhir().syncs).toBe(2);
      expect(JSON.stringify(iku(excel).bersyarat)).toBe(sebelum);
    },
  );

  it.each(KORPUS.filter((t) => "tolak" in t.harapan).map((t) => [t.nama] as const))(
    "refuses %s without writing anything",
    async (nama) => {
      const { excel } = excelDengan(nama);
      const sebelum = isiPengguna(iku(excel));
      const hasil = await excel.run(tandaiDalam);
      expect(hasil.ok).toBe(false);
      expect(iku(excel).bersyarat).toEqual([]);
      expect(isiPengguna(iku(excel))).toBe(sebelum);
      expect(excel.terakhir().syncs).toBeLessThanOrEqual(2);
    },
  );

  it("takes the table around a single selected cell", async () => {
    const { excel } = excelDengan("bahasa-inggris");
    pilih(excel, LEMBAR, "D5");
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok && hasil.butir.map((b) => b.alamat)).toEqual(["F4", "F5", "F6", "F7"]);
    expect(aturan(excel, LEMBAR).map((a) => a.alamat)).toEqual(["F4:F7"]);
  });

  it.each([
    ["a range beside the table", "J20:L25"],
    ["one empty cell beside the table", "J20"],
    ["whole columns beside the table", "J:L"],
  ])("says the selection holds no data for %s, in two syncs, writing nothing", async (_, pilihan) => {
    const { excel } = excelDengan("bahasa-inggris");
    pilih(excel, LEMBAR, pilihan);
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok || hasil.alasan.id).toMatch(/^Pilihan tidak berisi data/);
    expect(excel.terakhir().syncs).toBeLessThanOrEqual(2);
    expect(iku(excel).bersyarat).toEqual([]);
  });

  it.each(["A1:D10", "A1:XFD1048576"])("says a blank sheet holds no data, %s selected", async (alamat) => {
    const excel = buatExcel({ lembar: { Kosong: [] }, pilihan: `Kosong!${alamat}` });
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok || hasil.alasan.id).toMatch(/^Pilihan tidak berisi data/);
    expect(excel.terakhir().totalResponseBytes).toBeLessThan(5_000);
  });

  it("trims a whole-sheet selection to the used cells", async () => {
    const { excel } = excelDengan("bahasa-inggris");
    pilih(excel, LEMBAR, "A1:XFD1048576");
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok && hasil.butir.map((b) => b.alamat)).toEqual(["F4", "F5", "F6", "F7"]);
    // The top rows of the sheet-wide region once cost 2 MB (temuan.test.ts).
    expect(excel.terakhir().totalResponseBytes).toBeLessThan(20_000);
  });

  it("replaces its own stale flag when the table grew, and keeps the count", async () => {
    const { excel } = excelDengan("bahasa-inggris");
    await excel.run(tandaiDalam);
    ketik(excel, LEMBAR, "B8:F8", [[5, "Indeks Baru", "Indeks", 80, 70]]);
    pilih(excel, LEMBAR, "B3:G8");
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok && [hasil.ditambah, hasil.diganti]).toEqual([1, 1]);
    expect(aturan(excel, LEMBAR).map((a) => a.alamat)).toEqual(["F4:F8"]);
  });
});

describe("nothing of the user's is lost", () => {
  it("keeps the user's own rule, values, number formats and fills through tandai and hapus", async () => {
    const { excel } = excelDengan("polaritas-turun");
    const l = iku(excel);
    const f4 = uraiAlamat("F4");
    l.tulis(f4, [[0.4]], false);
    l.tulisFormatAngka(f4, [["0.0%"]]);
    l.aturGaya(f4, "fill.color", "#FFFF00");
    l.tambahAturan(uraiAlamat("F4:F8"), "CellValue");
    l.tambahAturan(uraiAlamat("E4:E8"), "Custom").rumus = "=E4>0.5";
    const milikPengguna = l.bersyarat.map((a) => a.id);
    const sebelum = isiPengguna(l);
    await excel.run(tandaiDalam);
    expect(l.bersyarat).toHaveLength(3);
    const hapus = await excel.run(hapusDalam);
    expect(hapus).toEqual({ ok: true, lembar: LEMBAR, dihapus: 1 });
    // The rules, our rule's range with its scoped collection, the deletion.
    expect(excel.terakhir().syncs).toBe(3);
    expect(l.bersyarat.map((a) => a.id)).toEqual(milikPengguna);
    expect(isiPengguna(l)).toBe(sebelum);
  });

  it("counts only the cells that really became numbers: a Text-formatted cell keeps text", async () => {
    const { excel } = excelDengan("angka-teks");
    const l = iku(excel);
    l.tulisFormatAngka(uraiAlamat("D4"), "@");
    l.tulis(uraiAlamat("D4"), [["41%"]], false);
    const hasil = await excel.run(tandaiDalam);
    if (!hasil.ok) throw new Error("ditolak");
    ketik(excel, LEMBAR, "E4", [["diubah pengguna"]]);
    const n = await excel.run((ctx) => ubahJadiAngkaDalam(ctx, hasil.lembar, hasil.teks));
    expect(n).toBe(hasil.teks.length - 2);
    expect(excel.terakhir().syncs).toBe(2);
    expect(l.nilai("D4")).toEqual([["0.41"]]);
    expect(l.format(3, 3)).toBe("@");
    expect(l.nilai("E4")).toEqual([["diubah pengguna"]]);
    expect(l.nilai("E8")).toEqual([[1234]]);
    expect(l.nilai("C4")).toEqual([["Persentase Peningkatan Koperasi Aktif"]]);
  });
});

describe("manual target and realisation ranges", () => {
  const data = (kisi: unknown[][], alamat = "A1") =>
    buatExcel({ lembar: { Data: kisiTeks(kisi) }, pilihan: `Data!${alamat}` });
  const manual = (excel: ExcelEmulator, t: string, r: string) =>
    excel.run((ctx) => tandaiManualDalam(ctx, { lembar: "Data", alamat: t }, { lembar: "Data", alamat: r }));

  it("flags the realisation range against the target range in two syncs", async () => {
    const excel = data([
      [10, 9],
      [5, 5],
      [8, ""],
      [4, 3],
    ]);
    const hasil = await manual(excel, "A1:A4", "B1:B4");
    expect(excel.terakhir().syncs).toBe(2);
    expect(hasil.ok && hasil.butir.map((b) => [b.alamat, b.status])).toEqual([
      ["B1", "Tidak Tercapai"],
      ["B2", "Tercapai"],
      ["B3", "Belum diisi"],
      ["B4", "Tidak Tercapai"],
    ]);
    expect(aturan(excel, "Data")).toEqual([
      {
        alamat: "B1:B4",
        jenis: "Custom",
        rumus: `=${rumusBertanda(rumusMeleset("B1", "A1", '"positif"'), PENANDA_TANDA)}`,
      },
    ]);
  });

  it("refuses ranges of different sizes", async () => {
    const excel = data([
      [10, 9],
      [5, 5],
    ]);
    const hasil = await manual(excel, "A1:A2", "B1:B3");
    expect(hasil.ok).toBe(false);
    expect(aturan(excel, "Data")).toEqual([]);
  });

  it("reads a whole column only over the used rows", async () => {
    const excel = data(
      kisiTeks(
        [
          ["Target", "Realisasi"],
          [10, 9],
          [5, 5],
          [8, 7],
        ],
        0,
        3,
      ),
      "D1",
    );
    const hasil = await manual(excel, "D:D", "E:E");
    expect(hasil.ok && hasil.butir.map((b) => [b.alamat, b.status])).toEqual([
      ["E2", "Tidak Tercapai"],
      ["E3", "Tercapai"],
      ["E4", "Tidak Tercapai"],
    ]);
    // Eight cells and the positions: read as D:D, one column alone would cost over 5 MB.
    expect(excel.terakhir().largestResponseBytes).toBeLessThan(2_000);
    expect(aturan(excel, "Data").map((a) => a.alamat)).toEqual(["E1:E4"]);
  });

  it("says a whole column outside the used cells holds no data", async () => {
    const excel = data([[10, 9]]);
    const hasil = await manual(excel, "H:H", "J:J");
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.alasan.id).toContain("tidak berisi data");
    expect(aturan(excel, "Data")).toEqual([]);
  });
});

describe("scale", () => {
  it.each([10, 10000])("flags %i rows in two syncs, reading only the needed columns", async (n) => {
    const { excel, alamat } = excelBesar(n);
    const hasil = await excel.run(tandaiDalam);
    expect(excel.terakhir().syncs).toBe(2);
    expect(hasil.ok && hasil.butir.length).toBe(2 * n);
    expect(aturan(excel, "Kinerja").map((a) => a.alamat)).toEqual([`J4:J${n + 3}`, `G4:G${n + 3}`]);
    // Top rows, then six of twelve columns (2 pairs, label, polarity): under what the table costs.
    const tabel = JSON.stringify(excel.model.lembar("Kinerja").nilai(alamat)).length;
    if (n === 10000) expect(excel.terakhir().totalResponseBytes).toBeLessThan(tabel * 0.75);
  });
});

describe("rules found by their current range", () => {
  /**
   * Rows inserted above the table: cells, rules and the names referring to them move (as Excel
   * moves every reference), the text of a rule does not.
   */
  function sisipBaris(excel: ExcelEmulator, l: Lembar, n: number) {
    const sel = [...l.sel];
    l.sel.clear();
    for (const [b, baris] of sel) l.sel.set(b + n, baris);
    const geserKotak = (k: Kotak) => ({ ...k, b0: k.b0 + n, b1: k.b1 + n });
    for (const a of l.bersyarat) a.kotak = a.kotak.map(geserKotak);
    for (const v of excel.model.nama.values()) {
      const r = excel.model.rujuk(v.rujukan);
      if (r.lembar === l) v.rujukan = `'${l.nama}'!${l.alamat(geserKotak(r.kotak))}`;
    }
  }

  it("sees a moved table as already flagged, adding and replacing nothing", async () => {
    const { excel } = excelDengan("bahasa-inggris");
    pilih(excel, LEMBAR, "B3:F7");
    await excel.run(tandaiDalam);
    const sebelum = iku(excel).bersyarat.length;
    sisipBaris(excel, iku(excel), 5);
    pilih(excel, LEMBAR, "B8:F12");
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok && [hasil.ditambah, hasil.diganti]).toEqual([0, 0]);
    expect(iku(excel).bersyarat).toHaveLength(sebelum);
    expect(excel.terakhir().syncs).toBe(2);
  });

  it("recognises a flag of an older version whose marker names its old range", async () => {
    const { excel } = excelDengan("bahasa-inggris");
    pilih(excel, LEMBAR, "B3:F7");
    await excel.run(tandaiDalam);
    for (const a of iku(excel).bersyarat) a.rumus = a.rumus!.replace('"IKU-Kinerja"', '"IKU-Kinerja A1:A2"');
    const hasil = await excel.run(tandaiDalam);
    expect(hasil.ok && [hasil.ditambah, hasil.diganti]).toEqual([0, 0]);
  });

  it("removes only its own rules where they overlap each other and the user's", async () => {
    const excel = buatExcel({ lembar: { Data: Array.from({ length: 8 }, (_, i) => [10, i]) } });
    const l = excel.model.lembar("Data");
    const milikPengguna = l.tambahAturan(uraiAlamat("B1:B8"), "Custom");
    milikPengguna.rumus = "=B1>5";
    for (const [t, r] of [
      ["A1:A4", "B1:B4"],
      ["A3:A8", "B3:B8"],
      ["A2:A2", "B2:B2"],
    ])
      await excel.run((ctx) =>
        tandaiManualDalam(ctx, { lembar: "Data", alamat: t }, { lembar: "Data", alamat: r }),
      );
    expect(l.bersyarat).toHaveLength(4);
    const hasil = await excel.run(hapusDalam);
    expect(hasil).toEqual({ ok: true, lembar: "Data", dihapus: 3 });
    expect(l.bersyarat).toEqual([milikPengguna]);
    expect(excel.terakhir().syncs).toBe(3);
  });

  it("says there is nothing to remove in two syncs: the record, then the sheet's rules", async () => {
    const excel = buatExcel({ lembar: { Data: [] } });
    excel.model.lembar("Data").tambahAturan(uraiAlamat("B1:B8"), "Custom").rumus = "=B1>5";
    expect(await excel.run(hapusDalam)).toEqual({ ok: true, lembar: "Data", dihapus: 0 });
    expect(excel.terakhir().syncs).toBe(2);
    expect(excel.model.lembar("Data").bersyarat).toHaveLength(1);
  });
});

describe("inactive sheets", () => {
  it("activates the sheet before selecting a cell on it", async () => {
    const excel = buatExcel({ lembar: { Lain: [[1]], Data: [] }, aktif: "Lain" });
    await excel.run((ctx) => pilihSelDalam(ctx, "Data", "C7"));
    expect(excel.model.aktif?.nama).toBe("Data");
    const { lembar, kotak } = excel.model.pilihan!;
    expect([lembar.nama, lembar.alamat(kotak)]).toEqual(["Data", "C7"]);
  });
});
