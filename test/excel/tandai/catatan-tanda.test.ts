import { uraiRujukan } from "../../../src/excel/tandai/catatan-tanda";
import { hapusDalam } from "../../../src/excel/tandai/hapus";
import { tandaiManualDalam } from "../../../src/excel/tandai/manual";
import { tandaiDalam } from "../../../src/excel/tandai/tandai-pilihan";
import { buatExcel } from "../../emulator/muat-klien";

describe("uraiRujukan", () => {
  it.each([
    ["=Kinerja!$G$4:$G$9", { lembar: "Kinerja", alamat: "G4:G9" }],
    ["='IKU 2025'!F4:F7", { lembar: "IKU 2025", alamat: "F4:F7" }],
    ["='Data ''lama'''!$B$2", { lembar: "Data 'lama'", alamat: "B2" }],
    ["=#REF!", undefined],
    ["=Kinerja!A1:A2,Kinerja!C1:C2", undefined],
    ["=0.5", undefined],
  ])("reads %s", (rumus, harap) => {
    expect(uraiRujukan(rumus)).toEqual(harap);
  });
});

describe("the record of flags", () => {
  const manual = (excel: ReturnType<typeof buatExcel>, t: string, r: string) =>
    excel.run((ctx) => tandaiManualDalam(ctx, { lembar: "Data", alamat: t }, { lembar: "Data", alamat: r }));

  it("names each flag's range in the same batch as its rule, and Hapus removes both", async () => {
    const excel = buatExcel({
      lembar: {
        Data: [
          [10, 9],
          [5, 5],
        ],
      },
    });
    await manual(excel, "A1:A2", "B1:B2");
    await manual(excel, "A1", "B1");
    expect([...excel.model.nama.values()].map((n) => [n.eja, n.rujukan, n.komentar])).toEqual([
      ["IKU_Tanda_1", "Data!B1:B2", "IKU-Kinerja"],
      ["IKU_Tanda_2", "Data!B1", "IKU-Kinerja"],
    ]);
    expect(await excel.run(hapusDalam)).toEqual({ ok: true, lembar: "Data", dihapus: 2 });
    expect([excel.model.nama.size, excel.model.lembar("Data").bersyarat]).toEqual([0, []]);
  });

  it("under office-js #6827 keeps every rule and names the range where a planner's rule sits on exactly ours", async () => {
    const excel = buatExcel({
      lembar: {
        Data: [
          [10, 9],
          [5, 5],
        ],
      },
    });
    await manual(excel, "A1:A2", "B1:B2");
    const l = excel.model.lembar("Data");
    l.tambahAturan({ b0: 0, b1: 1, k0: 1, k1: 1 }, "Custom").rumus = "=B1>7";
    excel.kuirkDengan({ cfTumpangBaca: true });
    const h = await excel.run(hapusDalam);
    expect(!h.ok && h.alasan.en).toMatch(
      /^The flags could not be removed: .* at B1:B2 .*No flag or rule was removed/,
    );
    expect([l.bersyarat.length, excel.model.nama.size]).toEqual([2, 1]);
  });
});

describe("a record whose rule the planner cleared", () => {
  const kosongkanAturan = (excel: ReturnType<typeof buatExcel>) =>
    excel.run(async (ctx) => {
      // What Home > Conditional Formatting > Clear Rules from Entire Sheet does: the names stay.
      ctx.workbook.worksheets.getItem("Data").getRange().conditionalFormats.clearAll();
      await ctx.sync();
    });
  const data = () =>
    buatExcel({
      lembar: {
        Data: [
          ["Target", "Realisasi"],
          [10, 9],
          [5, 5],
        ],
      },
      pilihan: "Data!A1:B3",
    });

  it("is flagged again by manual, the stale record replaced by one new", async () => {
    const excel = data();
    const manual = () =>
      excel.run((ctx) =>
        tandaiManualDalam(ctx, { lembar: "Data", alamat: "A2:A3" }, { lembar: "Data", alamat: "B2:B3" }),
      );
    await manual();
    await kosongkanAturan(excel);
    expect(excel.model.lembar("Data").bersyarat).toEqual([]);
    const h = await manual();
    expect(h.ok && h.ditambah).toBe(1);
    expect(excel.model.lembar("Data").bersyarat.map((a) => a.kotak)).toEqual([
      [{ b0: 1, b1: 2, k0: 1, k1: 1 }],
    ]);
    expect([...excel.model.nama.values()].map((n) => [n.eja, n.rujukan])).toEqual([
      ["IKU_Tanda_2", "Data!B2:B3"],
    ]);
  });

  it("is flagged again by Tandai on the table, and a record with its rule in place is kept", async () => {
    const excel = data();
    await excel.run((ctx) => tandaiDalam(ctx));
    const sebelum = [...excel.model.nama.values()].map((n) => n.rujukan);
    expect(sebelum.length).toBeGreaterThan(0);
    // Nothing cleared: flagging again adds nothing.
    const lagi = await excel.run((ctx) => tandaiDalam(ctx));
    expect(lagi.ok && lagi.ditambah).toBe(0);
    await kosongkanAturan(excel);
    const h = await excel.run((ctx) => tandaiDalam(ctx));
    expect(h.ok && h.ditambah).toBe(sebelum.length);
    expect(excel.model.lembar("Data").bersyarat).toHaveLength(sebelum.length);
    expect([...excel.model.nama.values()].map((n) => n.rujukan)).toEqual(sebelum);
  });

  it("is removed by Hapus Tanda with nothing else to remove", async () => {
    const excel = data();
    await excel.run((ctx) => tandaiDalam(ctx));
    await kosongkanAturan(excel);
    expect(await excel.run(hapusDalam)).toEqual({ ok: true, lembar: "Data", dihapus: 0 });
    expect(excel.model.nama.size).toBe(0);
  });
});
