import { buatExcel } from "./muat-klien";

/** Runs one batch and gives back Excel's refusal (code, message, location), or null. */
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
    return { code: g.code, message: g.message, lokasi: g.debugInfo?.errorLocation };
  }
}

const IKU = () =>
  buatExcel({
    lembar: {
      IKU: [
        ["Indikator", "Target", "Realisasi"],
        ["A", 10, 8],
      ],
    },
  });
const lembar = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("IKU");

describe("what Excel makes of strings written to cells", () => {
  it.each([
    ["values", "=B2*2", { rumus: "=B2*2" }],
    ["values", "'=B2*2", { nilai: "=B2*2" }],
    ["values", "+5 orang", { nilai: "+5 orang" }],
    ["formulas", "+5 orang", { rumus: "=+5 orang" }],
    ["formulas", "-B2", { rumus: "=-B2" }],
    ["values", "12.5", { nilai: 12.5 }],
    ["values", "'12.5", { nilai: "12.5" }],
    ["values", "true", { nilai: true }],
  ] as const)("through %s, %j is stored as %j", async (lewat, isi, harap) => {
    const excel = IKU();
    await excel.run(async (ctx) => {
      lembar(ctx).getRange("D2")[lewat] = [[isi]];
      await ctx.sync();
    });
    const l = excel.model.lembar("IKU");
    const [[rumus]] = l.rumus("D2");
    if ("rumus" in harap) expect(rumus).toBe(harap.rumus);
    else expect(l.nilai("D2")).toEqual([[harap.nilai]]);
  });

  it("stores a number written to a Text-formatted cell as text, as typing it would", async () => {
    const excel = IKU();
    excel.model.lembar("IKU").tulisFormatAngka({ b0: 1, b1: 1, k0: 3, k1: 3 }, "@");
    const jenis = await excel.run(async (ctx) => {
      const r = lembar(ctx).getRange("D2:E2");
      r.values = [[0.41, 0.41]];
      r.load("valueTypes");
      await ctx.sync();
      return r.valueTypes;
    });
    expect(jenis).toEqual([["String", "Double"]]);
    expect(excel.model.lembar("IKU").nilai("D2:E2")).toEqual([["0.41", 0.41]]);
  });

  it("refuses to read a formula's value it cannot compute, naming the formula", async () => {
    const excel = buatExcel({ lembar: { IKU: [["=1+1"]] } });
    const g = await tolakan(excel, (ctx) => void lembar(ctx).getRange("A1").load("values"));
    expect(g).toMatchObject({ code: "NotImplemented", message: expect.stringContaining("=1+1") });
  });
});

describe("refusals, each as Excel sends it", () => {
  it.each([
    [
      "an unknown sheet",
      (ctx: Excel.RequestContext) => void ctx.workbook.worksheets.getItem("Tidak Ada").load("name"),
      "ItemNotFound",
    ],
    [
      "an unknown conditional format",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange().conditionalFormats.getItem("{x}").delete(),
      "ItemNotFound",
    ],
    [
      "a column past XFD",
      (ctx: Excel.RequestContext) => void lembar(ctx).getRange("XFE1").load("address"),
      "InvalidArgument",
    ],
    [
      "a row past 1,048,576",
      (ctx: Excel.RequestContext) => void lembar(ctx).getRange("A1048577").load("address"),
      "InvalidArgument",
    ],
    [
      "an offset past the last row",
      (ctx: Excel.RequestContext) =>
        void lembar(ctx).getRange("A1048576").getOffsetRange(1, 0).load("address"),
      "InvalidArgument",
    ],
    [
      "an array of another shape",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1:B2").values = [[1, 2], [3]]),
      "InvalidArgument",
    ],
    [
      "a number format array of another shape",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1:B2").numberFormat = [["0"]]),
      "InvalidArgument",
    ],
    [
      "32,768 characters in a cell",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1").values = [["x".repeat(32768)]]),
      "InvalidArgument",
    ],
    [
      "a row height of 409.5 points",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1").format.rowHeight = 409.5),
      "InvalidArgument",
    ],
    [
      "a conditional-format formula of 256 characters",
      (ctx: Excel.RequestContext) => {
        lembar(ctx).getRange("C2").conditionalFormats.add("Custom").custom.rule.formula =
          `=${"1".repeat(255)}`;
      },
      "InvalidArgument",
    ],
    [
      "a validation formula of 256 characters",
      (ctx: Excel.RequestContext) => {
        lembar(ctx).getRange("C2").dataValidation.rule = { custom: { formula: `=${"1".repeat(255)}` } };
      },
      "InvalidArgument",
    ],
    [
      "select() on a sheet that is not active (office-js #5118)",
      (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.add("Lain").getRange("A1").select();
      },
      "InvalidSelection",
    ],
    [
      "a member the emulator does not implement",
      (ctx: Excel.RequestContext) => lembar(ctx).getRange("A1").format.autofitColumns(),
      "NotImplemented",
    ],
  ])("refuses %s", async (_nama, f, kode) => {
    expect(await tolakan(IKU(), f)).toMatchObject({ code: kode });
  });

  it.each([
    [
      "32,767 characters in a cell",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1").values = [["x".repeat(32767)]]),
    ],
    [
      "a row height of 409 points",
      (ctx: Excel.RequestContext) => void (lembar(ctx).getRange("A1").format.rowHeight = 409),
    ],
    [
      "a conditional-format formula of 255 characters",
      (ctx: Excel.RequestContext) => {
        lembar(ctx).getRange("C2").conditionalFormats.add("Custom").custom.rule.formula =
          `=${"1".repeat(254)}`;
      },
    ],
    [
      "XFD1048576 itself",
      (ctx: Excel.RequestContext) => void lembar(ctx).getRange("XFD1048576").load("address"),
    ],
    [
      "select() after activating the sheet",
      (ctx: Excel.RequestContext) => {
        const l = ctx.workbook.worksheets.add("Lain");
        l.activate();
        l.getRange("A1").select();
      },
    ],
  ])("accepts %s, the limit itself", async (_nama, f) => {
    expect(await tolakan(IKU(), f)).toBeNull();
  });

  it("names the statement that failed in debugInfo", async () => {
    const g = await tolakan(IKU(), (ctx) => void (lembar(ctx).getRange("A1:B2").formulas = [[1]]));
    expect(g).toEqual({
      code: "InvalidArgument",
      message: expect.stringContaining("1×1"),
      lokasi: "GetRange.Formulas",
    });
  });
});

describe("batches are not atomic", () => {
  it("keeps what ran before the failing action and runs nothing after it", async () => {
    const excel = IKU();
    const g = await tolakan(excel, (ctx) => {
      lembar(ctx).getRange("E1").values = [["sebelum"]];
      lembar(ctx).getRange("E2:E3").values = [["salah"]];
      lembar(ctx).getRange("E4").values = [["sesudah"]];
    });
    expect(g?.code).toBe("InvalidArgument");
    expect(excel.model.lembar("IKU").nilai("E1:E4")).toEqual([["sebelum"], [""], [""], [""]]);
  });

  it("leaves a sheet added before the failure in the workbook", async () => {
    const excel = IKU();
    await tolakan(excel, (ctx) => {
      ctx.workbook.worksheets.add("IKU (2)").getRange("A1:B1").values = [[1]];
    });
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["IKU", "IKU (2)"]);
  });
});

describe("a forced refusal (option tolak)", () => {
  it("refuses the chosen action with the given code, keeping what ran before it", async () => {
    const excel = buatExcel({
      lembar: { IKU: [] },
      tolak: (a) => (a.lembar === "IKU" && a.anggota === "Values" ? ["AccessDenied", "Ditolak"] : undefined),
    });
    const g = await tolakan(excel, (ctx) => {
      ctx.workbook.worksheets.add("Lain");
      lembar(ctx).getRange("A1").values = [[1]];
    });
    expect(g).toMatchObject({ code: "AccessDenied", message: "Ditolak" });
    expect(excel.model.daftar.map((l) => l.nama)).toEqual(["IKU", "Lain"]);
  });
});

describe("whole columns and rows", () => {
  it.each([
    ["D:D", "IKU!D:D", 1048576, 1],
    ["3:3", "IKU!3:3", 1, 16384],
    ["B:C", "IKU!B:C", 1048576, 2],
  ])("%s is %s of %i × %i cells", async (alamat, harap, baris, kolom) => {
    const excel = IKU();
    const r = await excel.run(async (ctx) => {
      const x = lembar(ctx).getRange(alamat);
      x.load("address,rowCount,columnCount");
      await ctx.sync();
      return [x.address, x.rowCount, x.columnCount];
    });
    expect(r).toEqual([harap, baris, kolom]);
  });

  it("reading D:D's 1,048,576 rows costs over 5 MB, so Excel on the web refuses the response", async () => {
    const excel = IKU();
    const g = await tolakan(excel, (ctx) => void lembar(ctx).getRange("D:D").load("values"));
    expect(g?.code).toBe("ResponsePayloadSizeLimitExceeded");
    // [""], for each row: five bytes a row, 5.24 MB for the column.
    expect(excel.terakhir().largestResponseBytes).toBeGreaterThan(1048576 * 5);
  });

  it("refuses to read the values of the whole sheet without building them", async () => {
    const g = await tolakan(IKU(), (ctx) => void lembar(ctx).getRange().load("values"));
    expect(g?.code).toBe("RangeExceedsLimit");
  });

  // Reading exactly 5,000,000 cells is allowed but takes seconds to build here; D:D above reads 1,048,576.
  it("refuses a read of 5,000,001 cells with RangeExceedsLimit, the documented limit on every platform", async () => {
    const g = await tolakan(IKU(), (ctx) => void lembar(ctx).getRange("A1:E1000001").load("formulas"));
    expect(g?.code).toBe("RangeExceedsLimit");
  });
});

describe("5 MB per request", () => {
  it("refuses a request body over the limit and applies nothing of it", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    const besar = Array.from({ length: 180 }, () => ["x".repeat(30000)]);
    const g = await tolakan(excel, (ctx) => {
      lembar(ctx).getRange("A1").values = [["kecil"]];
      lembar(ctx).getRange("B1:B180").values = besar;
    });
    expect(g?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.model.lembar("IKU").nilai("A1")).toEqual([[""]]);
    expect(excel.terakhir().largestRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("takes the limit as a parameter", async () => {
    const excel = buatExcel({ lembar: { IKU: [] }, batasPermintaan: 2000 });
    const g = await tolakan(excel, (ctx) => void (lembar(ctx).getRange("A1").values = [["x".repeat(2000)]]));
    expect(g?.code).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("conditional formats deleted through the sheet-wide collection (office-js #5222, switch cfTumpangHapus)", () => {
  async function duaAturan(alamatKedua: string) {
    const excel = buatExcel({ lembar: { IKU: [] }, kuirk: { cfTumpangHapus: true } });
    await excel.run(async (ctx) => {
      for (const a of ["C2:C10", alamatKedua])
        lembar(ctx).getRange(a).conditionalFormats.add("Custom").custom.rule.formula = "=C2<1";
      await ctx.sync();
    });
    return excel;
  }

  async function hapusPertama(excel: ReturnType<typeof buatExcel>, alamat?: string) {
    return tolakan(excel, async (ctx) => {
      const k = lembar(ctx).getRange(alamat).conditionalFormats;
      k.load("items/id");
      await ctx.sync();
      k.items[0].delete();
    });
  }

  it("fails with ItemNotFound where two rules share cells", async () => {
    const excel = await duaAturan("C5:C6");
    expect(await hapusPertama(excel)).toMatchObject({ code: "ItemNotFound" });
    expect(excel.model.lembar("IKU").bersyarat).toHaveLength(2);
  });

  it.each([
    ["rules apart, through the sheet-wide collection", "E2:E3", undefined],
    ["overlapping rules, through a range-scoped collection", "C5:C6", "C2:C10"],
  ])("deletes %s", async (_nama, kedua, alamat) => {
    const excel = await duaAturan(kedua);
    expect(await hapusPertama(excel, alamat)).toBeNull();
    expect(excel.model.lembar("IKU").bersyarat).toHaveLength(1);
  });
});

describe("a rule's own ranges (ConditionalFormat.getRanges, ExcelApi 1.9)", () => {
  /** One rule over two rectangles, as Excel splits a rule when rows are inserted into it. */
  function aturanDuaArea() {
    const excel = IKU();
    const l = excel.model.lembar("IKU");
    const a = l.tambahAturan({ b0: 1, b1: 3, k0: 2, k1: 2 }, "Custom");
    a.rumus = "=C2<1";
    a.kotak.push({ b0: 6, b1: 9, k0: 2, k1: 2 });
    return excel;
  }

  it("gives every rectangle of the rule, each named with its sheet", async () => {
    const excel = aturanDuaArea();
    const r = await excel.run(async (ctx) => {
      const k = lembar(ctx).getRange().conditionalFormats;
      k.load("items/id");
      await ctx.sync();
      const area = k.items[0].getRanges();
      area.load("address,areaCount,cellCount");
      area.areas.load("items/address");
      await ctx.sync();
      return [area.address, area.areaCount, area.cellCount, area.areas.items.map((x) => x.address)];
    });
    expect(r).toEqual(["IKU!C2:C4,IKU!C7:C10", 2, 7, ["IKU!C2:C4", "IKU!C7:C10"]]);
  });

  it("puts a new rule at the top priority, as documented", async () => {
    const excel = IKU();
    const urutan = await excel.run(async (ctx) => {
      for (const r of ["=C2<1", "=C2>1"])
        lembar(ctx).getRange("C2:C9").conditionalFormats.add("Custom").custom.rule.formula = r;
      const k = lembar(ctx).getRange().conditionalFormats;
      k.load("items/priority,items/customOrNullObject/rule/formula");
      await ctx.sync();
      return k.items.map((a) => [a.priority, a.customOrNullObject.rule.formula]);
    });
    expect(urutan).toEqual([
      [0, "=C2>1"],
      [1, "=C2<1"],
    ]);
  });

  it("refuses getRange() on a rule over several rectangles, as documented", async () => {
    const g = await tolakan(aturanDuaArea(), async (ctx) => {
      const k = lembar(ctx).getRange().conditionalFormats;
      k.load("items/id");
      await ctx.sync();
      k.items[0].getRange().load("address");
    });
    expect(g).toMatchObject({ code: "InvalidOperation" });
  });

  it("deletes an overlapped rule through the collection of its own ranges", async () => {
    const excel = aturanDuaArea();
    excel.model.lembar("IKU").tambahAturan({ b0: 0, b1: 20, k0: 2, k1: 2 }, "Custom");
    const g = await tolakan(excel, async (ctx) => {
      const k = lembar(ctx).getRange().conditionalFormats;
      k.load("items/id");
      await ctx.sync();
      // The newer rule over C1:C21 comes first; the two-area rule is second in both collections.
      const lingkup = k.items[1].getRanges().conditionalFormats;
      lingkup.load("items/id");
      await ctx.sync();
      lingkup.items[1].delete();
    });
    expect(g).toBeNull();
    expect(excel.model.lembar("IKU").bersyarat.map((a) => a.kotak.length)).toEqual([1]);
  });

  it("refuses an area past the last one with ItemNotFound", async () => {
    const g = await tolakan(aturanDuaArea(), async (ctx) => {
      const k = lembar(ctx).getRange().conditionalFormats;
      k.load("items/id");
      await ctx.sync();
      k.items[0].getRanges().areas.getItemAt(2).load("address");
    });
    expect(g).toMatchObject({ code: "ItemNotFound" });
  });
});

describe("the recorder", () => {
  it("counts the syncs of each Excel.run, not the library's cleanup", async () => {
    const excel = IKU();
    await excel.run(async (ctx) => {
      const r = lembar(ctx).getRange("A1:C2");
      r.load("values");
      await ctx.sync();
      r.getCell(0, 0).format.font.bold = true;
      await ctx.sync();
    });
    await excel.run(async (ctx) => {
      lembar(ctx).getRange("A3").values = [["x"]];
      await ctx.sync();
    });
    expect(excel.perRun.map((r) => r.syncs)).toEqual([2, 1]);
    expect(excel.semua.syncs).toBe(3);
    expect(excel.perRun[0].totalRequestBytes).toBeGreaterThan(excel.perRun[0].largestRequestBytes);
  });
});

describe("the recorder's actions and escaped sizes", () => {
  it("counts the actions of each sync and the body as escaped inside the host's message", async () => {
    const excel = IKU();
    await excel.run(async (ctx) => {
      lembar(ctx).getRange("A3").values = [['"'.repeat(1000)]];
      await ctx.sync();
    });
    const r = excel.terakhir();
    expect(r.syncs).toBe(1);
    // The library's own request carries its instantiations and _KeepReference besides the write.
    expect(r.actions).toBe(excel.permintaan[0].Actions.length);
    expect(r.actions).toBeGreaterThan(1);
    // Each quote of the value is \" in the body (2 bytes) and \\\" once escaped again (4 bytes).
    expect(r.largestEscapedRequestBytes - r.largestRequestBytes).toBeGreaterThanOrEqual(2000);
    expect(r.totalEscapedRequestBytes).toBeGreaterThan(r.largestEscapedRequestBytes);
  });

  it("applies the limit to the escaped size unless told to use the raw one", async () => {
    // 1,000 quotes: about 2,000 bytes raw, about 4,000 escaped.
    const isi = [['"'.repeat(1000)]];
    const lolos = buatExcel({ lembar: { IKU: [] }, batasPermintaan: 3000 });
    const g = await tolakan(lolos, (ctx) => void (lembar(ctx).getRange("A1").values = isi));
    expect(g?.code).toBe("RequestPayloadSizeLimitExceeded");
    const mentah = buatExcel({ lembar: { IKU: [] }, batasPermintaan: 3000, batasPada: "mentah" });
    expect(await tolakan(mentah, (ctx) => void (lembar(ctx).getRange("A1").values = isi))).toBeNull();
  });

  it("answers GeneralException for an oversize request when told to, applying nothing", async () => {
    const excel = buatExcel({ lembar: { IKU: [] }, batasPermintaan: 2000, galatUkuran: "GeneralException" });
    const g = await tolakan(excel, (ctx) => void (lembar(ctx).getRange("A1").values = [["x".repeat(2000)]]));
    expect(g?.code).toBe("GeneralException");
    expect(excel.model.lembar("IKU").nilai("A1")).toEqual([[""]]);
  });
});

describe("page headers and footers (pageLayout.headersFooters, ExcelApi 1.9)", () => {
  it("keeps the default header and footer for all pages", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    await excel.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItem("IKU").pageLayout.headersFooters.defaultForAllPages;
      h.centerHeader = "&BIKU&B";
      h.rightFooter = "&9Halaman &P dari &N";
      await ctx.sync();
    });
    expect(excel.model.lembar("IKU").tataHalaman.HeadersFooters).toEqual({
      DefaultForAllPages: { CenterHeader: "&BIKU&B", RightFooter: "&9Halaman &P dari &N" },
    });
  });

  it("refuses a section over 255 characters, as Excel keeps no more", async () => {
    const excel = buatExcel({ lembar: { IKU: [] } });
    const g = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("IKU").pageLayout.headersFooters.defaultForAllPages.centerHeader =
          "x".repeat(256);
        await ctx.sync();
      })
      .then(
        () => undefined,
        (e: { code?: string }) => e,
      );
    expect(g?.code).toBe("InvalidArgument");
  });
});

describe("a selection of several areas (option pilihanBanyakArea)", () => {
  const banyak = () =>
    buatExcel({ lembar: { IKU: [[1, 2, 3]] }, pilihan: "IKU!A1:A1,C1", pilihanBanyakArea: true });

  // "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange, ExcelApi 1.1).
  it("refuses getSelectedRange with InvalidSelection", async () => {
    const g = await tolakan(banyak(), (ctx) => void ctx.workbook.getSelectedRange().load("address"));
    expect(g).toMatchObject({ code: "InvalidSelection" });
  });

  it("gives every area through getSelectedRanges (ExcelApi 1.9)", async () => {
    const r = await banyak().run(async (ctx) => {
      const a = ctx.workbook.getSelectedRanges();
      a.load("address,areaCount");
      await ctx.sync();
      return [a.address, a.areaCount];
    });
    expect(r).toEqual(["IKU!A1,IKU!C1", 2]);
  });

  it("refuses a multi-area pilihan without the option, as before", () => {
    expect(() => buatExcel({ lembar: { IKU: [[1]] }, pilihan: "IKU!A1,C1" })).toThrow();
  });
});

describe("kept references (Excel.run's _KeepReference, trackedObjects.remove)", () => {
  const pelepasan = (excel: ReturnType<typeof IKU>) =>
    excel.permintaan.flatMap((p) => p.Actions).filter((a) => a.Name === "_RemoveReference").length;

  it("keeps a range Excel.run tracks, and the library releases it after the run", async () => {
    const excel = IKU();
    await excel.run(async (ctx) => {
      lembar(ctx).getRange("A3").values = [[1]];
      await ctx.sync();
    });
    expect(pelepasan(excel)).toBe(1);
  });

  it("keeps nothing of a range released before the sync, which still gets its write", async () => {
    const excel = IKU();
    await excel.run(async (ctx) => {
      const r = lembar(ctx).getRange("A3");
      r.values = [[7]];
      ctx.trackedObjects.remove(r);
      await ctx.sync();
    });
    expect(pelepasan(excel)).toBe(0);
    expect(excel.permintaan[0].Actions.some((a) => a.Name === "_KeepReference")).toBe(false);
    expect(excel.model.lembar("IKU").nilai("A3")).toEqual([[7]]);
  });

  it("gives a reference only to the ranges still tracked when others were released", async () => {
    const excel = IKU();
    await excel.run(async (ctx) => {
      const lepas = lembar(ctx).getRange("A3");
      lepas.values = [[7]];
      ctx.trackedObjects.remove(lepas);
      lembar(ctx).getRange("A4").values = [[8]];
      await ctx.sync();
    });
    expect(pelepasan(excel)).toBe(1);
  });
});
