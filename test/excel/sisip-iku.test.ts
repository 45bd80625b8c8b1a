import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { sisipkanRencana } from "../../src/excel/terapkan-rencana";
import { buatRencana } from "../../src/workbook/rencana-iku";
import { NAMA_DASAR } from "../../src/workbook/rencana";
import { katalogBesar } from "./katalog-besar";
import { sisipkanIku } from "../../src/excel/sisip-iku";
import { akhirLangkah, argumen, buatExcelPalsu, galatPalsu } from "./palsu-excel";
import { buatKonteksMock } from "./mock-excel";
import { katalogJahat } from "../fixtures/katalog-jahat";

const pasangOffice = (office: unknown) => ((globalThis as { Office?: unknown }).Office = office);
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("inserting the real IKU plan", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN, 2],
    // 4.4 MB of writes with today's formulas: one batch over the 4 MB budget, so two.
    ["a generated 500-indicator catalog", katalogBesar(500), 3],
  ])("takes the expected office-addin-mock syncs for %s", async (_nama, katalog, syncs) => {
    pasangOffice({ context: { requirements: { isSetSupported: () => true } } });
    const { konteks } = buatKonteksMock(["IKU"]);
    const sync = jest.spyOn(konteks, "sync");
    const hasil = await sisipkanRencana(konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(katalog, nama, { tahunAktif: 2025 }),
    );
    expect(hasil).toEqual({
      ok: true,
      lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard", "Anggaran", "LKjIP", "PK"],
    });
    expect(sync).toHaveBeenCalledTimes(syncs);
  });

  it("writes the built-in catalog without any shape error and one write per block", async () => {
    const palsu = buatExcelPalsu({ IKU: { A1: "punya saya" } });
    pasangOffice(palsu.office);
    const rencana = buatRencana(KATALOG_BAWAAN, { ...NAMA_DASAR, iku: "IKU (2)" }, { tahunAktif: 2025 });
    const hasil = await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 }),
    );
    expect(hasil.ok).toBe(true);
    const tulis = palsu.buku.operasi.filter((o) => akhirLangkah(o) === "formulas");
    expect(tulis).toHaveLength(rencana.lembar.reduce((n, l) => n + l.blok.length, 0));
    expect(palsu.isi("IKU")).toEqual({ A1: "punya saya" });
    expect(Object.values(palsu.isi("IKU (2)"))).toContain("Indeks Kepuasan Masyarakat (IKM)");
    expect(tulis.every((o) => typeof argumen(o, "getRange") === "string")).toBe(true);
  });

  it("prints the PK on A4 portrait, the other report sheets landscape", async () => {
    const palsu = buatExcelPalsu();
    pasangOffice(palsu.office);
    await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 }),
    );
    const cetak = (akhir: string) =>
      Object.fromEntries(
        palsu.buku.operasi.filter((o) => akhirLangkah(o) === akhir).map((o) => [o.lembar, o.nilai]),
      );
    expect(cetak("orientation")).toEqual(expect.objectContaining({ PK: "Portrait", LKjIP: "Landscape" }));
    expect(cetak("paperSize")).toEqual(expect.objectContaining({ PK: "A4" }));
  });
});

describe("catalog text inserted into Excel", () => {
  let palsu: ReturnType<typeof buatExcelPalsu>;
  beforeAll(async () => {
    palsu = buatExcelPalsu();
    pasangOffice(palsu.office);
    await sisipkanRencana(palsu.konteks as unknown as Excel.RequestContext, (nama) =>
      buatRencana(katalogJahat(), nama, { tahunAktif: 2025 }),
    );
  });

  it.each([
    ["IKU", "A2", "=1+1"],
    ["IKU", "A3", "Sumber: +1"],
    ["IKU", "B6", "-1"],
    ["IKU", "C6", "@SUM(1)"],
    ["IKU", "E6", '=HYPERLINK("http://x","y")'],
    ["IKU", "F6", "=1+1"],
    ["IKU", "E7", "=1+1"],
    ["Formulasi", "D6", "=1+1"],
    ["Formulasi", "F6", "'=1+1"],
    ["Dashboard", "B5", "TRUE"],
  ])("keeps %s!%s as the text %s, not a formula", (lembar, alamat, teks) => {
    expect(palsu.isi(lembar)[alamat]).toBe(teks);
    expect(palsu.rumus(lembar)).not.toContain(alamat);
  });

  it("writes every formula of the plan as a formula, and nothing else", () => {
    const rumus = palsu.rumus("IKU");
    expect(rumus).toContain("O6");
    expect(rumus.every((a) => /^[OPQRST]\d+$/.test(a))).toBe(true);
  });
});

describe("a refusal from Excel in the middle of the insertion", () => {
  type Global = { Office?: unknown; Excel?: unknown };
  afterEach(() => delete (globalThis as Global).Excel);

  /** A workbook whose Excel refuses the first write to the Formulasi sheet (and, if asked, every sheet deletion). */
  function bukuMenolak(tolakHapus = false) {
    const palsu = buatExcelPalsu({ IKU: { A1: "punya saya" } });
    palsu.buku.tolak = (op) => {
      if (op.lembar === "Formulasi" && akhirLangkah(op) === "formulas")
        return galatPalsu("InvalidArgument", "Argumen tidak sah");
      if (tolakHapus && akhirLangkah(op) === "delete") return galatPalsu("AccessDenied", "Ditolak");
      return undefined;
    };
    pasangOffice(palsu.office);
    (globalThis as Global).Excel = palsu.excel;
    return palsu;
  }

  it("removes exactly the sheets it had added and says so in both languages", async () => {
    const palsu = bukuMenolak();
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(palsu.buku.lembar.map((l) => l.nama)).toEqual(["IKU"]);
    expect(palsu.isi("IKU")).toEqual({ A1: "punya saya" });
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.pesan.id).toContain("(InvalidArgument)");
    expect(hasil.pesan.id).toContain(
      "Lembar yang sempat dibuat (IKU (2), Triwulan, Formulasi, Dashboard, Anggaran, LKjIP, PK) sudah dihapus kembali.",
    );
    expect(hasil.pesan.en).toContain(
      "The sheets it had added (IKU (2), Triwulan, Formulasi, Dashboard, Anggaran, LKjIP, PK) were removed again.",
    );
  });

  it("says the added sheets remain, and why, when the clean-up is refused too", async () => {
    const palsu = bukuMenolak(true);
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "en");
    expect(palsu.buku.lembar.map((l) => l.nama)).toEqual([
      "IKU",
      "IKU (2)",
      "Triwulan",
      "Formulasi",
      "Dashboard",
      "Anggaran",
      "LKjIP",
      "PK",
    ]);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.pesan.id).toContain(
      "tidak dapat dihapus kembali: Ditolak (AccessDenied). Hapus lembar tersebut secara manual.",
    );
    expect(hasil.pesan.en).toContain(
      "could not be removed: Ditolak (AccessDenied). Delete those sheets by hand.",
    );
    expect(hasil.pesan.en).not.toContain("were removed again");
  });

  it("has nothing to remove when Excel refuses before any sheet exists", async () => {
    const palsu = buatExcelPalsu({ IKU: {} });
    palsu.buku.tolak = (op) =>
      op.langkah[0] === "tambah" ? galatPalsu("GeneralException", "Gagal") : undefined;
    pasangOffice(palsu.office);
    (globalThis as Global).Excel = palsu.excel;
    const hasil = await sisipkanIku(KATALOG_BAWAAN, 2025, "id");
    expect(palsu.buku.lembar.map((l) => l.nama)).toEqual(["IKU"]);
    expect(!hasil.ok && hasil.pesan.id).toBe(
      "Tabel IKU tidak dapat disisipkan: Gagal (GeneralException). Lembar yang sudah ada tidak diubah.",
    );
  });
});
