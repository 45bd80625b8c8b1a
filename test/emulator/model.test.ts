import { bangunBuku } from "./awal";
import { buatExcel } from "./muat-klien";
import { buatSesi, prosesPermintaan } from "./proses";
import { GALAT_SEL } from "./isi-sel";

const awal = () =>
  buatExcel({
    lembar: {
      IKU: [
        ["No", "Indikator", "Target"],
        [1, "Angka A", 10],
        [2, "Angka B", "'12"],
      ],
      Catatan: [],
    },
  });

describe("worksheets", () => {
  it("lists names and positions, finds sheets by any case, gives a null object for a missing one", async () => {
    const excel = awal();
    const r = await excel.run(async (ctx) => {
      const daftar = ctx.workbook.worksheets;
      daftar.load("items/name,items/position");
      const ada = daftar.getItem("iku");
      ada.load("name");
      const tiada = daftar.getItemOrNullObject("Tidak Ada");
      const baru = daftar.add("Baru");
      baru.tabColor = "#1F4E78";
      baru.freezePanes.freezeRows(2);
      baru.activate();
      await ctx.sync();
      return {
        items: daftar.items.map((l) => [l.name, l.position]),
        ada: ada.name,
        tiada: tiada.isNullObject,
      };
    });
    expect(r).toEqual({
      items: [
        ["IKU", 0],
        ["Catatan", 1],
      ],
      ada: "IKU",
      tiada: true,
    });
    const baru = excel.model.lembar("Baru");
    expect([baru.warnaTab, baru.beku, excel.model.aktif?.nama]).toEqual([
      "#1F4E78",
      { baris: 2, kolom: 0 },
      "Baru",
    ]);
  });

  it.each([
    ["IKU", "ItemAlreadyExists"],
    ["a/b", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
  ])("refuses to add a sheet named %s", async (nama, kode) => {
    const excel = awal();
    const g = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.add(nama);
        await ctx.sync();
      })
      .catch((e: OfficeExtension.Error) => e.code);
    expect(g).toBe(kode);
  });
});

describe("ranges", () => {
  it("reads values, formulas, types, text and position the way Excel reports them", async () => {
    const excel = awal();
    const r = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("IKU");
      const x = ws.getRange("A2:C3");
      x.load(
        "values,valueTypes,text,address,rowIndex,columnIndex,rowCount,columnCount,cellCount,numberFormat",
      );
      const dipakai = ws.getUsedRange(true);
      dipakai.load("address");
      const sel = x.getCell(1, 2).getOffsetRange(-1, -1).getResizedRange(0, 1);
      sel.load("address");
      await ctx.sync();
      return [
        x.values,
        x.valueTypes,
        x.text,
        x.address,
        x.rowIndex,
        x.columnIndex,
        x.rowCount,
        x.columnCount,
        x.cellCount,
        x.numberFormat[0],
        dipakai.address,
        sel.address,
      ];
    });
    expect(r).toEqual([
      [
        [1, "Angka A", 10],
        [2, "Angka B", "12"],
      ],
      [
        ["Double", "String", "Double"],
        ["Double", "String", "String"],
      ],
      [
        ["1", "Angka A", "10"],
        ["2", "Angka B", "12"],
      ],
      "IKU!A2:C3",
      1,
      0,
      2,
      3,
      6,
      ["General", "General", "General"],
      "IKU!A1:C3",
      "IKU!B2:C2",
    ]);
  });

  // Every ErrorCellValueType is "Error" to valueTypes (learn.microsoft.com/javascript/api/excel/excel.errorcellvaluetype).
  it.each([...GALAT_SEL])("reports a formula's %s as an Error value, not a String", async (kode) => {
    const excel = buatExcel({ lembar: { IKU: [["=F()", "#hashtag"]] }, hitung: () => kode });
    const r = await excel.run(async (ctx) => {
      const x = ctx.workbook.worksheets.getItem("IKU").getRange("A1:B1");
      x.load("values,valueTypes");
      await ctx.sync();
      return [x.values, x.valueTypes];
    });
    expect(r).toEqual([[[kode, "#hashtag"]], [["Error", "String"]]]);
  });

  it("gives a blank sheet's used range as A1, and a null object through getUsedRangeOrNullObject", async () => {
    const excel = awal();
    const r = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Catatan");
      const a = ws.getUsedRange();
      a.load("address");
      const b = ws.getUsedRangeOrNullObject();
      await ctx.sync();
      return [a.address, b.isNullObject];
    });
    expect(r).toEqual(["Catatan!A1", true]);
  });

  it("finds the table around one cell and the intersection with a whole column", async () => {
    const excel = awal();
    const r = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("IKU");
      const t = ws.getRange("B2").getSurroundingRegion();
      t.load("address");
      const i = ws.getRange("C:C").getIntersectionOrNullObject(ws.getUsedRange());
      i.load("address");
      const tiada = ws.getRange("E:E").getIntersectionOrNullObject(ws.getUsedRange());
      const kolom = ws.getRange("B2").getEntireColumn();
      kolom.load("address");
      await ctx.sync();
      return [t.address, i.address, tiada.isNullObject, kolom.address];
    });
    expect(r).toEqual(["IKU!A1:C3", "IKU!C1:C3", true, "IKU!B:B"]);
  });

  it("keeps formats, merges, widths and heights on the sheet", async () => {
    const excel = awal();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("IKU");
      const r = ws.getRange("A1:C1");
      r.format.font.bold = true;
      r.format.fill.color = "#1F4E78";
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.wrapText = true;
      r.format.columnWidth = 60;
      ws.getRange("A5:C5").merge(false);
      ws.getRange("A6:B7").merge(true);
      ws.getRange("A6:B7").unmerge();
      ws.getRange("A2:C2").format.rowHeight = 30;
      ws.getRange("C2:C3").numberFormat = [["0.00%"], ["0.00%"]];
      await ctx.sync();
    });
    const l = excel.model.lembar("IKU");
    expect(l.gaya.map((g) => [l.alamat(g.kotak), g.sifat, g.nilai])).toEqual([
      ["A1:C1", "font.bold", true],
      ["A1:C1", "fill.color", "#1F4E78"],
      ["A1:C1", "borders.EdgeBottom.style", "Continuous"],
      ["A1:C1", "wrapText", true],
    ]);
    expect(l.gabung.map((k) => l.alamat(k))).toEqual(["A5:C5"]);
    expect([l.lebarKolom.get(2), l.tinggiBaris.get(1), l.format(2, 2)]).toEqual([60, 30, "0.00%"]);
  });
});

describe("rules, names and page setup", () => {
  it("adds, counts, reads and deletes conditional formats and clears validation", async () => {
    const excel = awal();
    const r = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("IKU");
      const cf = ws.getRange("C2:C3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=C2<5";
      cf.custom.format.fill.color = "#FFC7CE";
      ws.getRange("C2:C3").dataValidation.rule = {
        decimal: { formula1: 0, formula2: 100, operator: "Between" },
      };
      const k = ws.getRange("C2").conditionalFormats;
      const n = k.getCount();
      const pertama = k.getItemAt(0);
      pertama.load("type");
      const rentang = pertama.getRange();
      rentang.load("address");
      await ctx.sync();
      const sebelum = [n.value, pertama.type, rentang.address];
      pertama.delete();
      ws.getRange("C2:C3").dataValidation.clear();
      await ctx.sync();
      return sebelum;
    });
    expect(r).toEqual([1, "Custom", "IKU!C2:C3"]);
    expect([excel.model.lembar("IKU").bersyarat, excel.model.lembar("IKU").validasi]).toEqual([[], []]);
  });

  it("adds names and records page setup", async () => {
    const excel = awal();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("IKU");
      ctx.workbook.names.add("TARGET", ws.getRange("C2:C3"));
      const p = ws.pageLayout;
      p.orientation = "Landscape";
      p.centerHorizontally = true;
      p.leftMargin = 36;
      p.setPrintTitleRows("$1:$1");
      await ctx.sync();
    });
    expect(excel.model.nama.get("target")).toMatchObject({ rujukan: "IKU!C2:C3", komentar: "" });
    expect(excel.model.lembar("IKU").tataHalaman).toEqual({
      Orientation: "Landscape",
      CenterHorizontally: true,
      LeftMargin: 36,
      PrintTitleRows: "1:1",
    });
  });

  it("refuses an unknown name with ItemNotFound", async () => {
    const excel = awal();
    const kode = await excel
      .run(async (ctx) => {
        ctx.workbook.names.getItem("TIDAK_ADA").load("name");
        await ctx.sync();
      })
      .catch((e: OfficeExtension.Error) => e.code);
    expect(kode).toBe("ItemNotFound");
  });
});

describe("host services created by name", () => {
  const minta = (nama: string) => ({
    Actions: [
      { Id: 2, ActionType: 1, Name: "", ObjectPathId: 1 },
      {
        Id: 3,
        ActionType: 3,
        Name: "NotifyActionHandlerReady",
        ObjectPathId: 1,
        ArgumentInfo: { Arguments: [] },
      },
    ],
    ObjectPaths: { "1": { Id: 1, ObjectPathType: 2, Name: nama } },
  });

  it("records the page's notice that its ribbon functions are ready", () => {
    const buku = bangunBuku({});
    const jawab = prosesPermintaan(buatSesi(buku), minta("Microsoft.InternalService.AddinInternalService"));
    expect([jawab.Error, buku.perintahSiap]).toEqual([undefined, true]);
  });

  it("refuses any other service as not emulated", () => {
    const jawab = prosesPermintaan(buatSesi(bangunBuku({})), minta("Microsoft.Lain"));
    expect(jawab.Error).toMatchObject({ Code: "NotImplemented" });
  });
});
