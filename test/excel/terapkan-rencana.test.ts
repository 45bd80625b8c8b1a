import { sisipkanRencana } from "../../src/excel/terapkan-rencana";
import { NamaLembar } from "../../src/workbook/rencana";
import { akhirLangkah, argumen, buatExcelPalsu } from "./palsu-excel";
import { rencanaContoh } from "./rencana-contoh";

type Palsu = ReturnType<typeof buatExcelPalsu>;

async function sisip(palsu: Palsu, n = 10, catat?: (nama: NamaLembar) => void) {
  (globalThis as { Office?: unknown }).Office = palsu.office;
  const konteks = palsu.konteks as unknown as Excel.RequestContext;
  return sisipkanRencana(konteks, (nama) => {
    catat?.(nama);
    return rencanaContoh(nama, n);
  });
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("sisipkanRencana", () => {
  it.each([10, 500])("inserts a plan of %i indicators in exactly two syncs", async (n) => {
    const palsu = buatExcelPalsu({ Sheet1: {} });
    const hasil = await sisip(palsu, n);
    expect(hasil).toEqual({ ok: true, lembar: ["IKU", "Triwulan", "Formulasi", "Dashboard"] });
    expect(palsu.buku.sync).toBe(2);
  });

  it.each([
    [{ IKU: { A1: "data saya", B2: 42 } }, "IKU (2)"],
    [{ IKU: { A1: "data saya", B2: 42 }, "iku (2)": { A1: 1 } }, "IKU (3)"],
  ])("adds a free name beside existing sheets %j and leaves the user's data alone", async (awal, harap) => {
    const palsu = buatExcelPalsu(awal);
    let nama: NamaLembar | undefined;
    const hasil = await sisip(palsu, 10, (n) => (nama = n));
    expect(nama).toEqual({
      iku: harap,
      triwulan: "Triwulan",
      formulasi: "Formulasi",
      dashboard: "Dashboard",
      anggaran: "Anggaran",
      lkjip: "LKjIP",
      pk: "PK",
    });
    expect(hasil).toEqual({
      ok: true,
      lembar: [harap, "Triwulan", "Formulasi", "Dashboard"],
    });
    expect(palsu.isi("IKU")).toEqual({ A1: "data saya", B2: 42 });
    expect(palsu.buku.operasi.filter((o) => Object.keys(awal).includes(o.lembar))).toEqual([]);
    expect(palsu.buku.aktif).toBe(harap);
  });

  it("writes each block as one whole range, never cell by cell", async () => {
    const palsu = buatExcelPalsu();
    await sisip(palsu, 500);
    const tulis = palsu.buku.operasi.filter((o) => akhirLangkah(o) === "formulas");
    expect(tulis.map((o) => [o.lembar, argumen(o, "getRange")])).toEqual([
      ["IKU", "A1"],
      ["IKU", "A5:H5"],
      ["IKU", "A6:H505"],
      ["Triwulan", "A1:B1"],
      ["Formulasi", "A1:B1"],
      ["Dashboard", "A1"],
    ]);
    expect(palsu.isi("IKU")).toMatchObject({
      D5: "Indikator Kinerja",
      D505: "Indikator 500",
      H6: '=IF(G6="","",G6/F6)',
    });
    expect(palsu.isi("IKU").G6).toBeUndefined();
  });

  it("queues the same number of operations for 500 rows of equal height as for 10", async () => {
    const kecil = buatExcelPalsu();
    const besar = buatExcelPalsu();
    await sisip(kecil, 12);
    await sisip(besar, 500);
    const tinggi = (p: Palsu) => p.buku.operasi.filter((o) => akhirLangkah(o) === "rowHeight").length;
    expect(tinggi(besar)).toBe(tinggi(kecil));
  });

  it("gives a message and writes nothing on an Excel older than ExcelApi 1.9", async () => {
    const palsu = buatExcelPalsu({ Sheet1: { A1: 1 } }, "1.8");
    const hasil = await sisip(palsu);
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.pesan.id).toMatch(/ExcelApi 1\.9/);
    expect(!hasil.ok && hasil.pesan.en).toMatch(/Nothing was changed/);
    expect(palsu.buku.sync).toBe(0);
    expect(palsu.antre).toEqual([]);
  });

  it("turns an Office error into a message with its code", async () => {
    const palsu = buatExcelPalsu();
    (globalThis as { Office?: unknown }).Office = palsu.office;
    const konteks = palsu.konteks as unknown as Excel.RequestContext;
    const hasil = await sisipkanRencana(konteks, (nama) => {
      const r = rencanaContoh(nama, 3);
      r.lembar[0].blok.push({ alamat: "A1", nilai: [[1], [2, 3]] });
      return r;
    });
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.pesan.id).toMatch(/^Tabel IKU tidak dapat disisipkan: .*\(InvalidArgument\)/);
  });

  it("applies validation, flags, panes, print setup, chart and tab colour to the new sheets", async () => {
    const palsu = buatExcelPalsu();
    await sisip(palsu, 10);
    const ops = palsu.buku.operasi;
    const nilai = (akhir: string) =>
      ops.filter((o) => akhirLangkah(o) === akhir).map((o) => o.nilai ?? o.langkah[o.langkah.length - 1]);
    expect(nilai("ignoreBlanks")).toEqual([true]);
    expect(nilai("errorAlert")).toEqual([
      { showAlert: true, style: "Stop", title: "Realisasi", message: "Isikan angka." },
    ]);
    expect(nilai("formula")).toEqual(['=AND(H6<>"",H6<1)', '=AND(H6<>"",H6>=1)']);
    expect(nilai("stopIfTrue")).toEqual([true]);
    expect(nilai("freezeAt")).toEqual([{ panggil: ["A1:D5"] }]);
    expect(nilai("zoom")).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(nilai("setPrintTitleRows")).toEqual([{ panggil: ["$5:$5"] }]);
    expect(nilai("orientation")).toEqual(["Landscape"]);
    expect(nilai("paperSize")).toEqual(["A4"]);
    expect(nilai("tabColor")).toEqual(["#1F4E78"]);
    const grafik = ops.find((o) => akhirLangkah(o) === "add" && o.langkah[0] === "charts");
    expect(grafik && grafik.lembar).toBe("Dashboard");
    expect(nilai("setXAxisValues")).toHaveLength(1);
    expect(palsu.buku.aktif).toBe("IKU");
  });
});
