import { geserRumus } from "./geser-rumus";
import { buatExcel } from "./muat-klien";

/** Runs one batch and gives back Excel's refusal (code, message), or null. */
async function tolakan(
  excel: ReturnType<typeof buatExcel>,
  f: (ctx: Excel.RequestContext) => void | Promise<void>,
) {
  try {
    await excel.run(async (ctx) => {
      await f(ctx);
      await ctx.sync();
    });
    return null;
  } catch (e) {
    const g = e as OfficeExtension.Error;
    return { code: g.code, message: g.message };
  }
}

const lembar = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("IKU");
const jalankan = (excel: ReturnType<typeof buatExcel>, f: (ctx: Excel.RequestContext) => void) =>
  excel.run(async (ctx) => {
    f(ctx);
    await ctx.sync();
  });

describe("formulas moved as Excel moves them", () => {
  it.each([
    ["=A1+$A$1+$A1+A$1", 2, 1, "=B3+$A$1+$A3+B$1"],
    ["=SUM(A1:B2)", 1, 0, "=SUM(A2:B3)"],
    ["=IKU!D6+'IKU (2)'!D6", 1, 1, "=IKU!E7+'IKU (2)'!E7"],
    ["=SUM(D:D)+SUM(5:5)", 1, 1, "=SUM(E:E)+SUM(6:6)"],
    ['="A1 ""B2"""&A1', 1, 0, '="A1 ""B2"""&A2'],
    ["='A1 sheet'!A1", 1, 0, "='A1 sheet'!A2"],
    ["=LOG10(A1)+ATAN2(A1,B1)", 1, 0, "=LOG10(A2)+ATAN2(A2,B2)"],
    ["=A1", -1, 0, "=#REF!"],
    ["=IKU!A1:B2", 0, -1, "=IKU!#REF!"],
    ["=Tahun2024+XFD1", 0, 0, "=Tahun2024+XFD1"],
    ["=XFD1", 0, 1, "=#REF!"],
    ["=Tabel[Kolom A1]+A1", 1, 0, "=Tabel[Kolom A1]+A2"],
    ["=$D$1*2.5E3", 4, 4, "=$D$1*2.5E3"],
  ])("%s moved %i rows, %i columns is %s", (rumus, db, dk, harap) => {
    expect(geserRumus(rumus, db, dk)).toBe(harap);
  });
});

describe("Range.copyFrom (ExcelApi 1.9)", () => {
  const awal = () =>
    buatExcel({
      lembar: {
        IKU: [
          ["Nama", "Target", "Realisasi", "Capaian"],
          ["A", 10, 8, "=C2/B2*$F$1"],
          ["B", 20, 5, null],
          ["C", 30, 6, null],
        ],
      },
    });

  it("fills a block from its first row: formulas moved per row, $ parts kept", async () => {
    const excel = awal();
    await jalankan(excel, (ctx) =>
      lembar(ctx).getRange("D3:D4").copyFrom("D2", Excel.RangeCopyType.formulas),
    );
    expect(excel.model.lembar("IKU").rumus("D2:D4")).toEqual([
      ["=C2/B2*$F$1"],
      ["=C3/B3*$F$1"],
      ["=C4/B4*$F$1"],
    ]);
  });

  it("repeats the source over a destination that is an exact multiple of it (office-js #2674)", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1, "=A1*2"]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A3:D4").copyFrom("A1:B1"));
    expect(excel.model.lembar("IKU").rumus("A3:D4")).toEqual([
      [1, "=A3*2", 1, "=C3*2"],
      [1, "=A4*2", 1, "=C4*2"],
    ]);
  });

  it("pastes once, expanded, from the top-left cell of a destination that is no multiple", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1, 2, 3]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A3").copyFrom("IKU!A1:C1"));
    expect(excel.model.lembar("IKU").nilai("A3:D3")).toEqual([[1, 2, 3, ""]]);
  });

  it("copies from another sheet by a quoted, sheet-qualified address", async () => {
    const excel = buatExcel({ lembar: { IKU: [], "IKU (2)": [["x", '=A1&"!"']] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("B2").copyFrom("'IKU (2)'!A1:B1"));
    expect(excel.model.lembar("IKU").rumus("B2:C2")).toEqual([["x", '=B2&"!"']]);
  });

  it("copies formats only with Formats: font, fill, number format, borders, alignment", async () => {
    const excel = awal();
    await jalankan(excel, (ctx) => {
      const a = lembar(ctx).getRange("B2");
      a.format.font.bold = true;
      a.format.fill.color = "#FFFF00";
      a.format.horizontalAlignment = "Center";
      a.format.borders.getItem("EdgeBottom").style = "Continuous";
      a.numberFormat = [["0.00"]];
      lembar(ctx).getRange("F2:G3").copyFrom("B2", "Formats");
    });
    const hasil = await excel.run(async (ctx) => {
      const r = lembar(ctx).getRange("F2:G3");
      r.load("numberFormat,values");
      r.format.load("horizontalAlignment");
      r.format.font.load("bold");
      r.format.fill.load("color");
      const g = r.format.borders.getItem("EdgeBottom");
      g.load("style");
      await ctx.sync();
      return [
        r.values,
        r.numberFormat,
        r.format.horizontalAlignment,
        r.format.font.bold,
        r.format.fill.color,
        g.style,
      ];
    });
    expect(hasil).toEqual([
      [
        ["", ""],
        ["", ""],
      ],
      [
        ["0.00", "0.00"],
        ["0.00", "0.00"],
      ],
      "Center",
      true,
      "#FFFF00",
      "Continuous",
    ]);
    // A mix of formatted and unformatted source cells reads back mixed (null), as in Excel.
    await jalankan(excel, (ctx) => lembar(ctx).getRange("F5:G5").copyFrom("A2:B2", "Formats"));
    const bold = await excel.run(async (ctx) => {
      const r = lembar(ctx).getRange("F5:G5");
      r.format.font.load("bold");
      await ctx.sync();
      return r.format.font.bold;
    });
    expect(bold).toBeNull();
  });

  it("copies both with All (the default) and stores the formats in few entries", async () => {
    const excel = buatExcel({ lembar: { IKU: [["=ROW()", 5]] } });
    const l = excel.model.lembar("IKU");
    await jalankan(excel, (ctx) => {
      lembar(ctx).getRange("A1:B1").format.font.italic = true;
      lembar(ctx).getRange("A2:B501").copyFrom("A1:B1");
    });
    expect(l.rumus("A500:B501")).toEqual([
      ["=ROW()", 5],
      ["=ROW()", 5],
    ]);
    expect(l.bacaGaya({ b0: 1, b1: 500, k0: 0, k1: 1 }, "font.italic", false)).toBe(true);
    expect(l.gaya.length).toBeLessThan(20);
  });

  it("pastes values with formulas replaced by their results when the model computes them", async () => {
    const excel = buatExcel({ lembar: { IKU: [[2, "=A1*3"]] }, hitung: () => 6 });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A3").copyFrom("A1:B1", "Values"));
    expect(excel.model.lembar("IKU").rumus("A3:B3")).toEqual([[2, 6]]);
  });

  it("refuses Values over a formula it cannot compute, as reading its value is", async () => {
    const excel = buatExcel({ lembar: { IKU: [["=1+1"]] } });
    const g = await tolakan(excel, (ctx) => lembar(ctx).getRange("B1").copyFrom("A1", "Values"));
    expect(g?.code).toBe("NotImplemented");
  });

  it("skips blank source cells with skipBlanks", async () => {
    const excel = buatExcel({
      lembar: {
        IKU: [
          [1, null, 3],
          ["a", "b", "c"],
        ],
      },
    });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A2").copyFrom("A1:C1", "Formulas", true));
    expect(excel.model.lembar("IKU").nilai("A2:C2")).toEqual([[1, "b", 3]]);
  });

  it("transposes constants", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1, 2, 3]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("E1").copyFrom("A1:C1", "Values", false, true));
    expect(excel.model.lembar("IKU").nilai("E1:E3")).toEqual([[1], [2], [3]]);
  });

  it("takes a RangeAreas source whose areas are one rectangle less whole columns", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1, "x", "=B1+1"]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A3").copyFrom(lembar(ctx).getRanges("A1, C1")));
    expect(excel.model.lembar("IKU").rumus("A3:B3")).toEqual([[1, "=A3+1"]]);
  });

  it.each([
    [
      "a destination past XFD",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange("XFD1").copyFrom("A1:B1"),
      "InvalidArgument",
    ],
    [
      "part of a merged area",
      (ctx: Excel.RequestContext) => {
        lembar(ctx).getRange("C3:D4").merge();
        lembar(ctx).getRange("B3:C3").copyFrom("A1:B1");
      },
      "InvalidOperation",
    ],
    [
      "a RangeAreas source of differently shaped areas (office-js #4800)",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange("E1").copyFrom(lembar(ctx).getRanges("A1:A2, C1")),
      "InvalidArgument",
    ],
    [
      "copyType Link",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange("E1").copyFrom("A1", "Link"),
      "NotImplemented",
    ],
    [
      "transposed formulas",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange("E1").copyFrom("A1:B1", "Formulas", false, true),
      "NotImplemented",
    ],
    [
      "a multiple one way only",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange("E1:H3").copyFrom("A1:B2"),
      "NotImplemented",
    ],
    [
      "a source with a conditional format (its rules would be copied)",
      (ctx: Excel.RequestContext) => {
        lembar(ctx).getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "=A1>0";
        lembar(ctx).getRange("E1").copyFrom("A1");
      },
      "NotImplemented",
    ],
  ])("refuses %s", async (_nama, f, kode) => {
    const excel = buatExcel({ lembar: { IKU: [[1, "=A1"]] } });
    expect(await tolakan(excel, f)).toMatchObject({ code: kode });
  });
});

describe("Range.autoFill (ExcelApi 1.9)", () => {
  it("fills a formula down, references moved per row (FillDefault)", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1, "=A1*$C$1"], [2], [3]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("B1").autoFill("B1:B3"));
    expect(excel.model.lembar("IKU").rumus("B1:B3")).toEqual([["=A1*$C$1"], ["=A2*$C$1"], ["=A3*$C$1"]]);
  });

  it("fills right and carries the source's formats", async () => {
    const excel = buatExcel({ lembar: { IKU: [["=A2", "x"]] } });
    await jalankan(excel, (ctx) => {
      lembar(ctx).getRange("A1").format.font.bold = true;
      lembar(ctx).getRange("A1:B1").autoFill("A1:F1", Excel.AutoFillType.fillCopy);
    });
    const l = excel.model.lembar("IKU");
    expect(l.rumus("A1:F1")).toEqual([["=A2", "x", "=C2", "x", "=E2", "x"]]);
    expect(l.bacaGaya({ b0: 0, b1: 0, k0: 4, k1: 4 }, "font.bold", false)).toBe(true);
    expect(l.bacaGaya({ b0: 0, b1: 0, k0: 5, k1: 5 }, "font.bold", false)).toBe(false);
  });

  it("fills upward as well, the pattern repeating away from the source", async () => {
    const excel = buatExcel({ lembar: { IKU: [[null], [null], ["=B3"]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A3").autoFill("A1:A3"));
    expect(excel.model.lembar("IKU").rumus("A1:A3")).toEqual([["=B1"], ["=B2"], ["=B3"]]);
  });

  it("repeats a single number with FillDefault and extends a step series of two", async () => {
    const excel = buatExcel({
      lembar: {
        IKU: [
          [5, 1],
          [null, 3],
        ],
      },
    });
    await jalankan(excel, (ctx) => {
      lembar(ctx).getRange("A1").autoFill("A1:A4");
      lembar(ctx).getRange("B1:B2").autoFill("B1:B5");
    });
    expect(excel.model.lembar("IKU").nilai("A1:B5")).toEqual([
      [5, 1],
      [5, 3],
      [5, 5],
      [5, 7],
      ["", 9],
    ]);
  });

  it("repeats two numbers with FillCopy", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1], [3]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRange("A1:A2").autoFill("A1:A5", "FillCopy"));
    expect(excel.model.lembar("IKU").nilai("A1:A5")).toEqual([[1], [3], [1], [3], [1]]);
  });

  it.each([
    ["a destination that does not contain the source", "C1:C4", "FillDefault", "InvalidArgument"],
    ["a destination extending both ways", "A1:B4", "FillDefault", "InvalidArgument"],
    ["FillSeries", "A1:A4", "FillSeries", "NotImplemented"],
    ["FillDefault over text ending in a number", "B1:B4", "FillDefault", "NotImplemented"],
  ])("refuses %s", async (_nama, tujuan, jenis, kode) => {
    const excel = buatExcel({ lembar: { IKU: [[1, "Item 1"]] } });
    const asal = tujuan.startsWith("B") ? "B1" : "A1";
    const g = await tolakan(excel, (ctx) =>
      lembar(ctx)
        .getRange(asal)
        .autoFill(tujuan, jenis as Excel.AutoFillType),
    );
    expect(g).toMatchObject({ code: kode });
  });
});

describe("Worksheet.getRanges (ExcelApi 1.9)", () => {
  it("takes comma- or semicolon-separated, optionally sheet-qualified addresses", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    const r = await excel.run(async (ctx) => {
      const a = lembar(ctx).getRanges("A1:B2, IKU!D4:E9; 'IKU'!G1");
      a.load("address,areaCount,cellCount");
      await ctx.sync();
      return [a.address, a.areaCount, a.cellCount];
    });
    expect(r).toEqual(["IKU!A1:B2,IKU!D4:E9,IKU!G1", 3, 17]);
  });

  it("applies format writes to every area, as the same write on each area as a Range", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    await jalankan(excel, (ctx) => {
      const a = lembar(ctx).getRanges("A1:B2, D4:E9");
      a.format.font.bold = true;
      a.format.font.color = "#FF0000";
      a.format.fill.color = "#EEEEEE";
      a.format.horizontalAlignment = "Right";
      a.format.wrapText = true;
      a.format.borders.getItem("EdgeTop").style = "Continuous";
      a.format.columnWidth = 60;
    });
    const l = excel.model.lembar("IKU");
    for (const k of [
      { b0: 0, b1: 1, k0: 0, k1: 1 },
      { b0: 3, b1: 8, k0: 3, k1: 4 },
    ]) {
      expect(l.bacaGaya(k, "font.bold", false)).toBe(true);
      expect(l.bacaGaya(k, "font.color", null)).toBe("#FF0000");
      expect(l.bacaGaya(k, "fill.color", null)).toBe("#EEEEEE");
      expect(l.bacaGaya(k, "horizontalAlignment", null)).toBe("Right");
      expect(l.bacaGaya(k, "wrapText", null)).toBe(true);
      expect(l.bacaGaya(k, "borders.EdgeTop.style", null)).toBe("Continuous");
    }
    expect(l.bacaGaya({ b0: 2, b1: 2, k0: 0, k1: 0 }, "font.bold", false)).toBe(false);
    expect([0, 1, 2, 3, 4].map((k) => l.lebarKolom.get(k))).toEqual([60, 60, undefined, 60, 60]);
    const baca = await excel.run(async (ctx) => {
      const a = lembar(ctx).getRanges("A1:B2, D4:E9");
      a.format.font.load("bold");
      await ctx.sync();
      return a.format.font.bold;
    });
    expect(baca).toBe(true);
  });

  it("copies into a single-area RangeAreas", async () => {
    const excel = buatExcel({ lembar: { IKU: [["=B1"]] } });
    await jalankan(excel, (ctx) => lembar(ctx).getRanges("A2:A3").copyFrom("A1", "Formulas"));
    expect(excel.model.lembar("IKU").rumus("A2:A3")).toEqual([["=B2"], ["=B3"]]);
  });

  it.each([
    ["an area on another sheet", "Lain!A1, B2", "InvalidArgument"],
    ["a bad address", "A1:B2, ZZZZ9", "InvalidArgument"],
    ["an empty part", "A1,,B2", "InvalidArgument"],
    [
      "an address list over 8,192 characters (office-js #5198)",
      Array(1500).fill("A1:B2").join(","),
      "InvalidArgument",
    ],
  ])("refuses %s", async (_nama, alamat, kode) => {
    const excel = buatExcel({ lembar: { IKU: [], Lain: [] } });
    const g = await tolakan(excel, (ctx) => void lembar(ctx).getRanges(alamat).load("address"));
    expect(g).toMatchObject({ code: kode });
  });

  it("accepts an address list of 8,192 characters, the limit itself", async () => {
    const alamat = Array(2731).fill("A1").join(",");
    expect(alamat).toHaveLength(8192);
    const excel = buatExcel({ lembar: { IKU: [] } });
    expect(await tolakan(excel, (ctx) => void lembar(ctx).getRanges(alamat).load("areaCount"))).toBeNull();
  });

  it("refuses copyFrom into several areas as not emulated (office-js #1494, #4800)", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1]] } });
    const g = await tolakan(excel, (ctx) => lembar(ctx).getRanges("B1, D1").copyFrom("A1"));
    expect(g).toMatchObject({ code: "NotImplemented" });
  });
});

describe("workbook.styles (ExcelApi 1.7) and Range.style", () => {
  it("has Normal, Good, Bad and Neutral from the start", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    const r = await excel.run(async (ctx) => {
      const s = ctx.workbook.styles;
      s.load("items/name,items/builtIn");
      const n = s.getCount();
      await ctx.sync();
      return [s.items.map((x) => [x.name, x.builtIn]), n.value];
    });
    expect(r).toEqual([
      [
        ["Normal", true],
        ["Good", true],
        ["Bad", true],
        ["Neutral", true],
      ],
      4,
    ]);
  });

  it("adds a style, sets it, applies it to a range and to RangeAreas, reading it back", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    await jalankan(excel, (ctx) => {
      ctx.workbook.styles.add("Angka IKU");
      const g = ctx.workbook.styles.getItem("Angka IKU");
      g.numberFormat = "0.00";
      g.font.bold = true;
      g.fill.color = "#DDEBF7";
      g.horizontalAlignment = "Right";
      g.borders.getItem("EdgeBottom").style = "Continuous";
      g.includeAlignment = false;
    });
    const r = await excel.run(async (ctx) => {
      lembar(ctx).getRange("B2:C3").style = "Angka IKU";
      lembar(ctx).getRanges("E1, E5").style = "Good";
      const x = lembar(ctx).getRange("B2:C3");
      x.load("style,numberFormat");
      x.format.font.load("bold");
      x.format.fill.load("color");
      x.format.load("horizontalAlignment");
      const y = lembar(ctx).getRange("E5");
      y.load("style");
      y.format.fill.load("color");
      const g = ctx.workbook.styles.getItem("Angka IKU");
      g.load("name,builtIn,numberFormat,includeAlignment,includeFont");
      await ctx.sync();
      return {
        style: x.style,
        numberFormat: x.numberFormat,
        bold: x.format.font.bold,
        fill: x.format.fill.color,
        align: x.format.horizontalAlignment,
        good: [y.style, y.format.fill.color],
        gaya: [g.name, g.builtIn, g.numberFormat, g.includeAlignment, g.includeFont],
      };
    });
    expect(r).toEqual({
      style: "Angka IKU",
      numberFormat: [
        ["0.00", "0.00"],
        ["0.00", "0.00"],
      ],
      bold: true,
      fill: "#DDEBF7",
      // includeAlignment is off: the cells keep their own alignment.
      align: "General",
      good: ["Good", "#C6EFCE"],
      gaya: ["Angka IKU", false, "0.00", false, true],
    });
    expect(
      excel.model.lembar("IKU").bacaGaya({ b0: 2, b1: 2, k0: 1, k1: 2 }, "borders.EdgeBottom.style", null),
    ).toBe("Continuous");
  });

  it("deletes a style it added; getItemOrNullObject then gives a null object", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    const r = await excel.run(async (ctx) => {
      ctx.workbook.styles.add("Sementara");
      ctx.workbook.styles.getItem("Sementara").delete();
      const g = ctx.workbook.styles.getItemOrNullObject("Sementara");
      await ctx.sync();
      return g.isNullObject;
    });
    expect(r).toBe(true);
  });

  it.each([
    [
      "a style name that exists",
      (ctx: Excel.RequestContext) => ctx.workbook.styles.add("good"),
      "ItemAlreadyExists",
    ],
    [
      "an unknown style",
      (ctx: Excel.RequestContext) => void ctx.workbook.styles.getItem("Tidak Ada").load("name"),
      "ItemNotFound",
    ],
    [
      "deleting a built-in style",
      (ctx: Excel.RequestContext) => ctx.workbook.styles.getItem("Bad").delete(),
      "InvalidOperation",
    ],
    [
      "applying an unknown style",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1").style = "Tidak Ada"),
      "InvalidArgument",
    ],
    [
      "changing a style cells already carry (they would not follow)",
      (ctx: Excel.RequestContext) => {
        lembar(ctx).getRange("A1").style = "Neutral";
        ctx.workbook.styles.getItem("Neutral").font.bold = true;
      },
      "NotImplemented",
    ],
  ])("refuses %s", async (_nama, f, kode) => {
    expect(await tolakan(buatExcel({ lembar: { IKU: [] } }), f)).toMatchObject({ code: kode });
  });
});
