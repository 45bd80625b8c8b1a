import { tandaiManual } from "../../src/excel/tandai/manual";
import { tandaiCapaian } from "../../src/excel/tandai/tandai-pilihan";
import { terapkanAturan } from "../../src/excel/terapkan-aturan";
import { FormatBersyarat } from "../../src/workbook/rencana";
import { tandaRentang } from "../../src/workbook/tandai/tanda";
import { buatExcel } from "../emulator/muat-klien";

type Excel = ReturnType<typeof buatExcel>;

/** Each rule of a sheet as Excel keeps it: where, formula, format and stopIfTrue. */
function aturanLembar(excel: Excel, lembar: string) {
  const l = excel.model.lembar(lembar);
  return l.bersyarat.map((a) => ({
    alamat: a.kotak.map((k) => l.alamat(k)).join(","),
    jenis: a.jenis,
    rumus: a.rumus,
    format: a.format,
    stopIfTrue: a.stopIfTrue,
  }));
}

/** The insertion's writer on a fresh sheet "Data". */
async function sisipAturan(f: FormatBersyarat): Promise<ReturnType<typeof aturanLembar>> {
  const excel = buatExcel({ lembar: { Data: [[1]] } });
  await excel.run(async (ctx) => {
    terapkanAturan(ctx.workbook.worksheets.getItem("Data"), [], [f]);
    await ctx.sync();
  });
  return aturanLembar(excel, "Data");
}

const TABEL = [
  ["Indikator", "Target", "Realisasi"],
  ["IKU 1", 10, 8],
  ["IKU 2", 5, 6],
];

describe("one conditional-format writer for the insertion and for Tandai", () => {
  it("Tandai Capaian writes the rule the insertion writes for the same plan", async () => {
    const excel = buatExcel({ lembar: { Data: TABEL }, pilihan: "Data!A1:C3" });
    const hasil = await tandaiCapaian();
    expect(hasil.ok).toBe(true);
    const ditulis = aturanLembar(excel, "Data");
    // The plan Tandai made for this table: realisations C2:C3 against targets B2:B3.
    const f = tandaRentang({ kolom: 3, baris: 2, lebar: 1, tinggi: 2 }, { kolom: 2, baris: 2 });
    expect(ditulis).toEqual(await sisipAturan(f));
    expect(ditulis).toEqual([
      expect.objectContaining({ alamat: "C2:C3", jenis: "Custom", rumus: `=${f.rumus}`, stopIfTrue: false }),
    ]);
  });

  it("the manual ranges write the rule the insertion writes for the same plan", async () => {
    const excel = buatExcel({ lembar: { Data: TABEL } });
    await tandaiManual({ lembar: "Data", alamat: "B2:B3" }, { lembar: "Data", alamat: "C2:C3" });
    const f = tandaRentang({ kolom: 3, baris: 2, lebar: 1, tinggi: 2 }, { kolom: 2, baris: 2 });
    expect(aturanLembar(excel, "Data")).toEqual(await sisipAturan(f));
  });

  it.each<[string, FormatBersyarat, string, boolean]>([
    [
      "a formula without '='",
      { alamat: "B2:B5", rumus: "B2<A2", warnaIsi: "#FFC7CE", warnaFont: "#9C0006" },
      "=B2<A2",
      false,
    ],
    [
      "a formula with '='",
      { alamat: "B2:B5", rumus: "=B2<A2", warnaIsi: "#FFC7CE", warnaFont: "#9C0006" },
      "=B2<A2",
      false,
    ],
    [
      "a rule that stops lower ones",
      { alamat: "C3", rumus: "C3>1", warnaIsi: "#C6EFCE", warnaFont: "#006100", berhenti: true },
      "=C3>1",
      true,
    ],
  ])("writes %s once, with its fill, font and stopIfTrue", async (_, f, rumus, stopIfTrue) => {
    const [a] = await sisipAturan(f);
    expect(a).toEqual({
      alamat: f.alamat,
      jenis: "Custom",
      rumus,
      format: { Fill: { Color: f.warnaIsi }, Font: { Color: f.warnaFont } },
      stopIfTrue,
    });
  });
});
