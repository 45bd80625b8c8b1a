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
