/**
 * Periksa Renstra on the emulator: the inserted workbook's Renstra sheet, with rows a planner typed
 * afterwards, read through Microsoft's Excel client library; what it lists, and that it writes nothing.
 */
import { KOLOM_RENSTRA } from "../../../src/domain/renstra";
import { PESAN_TANPA_TABEL, periksaRenstraDalam } from "../../../src/excel/renstra/baca-renstra";
import { Lembar } from "../../emulator/model";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";
import { ketik, pilih } from "../tandai/buku-tandai";
import { barisSlot, bukuTersisip, ketikBaris } from "./buku-renstra";

/** Every sheet's cells, to show the check changed nothing. */
const isi = (excel: ExcelEmulator) =>
  JSON.stringify(excel.model.daftar.map((l: Lembar) => [l.nama, [...l.sel].map(([b, r]) => [b, [...r]])]));

/** Row r of the Renstra table: its 20 columns (three years). */
const baris = (r: number) => `A${r}:T${r}`;

/** The catalog row of a code on the sheet. */
const barisKode = (excel: ExcelEmulator, lembar: string, kode: string) =>
  excel.model
    .lembar(lembar)
    .nilai("A1:A200")
    .findIndex((b) => b[0] === kode) + 1;

describe("periksaRenstraDalam on the inserted workbook with typed rows", () => {
  it("lists each wrong row with its code, name, status and the wrong years' difference in rupiah", async () => {
    const { excel, lembar } = await bukuTersisip();
    const slot = barisSlot(excel, "Renstra");
    ketikBaris(excel, "Renstra", slot);
    const sebelum = isi(excel);
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx, { lembar }));
    if (!h.ok) throw new Error(h.alasan.id);
    const k = barisKode(excel, "Renstra", "2.17.03.2.01");
    expect(h.lembar).toBe("Renstra");
    expect(h.tahun).toEqual([2024, 2025, 2026]);
    expect(h.masalah).toEqual([
      {
        baris: k,
        alamat: baris(k),
        kode: "2.17.03.2.01",
        nama: "Pengembangan Usaha Mikro",
        status: "Tidak Sesuai",
        tahun: [{ tahun: 2026, sebab: "selisih", pagu: 100e6, selisih: -10e6 }],
      },
      {
        baris: slot + 1,
        alamat: baris(slot + 1),
        kode: "2.17.2",
        nama: "Program Salah Ketik",
        status: "Kode tidak dikenali",
        tahun: [],
      },
      {
        baris: slot + 2,
        alamat: baris(slot + 2),
        kode: "2.17.04.2.01",
        nama: "Kegiatan Tanpa Program",
        status: "Induk tidak ada",
        tahun: [],
      },
      {
        baris: slot + 3,
        alamat: baris(slot + 3),
        kode: "2.17.02.2.01.0002",
        nama: "Sub Kegiatan Pagu Teks",
        status: "",
        tahun: [{ tahun: 2024, sebab: "teks", pagu: "1.500.000.000", terbaca: 1.5e9 }],
      },
      {
        baris: slot + 4,
        alamat: baris(slot + 4),
        kode: "2.17.05",
        nama: "Program Pagu Negatif",
        status: "",
        tahun: [{ tahun: 2025, sebab: "negatif", pagu: -5e6 }],
      },
    ]);
    // Catalog rows plus the five typed ones.
    expect(h.diperiksa).toBe(5 + 5);
    expect(isi(excel)).toBe(sebelum);
    // The header search with the used range, then the four columns in one chunk; no write of any kind.
    expect(excel.terakhir().syncs).toBe(2);
    const aksi = excel.permintaan.slice(-2).flatMap((p) => p.Actions);
    expect(aksi.filter((a) => a.ActionType === 4)).toEqual([]);
  });

  it("finds nothing wrong in the catalog's own rows", async () => {
    const { excel, lembar } = await bukuTersisip();
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx, { lembar }));
    expect(h).toEqual({ ok: true, lembar: "Renstra", tahun: [2024, 2025, 2026], diperiksa: 5, masalah: [] });
  });

  it("finds the inserted sheet under its free name when a Renstra sheet already exists", async () => {
    const { excel, lembar } = await bukuTersisip({ Renstra: [["punya saya"]] });
    expect(lembar).toContain("Renstra (2)");
    ketikBaris(excel, "Renstra (2)", barisSlot(excel, "Renstra (2)"), [["2.17.2", "Salah", 1, 1, 1]]);
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx, { lembar }));
    expect(h.ok && [h.lembar, h.masalah.map((m) => m.kode)]).toEqual(["Renstra (2)", ["2.17.2"]]);
  });
});

describe("periksaRenstraDalam on demand", () => {
  const kepala = KOLOM_RENSTRA([2025, 2026]);
  /** A planner's own copy: header in row 3 from column B, a program and its one kegiatan. */
  const salinan = (paguKegiatan: unknown): unknown[][] => [
    ["Rencana program saya"],
    [],
    [null, ...kepala],
    [null, "2.17.02", null, "Program A", null, null, null, null, 100, null, 200],
    [null, "2.17.02.2.01", null, "Kegiatan A", null, null, null, null, 100, null, paguKegiatan],
  ];

  it("checks the active sheet's own copy of the table before the inserted sheet", async () => {
    const { excel } = await bukuTersisip();
    excel.model.tambah("Salinan");
    const lebar = kepala.length + 1;
    ketik(
      excel,
      "Salinan",
      "A1:R5",
      salinan(150).map((b) => [...b, ...new Array(lebar - b.length).fill(null)]),
    );
    pilih(excel, "Salinan", "A1");
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx));
    expect(h).toEqual({
      ok: true,
      lembar: "Salinan",
      tahun: [2025, 2026],
      diperiksa: 2,
      masalah: [
        {
          baris: 4,
          alamat: "B4:R4",
          kode: "2.17.02",
          nama: "Program A",
          status: "Tidak Sesuai",
          tahun: [{ tahun: 2026, sebab: "selisih", pagu: 200, selisih: -50 }],
        },
      ],
    });
  });

  it("looks through the other sheets when the active one holds no table", async () => {
    const { excel } = await bukuTersisip();
    pilih(excel, "IKU", "A1");
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx));
    expect(h.ok && h.lembar).toBe("Renstra");
  });

  it("stops with a clear message when no sheet holds the header", async () => {
    const excel = buatExcel({ lembar: { Data: [["Kode", "Tingkat", "Program"]] } });
    expect(await excel.run((ctx) => periksaRenstraDalam(ctx))).toEqual({
      ok: false,
      alasan: PESAN_TANPA_TABEL,
      tanpaTabel: true,
    });
  });

  it("stops at a cell still being calculated, naming it", async () => {
    const excel = buatExcel({ lembar: { Salinan: salinan("#BUSY!") } });
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx));
    expect(h.ok ? "" : h.alasan.id).toBe(
      "Tabel Renstra tidak dapat diperiksa: sel K5 masih dihitung oleh Excel (#BUSY!). Tidak ada yang diubah. " +
        "Tunggu sebentar sampai Excel selesai menghitung, lalu klik Periksa Renstra lagi.",
    );
  });

  it("reads a long table in chunks under the response budget", async () => {
    const anak = Array.from({ length: 300 }, (_, i) => [
      null,
      `2.17.02.2.${String(i % 90).padStart(2, "0")}`,
      null,
      `Kegiatan ${i}`,
      null,
      null,
      null,
      null,
      1,
      null,
      1,
    ]);
    const excel = buatExcel({ lembar: { Salinan: [...salinan(1).slice(0, 4), ...anak] } });
    const h = await excel.run((ctx) => periksaRenstraDalam(ctx, { anggaran: 16 * 4 * 50 }));
    expect(h.ok && h.masalah.length).toBe(1);
    // One header search, then the program and 300 kegiatan rows at 50 a sync.
    expect(excel.terakhir().syncs).toBe(1 + 7);
  });
});
