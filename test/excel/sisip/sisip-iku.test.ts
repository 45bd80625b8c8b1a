import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { sisipkanRencana } from "../../../src/excel/sisip/terapkan-rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { ringkasLembar } from "../../../src/workbook/ringkas";
import { teksKepalaHalaman } from "../../../src/workbook/kepala-halaman";
import { katalogBesar } from "./katalog-besar";
import { sisipkanIku } from "../../../src/excel/sisip/sisip-iku";
import { uraiAlamat } from "../../emulator/alamat";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";
import { Penolak } from "../../emulator/proses";
import { katalogJahat, SEL_JAHAT } from "../../fixtures/katalog-jahat";
import { LEMBAR_BAWAAN } from "../../workbook/lembar-bawaan";

/** Every property set or method call named `nama` in the requests the library sent. */
const aksi = (excel: ExcelEmulator, nama: string) =>
  excel.permintaan.flatMap((p) => p.Actions.filter((a) => a.Name === nama));

describe("inserting the real IKU plan", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN, 2],
    // About 4 MB of writes with the short formulas: one write batch under the 4.3 MB budget.
    ["a generated 500-indicator catalog", katalogBesar(500), 2],
  ])(
    "takes %s in the expected syncs, reading only the sheet and style names",
    async (_nama, katalog, syncs) => {
      const excel = buatExcel({ lembar: { IKU: [] } });
      const hasil = await excel.run((ctx) =>
        sisipkanRencana(ctx, (nama) => buatRencana(katalog, nama, { tahunAktif: 2025 })),
      );
      expect(hasil).toEqual({
        ok: true,
        lembar: ["IKU (2)", ...LEMBAR_BAWAAN.slice(1)],
      });
      expect(excel.terakhir().syncs).toBe(syncs);
      const kueri = excel.permintaan.flatMap((p) => p.Actions.filter((a) => a.ActionType === 2));
      // The library sends the collection's "items/name" as its items' "name": sheets, then styles.
      expect(kueri.map((a) => a.QueryInfo?.Select)).toEqual([["name"], ["name"]]);
    },
  );

  it("writes the built-in catalog without any shape error in a few value writes per sheet", async () => {
    const excel = buatExcel({ lembar: { IKU: [["punya saya"]] } });
    const rencana = buatRencana(KATALOG_BAWAAN, { ...NAMA_DASAR, iku: "IKU (2)" }, { tahunAktif: 2025 });
    const hasil = await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 })),
    );
    expect(hasil.ok).toBe(true);
    // Titles, headers and rows of a sheet go as a few writes (the LKjIP's ten tables as five), not one per block.
    expect(rencana.lembar.reduce((n, l) => n + ringkasLembar(l).blok.length, 0)).toBeGreaterThan(60);
    expect(aksi(excel, "Formulas").length).toBeLessThanOrEqual(2.5 * rencana.lembar.length);
    const iku = excel.model.lembar("IKU");
    expect([iku.terpakai(false), iku.nilai("A1")]).toEqual([
      { b0: 0, b1: 0, k0: 0, k1: 0 },
      [["punya saya"]],
    ]);
    const baru = excel.model.lembar("IKU (2)");
    expect(baru.rumus(baru.alamat(baru.terpakai(true)!)).flat()).toContain(
      "Indeks Kepuasan Masyarakat (IKM)",
    );
  });

  it("prints the PK on A4 portrait, the other report sheets landscape", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 })),
    );
    const halaman = (n: string) => excel.model.lembar(n).tataHalaman;
    expect(halaman("PK")).toMatchObject({ Orientation: "Portrait", PaperSize: "A4" });
    expect(halaman("LKjIP")).toMatchObject({ Orientation: "Landscape", PaperSize: "A4" });
  });

  it("prints the IKU sheet at 90% with Kode and Indikator repeated, and each LKjIP table from a new page", async () => {
    const excel = buatExcel({ lembar: { Sheet1: [] } });
    const rencana = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 });
    await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 })),
    );
    const halaman = (n: string) => excel.model.lembar(n).tataHalaman;
    expect(halaman("IKU")).toMatchObject({
      Zoom: { scale: 90 },
      PrintTitleColumns: "D:E",
      PrintTitleRows: "5:5",
      PrintArea: "A5:T18",
      HeadersFooters: {
        DefaultForAllPages: {
          CenterHeader: teksKepalaHalaman(rencana.lembar[0].cetak?.kepalaHalaman ?? []),
          RightFooter: "&9Halaman &P dari &N",
        },
      },
    });
    const lkjip = rencana.lembar.find((l) => l.nama === "LKjIP")!;
    // Tables 3.1–3.10, charts 3.1–3.2 and their data tables, each but the first from a new page.
    expect(lkjip.cetak?.putusSebelum).toHaveLength(13);
    expect(halaman("LKjIP").HorizontalPageBreaks).toEqual(lkjip.cetak?.putusSebelum);
  });
});

describe("catalog text inserted into Excel", () => {
  let excel: ExcelEmulator;
  beforeAll(async () => {
    excel = buatExcel({ lembar: { Sheet1: [] } });
    await excel.run((ctx) =>
      sisipkanRencana(ctx, (nama) => buatRencana(katalogJahat(), nama, { tahunAktif: 2025 })),
    );
  });
  const sel = (lembar: string, alamat: string) => {
    const k = uraiAlamat(alamat);
    return excel.model.lembar(lembar).sel.get(k.b0)?.get(k.k0);
  };

  it.each(SEL_JAHAT)("keeps %s!%s as the text %s, not a formula", (lembar, alamat, teks) => {
    expect(sel(lembar, alamat)).toEqual({ nilai: teks });
  });

  it("writes every formula of the plan as a formula, and nothing else", () => {
    const l = excel.model.lembar("IKU");
    const rumus = [...l.sel].flatMap(([b, baris]) =>
      [...baris]
        .filter(([, s]) => s.rumus !== undefined)
        .map(([k]) => l.alamat({ b0: b, b1: b, k0: k, k1: k })),
    );
    expect(rumus).toContain("O6");
    // Realisation (L–N, the quarters' year value), capaian and predikat (O–T).
    expect(rumus).toContain("L6");
    expect(rumus.every((a) => /^[LMNOPQRST]\d+$/.test(a))).toBe(true);
  });
});

describe("a refusal from Excel in the middle of the insertion", () => {
  /** A workbook whose Excel refuses the first write to the Formulasi sheet (and, if asked, every sheet deletion). */
  function bukuMenolak(tolakHapus = false) {
    let ditolak = false;
    const tolak: Penolak = (a) => {
      if (!ditolak && a.lembar === "Formulasi" && a.anggota === "Formulas") {
        ditolak = true;
        return ["InvalidArgument", "Argumen tidak sah"];
      }
      if (tolakHapus && a.jenis === "Worksheet" && a.anggota === "Delete") return ["AccessDenied", "Ditolak"];
      return undefined;
    };
    return buatExcel({ lembar: { IKU: [["punya saya"]] }, tolak });
  }

  it("removes exactly the sheets it had added and says so in both languages", async () => {
    const excel = bukuMenolak();
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["IKU"]);
    expect(excel.model.lembar("IKU").nilai("A1:B2")).toEqual([
      ["punya saya", ""],
      ["", ""],
    ]);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.pesan.id).toMatch(
      /^Tabel IKU tidak dapat disisipkan: Excel menolak alamat atau nilai yang dikirim \(InvalidArgument\b[^)]*\)\. Lembar yang sudah ada tidak diubah\. /,
    );
    expect(hasil.pesan.id).toContain(
      "Lembar yang sempat dibuat (IKU (2), Triwulan, Rencana Aksi, Formulasi, Dashboard, Anggaran, Renstra, Evaluasi Renja, LKjIP, PK) sudah dihapus kembali.",
    );
    expect(hasil.pesan.en).toContain(
      "The sheets it had added (IKU (2), Triwulan, Rencana Aksi, Formulasi, Dashboard, Anggaran, Renstra, Evaluasi Renja, LKjIP, PK) were removed again.",
    );
  });

  it("says the added sheets remain, and why, when the clean-up is refused too", async () => {
    const excel = bukuMenolak(true);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "en");
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["IKU", "IKU (2)", ...LEMBAR_BAWAAN.slice(1)]);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.pesan.id).toContain(
      "tidak dapat dihapus kembali: Excel tidak mengizinkan perubahan ini; lembar atau buku kerja diproteksi, atau berkas dibuka hanya-baca (AccessDenied, Workbook.Delete). Hapus lembar tersebut secara manual.",
    );
    expect(hasil.pesan.en).toContain(
      "could not be removed: Excel does not allow this change; the sheet or workbook is protected, or the file is open read-only (AccessDenied, Workbook.Delete). Delete those sheets by hand.",
    );
    expect(hasil.pesan.en).not.toContain("were removed again");
  });

  it("has nothing to remove when Excel refuses before any sheet exists", async () => {
    const excel = buatExcel({
      lembar: { IKU: [] },
      tolak: (a) =>
        a.jenis === "WorksheetCollection" && a.anggota === "Add" ? ["Kustom", "Gagal"] : undefined,
    });
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["IKU"]);
    expect(!hasil.ok && hasil.pesan.id).toBe(
      "Tabel IKU tidak dapat disisipkan: Gagal (Kustom, Add). Lembar yang sudah ada tidak diubah. Klik Sisipkan IKU sekali lagi; jika tetap gagal, tunjukkan pesan ini kepada admin TI.",
    );
  });
});
