import { uraiRujukan } from "../../../src/excel/tandai/catatan-tanda";
import { hapusDalam } from "../../../src/excel/tandai/hapus";
import { tandaiManualDalam } from "../../../src/excel/tandai/manual";
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
