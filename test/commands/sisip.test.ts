import { HASIL_SISIP, perintahSisip } from "../../src/commands/sisip";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import type { HasilSisip } from "../../src/excel/sisip/hasil-sisip";
import { tahunSisipBawaan } from "../../src/workbook/sisip/rencana-iku";
import { buatExcel } from "../emulator/muat-klien";
import { LEMBAR_BAWAAN } from "../workbook/lembar-bawaan";

const berhenti: Array<() => void> = [];

/** The emulator's Excel for the command, with a pane that opens (or fails to). */
function pasang(versiApi: string, bukaPanel: () => Promise<void> = async () => undefined) {
  const excel = buatExcel({ lembar: { IKU: [["lama"]] }, versiApi, bahasa: "id-ID" });
  const showAsTaskpane = jest.spyOn(Office.addin, "showAsTaskpane").mockImplementation(bukaPanel);
  const completed = jest.fn();
  const hasil: HasilSisip[] = [];
  berhenti.push(HASIL_SISIP.dengar((h) => hasil.push(h)));
  return {
    excel,
    showAsTaskpane,
    event: { completed } as unknown as Office.AddinCommands.Event,
    completed,
    hasil,
  };
}

afterEach(() => {
  berhenti.splice(0).forEach((f) => f());
  jest.restoreAllMocks();
});

describe("perintahSisip", () => {
  it("inserts the built-in catalog beside an existing IKU, keeps the pane closed and completes", async () => {
    const { excel, showAsTaskpane, event, completed, hasil } = pasang("1.9");
    await perintahSisip(event);
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["IKU", "IKU (2)", ...LEMBAR_BAWAAN.slice(1)]);
    expect(excel.model.lembar("IKU").nilai("A1")).toEqual([["lama"]]);
    expect(excel.semua.syncs).toBe(2);
    const tahun = tahunSisipBawaan(KATALOG_BAWAAN);
    expect(hasil).toMatchObject([
      {
        ok: true,
        lembar: ["IKU (2)", ...LEMBAR_BAWAAN.slice(1)],
        tahun,
      },
    ]);
    // What to fill next comes with it, for the pane that shows the ribbon's result.
    const isian = hasil[0].ok ? hasil[0].isian : [];
    expect(isian?.map((t) => t.lembar)).toEqual([
      "IKU (2)",
      "Triwulan",
      "Rencana Aksi",
      "Anggaran",
      "Renstra",
      "Evaluasi Renja",
      "LKjIP",
    ]);
    expect(isian?.[0].kolom).toEqual(["Kondisi Awal", `Realisasi ${tahun.laporan}`]);
    // The pane's defaults: the PK for the plan year, the LKjIP for the report year.
    expect(excel.model.lembar("PK").nilai("A1")).toEqual([[`PERJANJIAN KINERJA TAHUN ${tahun.rencana}`]]);
    const lkjip = excel.model.lembar("LKjIP").nilai("A1:A8").flat();
    expect(lkjip).toContain(`Tabel 3.1 Capaian Kinerja Tahun ${tahun.laporan}`);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("opens the pane with the reason when Excel is too old, writes nothing and completes", async () => {
    const { excel, showAsTaskpane, event, completed, hasil } = pasang("1.8");
    await perintahSisip(event);
    expect(excel.semua.syncs).toBe(0);
    expect(hasil[0].ok).toBe(false);
    expect(!hasil[0].ok && hasil[0].pesan.id).toMatch(/ExcelApi 1\.9/);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("still completes the event when the pane cannot be opened", async () => {
    const { event, completed } = pasang("1.8", () => Promise.reject(new Error("no shared runtime")));
    await perintahSisip(event);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
