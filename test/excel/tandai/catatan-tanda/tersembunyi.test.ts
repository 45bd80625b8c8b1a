/**
 * The record of flags (`IKU_Tanda_n` names) stays out of the Name Manager: each name is added
 * hidden, a visible one left by an earlier version is replaced hidden when Tandai or the manual
 * flag meets it, and no other name is touched. Under office-js #3878/#3949 (hiding an existing
 * name is ignored) and #5882 (an error-typed name refuses `visible`) nothing fails.
 */
import { tandaiManualDalam } from "../../../../src/excel/tandai/manual";
import { tandaiDalam } from "../../../../src/excel/tandai/tandai-pilihan";
import { Kuirk } from "../../../emulator/kuirk";
import { buatExcel, ExcelEmulator } from "../../../emulator/muat-klien";

const SAKLAR: Array<[string, Kuirk]> = [
  ["no quirk", {}],
  ["namaSembunyiAbai (office-js #3878, #3949)", { namaSembunyiAbai: true }],
  ["namaGalatTolak (office-js #5882)", { namaGalatTolak: true }],
  ["both", { namaSembunyiAbai: true, namaGalatTolak: true }],
];

const data = (kuirk: Kuirk = {}) =>
  buatExcel({
    lembar: {
      Data: [
        ["Target", "Realisasi"],
        [10, 9],
        [5, 5],
      ],
      Lain: [[1]],
    },
    pilihan: "Data!A1:B3",
    kuirk,
  });

const manual = (excel: ExcelEmulator, t = "A2:A3", r = "B2:B3") =>
  excel.run((ctx) => tandaiManualDalam(ctx, { lembar: "Data", alamat: t }, { lembar: "Data", alamat: r }));

/** Every workbook name as [spelling, reference, visible]. */
const nama = (excel: ExcelEmulator) =>
  [...excel.model.nama.values()].map((n) => [n.eja, n.rujukan, n.terlihat ?? true]);

/** The adds, deletes and property sets a run's requests carried: none when nothing changes. */
const ubahan = (minta: ExcelEmulator["permintaan"]) =>
  minta.flatMap((m) => [
    ...Object.values(m.ObjectPaths).filter((j) => ["Add", "Delete"].includes(j.Name)),
    ...m.Actions.filter((a) => a.ActionType === 4 || ["Add", "Delete"].includes(a.Name)),
  ]);

const milikKita = (excel: ExcelEmulator) =>
  [...excel.model.nama.values()].filter((n) => n.eja?.startsWith("IKU_Tanda_"));

/**
 * What an earlier version left, saved and opened again: every record of ours visible in the Name
 * Manager, and existing before this session (fresh entries, so #3878's switch ignores hiding them).
 */
const tampakkanSemua = (excel: ExcelEmulator) => {
  for (const [k, v] of excel.model.nama)
    if (v.eja?.startsWith("IKU_Tanda_")) excel.model.nama.set(k, { ...v, terlihat: true });
};

describe.each(SAKLAR)("records of flags under %s", (_, kuirk) => {
  it("are hidden after Tandai, in the same two syncs, and left alone by the next one", async () => {
    const excel = data(kuirk);
    const h = await excel.run(tandaiDalam);
    expect(h.ok && h.ditambah).toBe(1);
    expect(excel.terakhir().syncs).toBe(2);
    expect(nama(excel)).toEqual([["IKU_Tanda_1", "Data!B2:B3", false]]);
    const dari = excel.permintaan.length;
    await excel.run(tandaiDalam);
    expect(ubahan(excel.permintaan.slice(dari))).toEqual([]);
  });

  it("are hidden after the manual flag, in the same two syncs", async () => {
    const excel = data(kuirk);
    await manual(excel);
    expect(excel.terakhir().syncs).toBe(2);
    await manual(excel, "A2", "B2");
    expect(nama(excel)).toEqual([
      ["IKU_Tanda_1", "Data!B2:B3", false],
      ["IKU_Tanda_2", "Data!B2", false],
    ]);
  });

  it("left visible by an earlier version are replaced hidden on the next Tandai, rules untouched", async () => {
    const excel = data(kuirk);
    await excel.run(tandaiDalam);
    tampakkanSemua(excel);
    const aturan = JSON.stringify(excel.model.lembar("Data").bersyarat);
    const h = await excel.run(tandaiDalam);
    expect(h.ok && [h.ditambah, h.diganti]).toEqual([0, 0]);
    expect(excel.terakhir().syncs).toBe(2);
    expect(nama(excel)).toEqual([["IKU_Tanda_1", "Data!B2:B3", false]]);
    expect(milikKita(excel)[0].komentar).toBe("IKU-Kinerja");
    expect(JSON.stringify(excel.model.lembar("Data").bersyarat)).toBe(aturan);
  });

  it("left visible by an earlier version are replaced hidden on the next manual flag of that range", async () => {
    const excel = data(kuirk);
    await manual(excel);
    tampakkanSemua(excel);
    const h = await manual(excel);
    expect(h.ok && h.ditambah).toBe(0);
    expect(excel.terakhir().syncs).toBe(2);
    expect(nama(excel)).toEqual([["IKU_Tanda_1", "Data!B2:B3", false]]);
    expect(excel.model.lembar("Data").bersyarat).toHaveLength(1);
  });

  it("whose rule was cleared are written again hidden, under the next number", async () => {
    const excel = data(kuirk);
    await excel.run(tandaiDalam);
    tampakkanSemua(excel);
    excel.model.lembar("Data").bersyarat.splice(0);
    const h = await excel.run(tandaiDalam);
    expect(h.ok && h.ditambah).toBe(1);
    expect(nama(excel)).toEqual([["IKU_Tanda_2", "Data!B2:B3", false]]);
  });

  it("leave the planner's names and a record lost to a deleted sheet as they were", async () => {
    const excel = data(kuirk);
    const n = excel.model.nama;
    n.set("targetku", { rujukan: "Data!A2:A3", komentar: "", eja: "TargetKu" });
    n.set("rahasia", { rujukan: "Data!B2", komentar: "", eja: "Rahasia", terlihat: false });
    // A record of ours whose sheet was deleted: an error-typed name (#5882 refuses `visible` on it).
    n.set("iku_tanda_7", { rujukan: "#REF!B2:B3", komentar: "IKU-Kinerja", eja: "IKU_Tanda_7" });
    const sebelum = nama(excel);
    await excel.run(tandaiDalam);
    await manual(excel, "A2", "B2");
    expect(nama(excel)).toEqual([
      ...sebelum,
      ["IKU_Tanda_8", "Data!B2:B3", false],
      ["IKU_Tanda_9", "Data!B2", false],
    ]);
  });
});

describe("records on another sheet", () => {
  it("are left as they are by Tandai on this one: only the records it meets are replaced", async () => {
    const excel = data();
    excel.model.nama.set("iku_tanda_5", {
      rujukan: "Lain!A1",
      komentar: "IKU-Kinerja",
      eja: "IKU_Tanda_5",
    });
    await excel.run(tandaiDalam);
    expect(nama(excel)).toEqual([
      ["IKU_Tanda_5", "Lain!A1", true],
      ["IKU_Tanda_6", "Data!B2:B3", false],
    ]);
  });
});
