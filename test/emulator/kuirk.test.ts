/** Each quirk switch: off, the documented behaviour; on, what the cited report or page says. */
import { buatExcel, ExcelEmulator } from "./muat-klien";
import { Kuirk } from "./kuirk";

/** Runs one Excel.run and gives back Excel's refusal code, or null. */
async function kode(excel: ExcelEmulator, f: (ctx: Excel.RequestContext) => Promise<unknown>) {
  try {
    await excel.run(f);
    return null;
  } catch (e) {
    return (e as OfficeExtension.Error).code;
  }
}

/** Two custom rules on C2:C10 and `kedua`, and one apart on E2:E3. */
function tigaAturan(kuirk: Kuirk, kedua = "C5:C6"): ExcelEmulator {
  const excel = buatExcel({ lembar: { IKU: [] }, kuirk });
  const l = excel.model.lembar("IKU");
  for (const [alamat, rumus] of [
    ["C2:C10", "=C2<1"],
    [kedua, "=C5>2"],
    ["E2:E3", "=E2=0"],
  ]) {
    const a = l.tambahAturan({ b0: 0, b1: 0, k0: 0, k1: 0 }, "Custom");
    a.kotak = [excel.model.rujuk(alamat, l).kotak];
    a.rumus = rumus;
  }
  return excel;
}

const lembar = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("IKU");

async function rumusDi(excel: ExcelEmulator, alamat?: string): Promise<string[]> {
  return excel.run(async (ctx) => {
    const k = lembar(ctx).getRange(alamat).conditionalFormats;
    k.load("items/type,items/custom/rule/formula");
    await ctx.sync();
    return k.items.map((c) => c.custom.rule.formula);
  });
}

describe("cfTumpangBaca (office-js #6827, #6835)", () => {
  it("reads every rule's formula while it is off", async () => {
    expect(await rumusDi(tigaAturan({}))).toEqual(["=E2=0", "=C5>2", "=C2<1"]);
  });

  it.each([
    ["the sheet-wide collection", undefined],
    ["a collection scoped to one of the rules", "C5"],
  ])("refuses the formulas of rules that share cells through %s", async (_, alamat) => {
    const excel = tigaAturan({ cfTumpangBaca: true });
    expect(await kode(excel, () => rumusDi(excel, alamat))).toBe("ItemNotFound");
  });

  it("still reads a rule that shares no cells, and the ranges and count of any rule", async () => {
    const excel = tigaAturan({ cfTumpangBaca: true });
    expect(await rumusDi(excel, "E2")).toEqual(["=E2=0"]);
    const r = await excel.run(async (ctx) => {
      const k = lembar(ctx).getRange("C2").conditionalFormats;
      const n = k.getCount();
      const area = k.getItemAt(0).getRanges();
      area.load("address");
      await ctx.sync();
      return [n.value, area.address];
    });
    expect(r).toEqual([1, "IKU!C2:C10"]);
  });

  it("still lets a new rule on shared cells be written", async () => {
    const excel = tigaAturan({ cfTumpangBaca: true });
    await excel.run(async (ctx) => {
      lembar(ctx).getRange("C3:C4").conditionalFormats.add("Custom").custom.rule.formula = "=C3=1";
      await ctx.sync();
    });
    expect(excel.model.lembar("IKU").bersyarat.map((a) => a.rumus)).toContain("=C3=1");
  });
});

describe("cfUrutanLingkup (ConditionalFormat.id: the priority in the current collection)", () => {
  async function daftar(excel: ExcelEmulator, alamat?: string) {
    return excel.run(async (ctx) => {
      const k = lembar(ctx).getRange(alamat).conditionalFormats;
      k.load("items/id,items/custom/rule/formula");
      await ctx.sync();
      return k.items.map((c) => [c.id, c.custom.rule.formula]);
    });
  }

  it("lists a scoped collection in the sheet's order, with ids of the rule, while off", async () => {
    const excel = tigaAturan({});
    const seluruh = await daftar(excel);
    const lingkup = await daftar(excel, "C2:C10");
    expect(lingkup).toEqual(seluruh.filter(([, r]) => r !== "=E2=0"));
  });

  it("lists it in another order, each id its position there", async () => {
    const excel = tigaAturan({ cfUrutanLingkup: true });
    expect(await daftar(excel)).toEqual([
      ["0", "=E2=0"],
      ["1", "=C5>2"],
      ["2", "=C2<1"],
    ]);
    expect(await daftar(excel, "C2:C10")).toEqual([
      ["0", "=C2<1"],
      ["1", "=C5>2"],
    ]);
  });
});

describe("lembarDiproteksi (AccessDenied on a protected sheet)", () => {
  const excel = () =>
    buatExcel({ lembar: { IKU: [[1, 2]], Lain: [] }, kuirk: { lembarDiproteksi: ["IKU"] } });
  it.each<[string, (ctx: Excel.RequestContext) => void]>([
    ["values", (ctx) => void (lembar(ctx).getRange("A1").values = [[5]])],
    ["a fill", (ctx) => void (lembar(ctx).getRange("A1").format.fill.color = "#FF0000")],
    ["a new rule", (ctx) => void lembar(ctx).getRange("A1").conditionalFormats.add("Custom")],
  ])("refuses %s and leaves the sheet as it was", async (_, f) => {
    const x = excel();
    const hasil = await kode(x, async (ctx) => {
      f(ctx);
      await ctx.sync();
    });
    expect(hasil).toBe("AccessDenied");
    expect([x.model.lembar("IKU").nilai("A1:B1"), x.model.lembar("IKU").bersyarat]).toEqual([[[1, 2]], []]);
  });

  it("reads the protected sheet and writes to another", async () => {
    const x = excel();
    const r = await x.run(async (ctx) => {
      const v = lembar(ctx).getRange("A1:B1");
      v.load("values");
      ctx.workbook.worksheets.getItem("Lain").getRange("A1").values = [[3]];
      await ctx.sync();
      return v.values;
    });
    expect([r, x.model.lembar("Lain").nilai("A1")]).toEqual([[[1, 2]], [[3]]]);
  });
});

describe("request-wide states", () => {
  const tulisA1 = (nilai: number) => async (ctx: Excel.RequestContext) => {
    lembar(ctx).getRange("A1").values = [[nilai]];
    await ctx.sync();
  };

  it("modeSuntingSel refuses every request, applying nothing", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1]] }, kuirk: { modeSuntingSel: true } });
    expect(await kode(excel, tulisA1(2))).toBe("InvalidOperationInCellEditMode");
    expect(excel.model.lembar("IKU").nilai("A1")).toEqual([[1]]);
  });

  it("konflik refuses the n-th request only, applying nothing of it", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1]] }, kuirk: { konflik: 2 } });
    expect(await kode(excel, tulisA1(2))).toBeNull();
    expect(await kode(excel, tulisA1(3))).toBe("Conflict");
    expect(excel.model.lembar("IKU").nilai("A1")).toEqual([[2]]);
    expect(await kode(excel, tulisA1(4))).toBeNull();
  });

  it("waktuHabis applies the n-th request and loses its answer", async () => {
    const excel = buatExcel({ lembar: { IKU: [[1]] } });
    excel.kuirkDengan({ waktuHabis: 1 });
    expect(await kode(excel, tulisA1(2))).toBe("RequestAborted");
    expect(excel.model.lembar("IKU").nilai("A1")).toEqual([[2]]);
  });
});

describe("NamedItem.visible and type", () => {
  const buku = (kuirk: Kuirk = {}) => {
    const excel = buatExcel({ lembar: { IKU: [[1, 2]], Lama: [[3]] }, kuirk });
    excel.model.nama.set("milik", { rujukan: "IKU!A1", komentar: "", eja: "Milik" });
    return excel;
  };
  /** Loads every name's name, type and visibility. */
  const daftar = (excel: ExcelEmulator) =>
    excel.run(async (ctx) => {
      const n = ctx.workbook.names.load("items/name,items/type,items/visible");
      await ctx.sync();
      return n.items.map((x) => [x.name, x.type, x.visible]);
    });
  const tampak = (excel: ExcelEmulator, nama: string, v: boolean) =>
    kode(excel, async (ctx) => {
      ctx.workbook.names.getItem(nama).visible = v;
      await ctx.sync();
    });

  it("is visible by default; a name added and hidden in the same batch is hidden", async () => {
    const excel = buku();
    await excel.run(async (ctx) => {
      ctx.workbook.names.add("Baru", lembar(ctx).getRange("B1")).visible = false;
      await ctx.sync();
    });
    expect(await daftar(excel)).toEqual([
      ["Milik", "Range", true],
      ["Baru", "Range", false],
    ]);
  });

  it("hides and shows an existing name while the switches are off", async () => {
    const excel = buku();
    expect(await tampak(excel, "Milik", false)).toBeNull();
    expect(excel.model.nama.get("milik")?.terlihat).toBe(false);
    expect(await tampak(excel, "Milik", true)).toBeNull();
    expect(excel.model.nama.get("milik")?.terlihat).toBe(true);
  });

  it("turns a name's reference to #REF! when its sheet is deleted: an Error-typed name", async () => {
    const excel = buku();
    excel.model.nama.set("lama", { rujukan: "Lama!A1:A2", komentar: "", eja: "Lama" });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Lama").delete();
      await ctx.sync();
    });
    expect(excel.model.nama.get("lama")?.rujukan).toBe("#REF!A1:A2");
    expect((await daftar(excel))[1]).toEqual(["Lama", "Error", true]);
  });
});

describe("namaSembunyiAbai (office-js #3878, #3949)", () => {
  const excel = () => {
    const x = buatExcel({ lembar: { IKU: [[1]] }, kuirk: { namaSembunyiAbai: true } });
    x.model.nama.set("milik", { rujukan: "IKU!A1", komentar: "", eja: "Milik" });
    return x;
  };

  it.each<[string, (ctx: Excel.RequestContext) => Promise<Excel.NamedItem>]>([
    ["getItem", async (ctx) => ctx.workbook.names.getItem("Milik")],
    ["getItemOrNullObject", async (ctx) => ctx.workbook.names.getItemOrNullObject("Milik")],
    [
      "items",
      async (ctx) => {
        const n = ctx.workbook.names.load("items/name");
        await ctx.sync();
        return n.items[0];
      },
    ],
  ])("ignores hiding an existing name reached through %s, without an error", async (_, cari) => {
    const x = excel();
    const h = await kode(x, async (ctx) => {
      (await cari(ctx)).visible = false;
      await ctx.sync();
    });
    expect([h, x.model.nama.get("milik")?.terlihat ?? true]).toEqual([null, true]);
  });

  it("still shows a hidden name", async () => {
    const x = excel();
    x.model.nama.get("milik")!.terlihat = false;
    await x.run(async (ctx) => {
      ctx.workbook.names.getItem("Milik").visible = true;
      await ctx.sync();
    });
    expect(x.model.nama.get("milik")?.terlihat).toBe(true);
  });

  it("hides the name names.add returned, in its batch or the next", async () => {
    const x = excel();
    await x.run(async (ctx) => {
      const a = ctx.workbook.names.add("Satu", lembar(ctx).getRange("A1"));
      a.visible = false;
      const b = ctx.workbook.names.add("Dua", lembar(ctx).getRange("A1"));
      await ctx.sync();
      b.visible = false;
      await ctx.sync();
    });
    expect(["satu", "dua"].map((n) => x.model.nama.get(n)?.terlihat)).toEqual([false, false]);
  });
});

describe("namaGalatTolak (office-js #5882)", () => {
  const excel = () => {
    const x = buatExcel({ lembar: { IKU: [[1]] }, kuirk: { namaGalatTolak: true } });
    x.model.nama.set("hilang", { rujukan: "#REF!A1", komentar: "", eja: "Hilang", terlihat: false });
    x.model.nama.set("milik", { rujukan: "IKU!A1", komentar: "", eja: "Milik" });
    return x;
  };
  const tampak = (x: ExcelEmulator, nama: string, v: boolean) =>
    kode(x, async (ctx) => {
      ctx.workbook.names.getItem(nama).visible = v;
      await ctx.sync();
    });

  it.each([true, false])("refuses visible = %s on an Error-typed name, changing nothing", async (v) => {
    const x = excel();
    expect(await tampak(x, "Hilang", v)).toBe("InvalidArgument");
    expect(x.model.nama.get("hilang")).toMatchObject({ rujukan: "#REF!A1", terlihat: false });
  });

  it("still sets visible on a name that refers to a range", async () => {
    const x = excel();
    expect(await tampak(x, "Milik", false)).toBeNull();
    expect(x.model.nama.get("milik")?.terlihat).toBe(false);
  });
});
