import { HASIL_SISIP, perintahSisip } from "../../src/commands/sisip";
import type { HasilSisip } from "../../src/excel/hasil";
import { buatExcelPalsu } from "../excel/palsu-excel";

type Global = { Office?: unknown; Excel?: unknown };
const berhenti: Array<() => void> = [];

/** A fake Office for the command: requirement sets, display language and a pane that can open. */
function pasang(versi: string, bukaPanel: () => Promise<void> = async () => undefined) {
  const palsu = buatExcelPalsu({ IKU: { A1: "lama" } }, versi);
  const showAsTaskpane = jest.fn(bukaPanel);
  const office = {
    context: { ...palsu.office.context, displayLanguage: "id-ID" },
    addin: { showAsTaskpane },
  };
  Object.assign(globalThis as Global, { Office: office, Excel: palsu.excel });
  const completed = jest.fn();
  const hasil: HasilSisip[] = [];
  berhenti.push(HASIL_SISIP.dengar((h) => hasil.push(h)));
  return {
    palsu,
    showAsTaskpane,
    event: { completed } as unknown as Office.AddinCommands.Event,
    completed,
    hasil,
  };
}

afterEach(() => {
  berhenti.splice(0).forEach((f) => f());
  delete (globalThis as Global).Office;
  delete (globalThis as Global).Excel;
});

describe("perintahSisip", () => {
  it("inserts the built-in catalog beside an existing IKU, keeps the pane closed and completes", async () => {
    const { palsu, showAsTaskpane, event, completed, hasil } = pasang("1.9");
    await perintahSisip(event);
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
    expect(palsu.buku.sync).toBe(2);
    expect(hasil).toEqual([
      { ok: true, lembar: ["IKU (2)", "Triwulan", "Formulasi", "Dashboard", "Anggaran", "LKjIP", "PK"] },
    ]);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("opens the pane with the reason when Excel is too old, writes nothing and completes", async () => {
    const { palsu, showAsTaskpane, event, completed, hasil } = pasang("1.8");
    await perintahSisip(event);
    expect(palsu.buku.sync).toBe(0);
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
