import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tahunArgumen, tulisBerkasBaru } from "../../src/xlsx/berkas-bebas";

describe("tahunArgumen", () => {
  it.each(["2025", "1999", "2100"])("reads %s as a year", (teks) => {
    expect(tahunArgumen(teks)).toBe(Number(teks));
  });

  it.each([
    "0x7E9",
    "0b11111101001",
    "2025.0",
    "2e3",
    " 2025",
    "2025 ",
    "+2025",
    "02025",
    "202",
    "",
    "２０２５",
    "٢٠٢٥",
  ])("refuses %j: a year is four digits", (teks) => {
    expect(tahunArgumen(teks)).toBeUndefined();
  });
});

describe("tulisBerkasBaru", () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), "berkas-bebas-"))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const isi = (nama: string) => readFileSync(join(folder, nama), "utf8");
  const data = (teks: string) => new TextEncoder().encode(teks);

  it("writes the name asked for when it is free", () => {
    expect(tulisBerkasBaru(join(folder, "iku.xlsx"), data("baru"))).toBe(join(folder, "iku.xlsx"));
    expect(isi("iku.xlsx")).toBe("baru");
  });

  it("never overwrites: the next free name, the original untouched", () => {
    writeFileSync(join(folder, "iku.xlsx"), "milik perencana");
    writeFileSync(join(folder, "iku (2).xlsx"), "salinan lama");
    expect(tulisBerkasBaru(join(folder, "iku.xlsx"), data("baru"))).toBe(join(folder, "iku (3).xlsx"));
    expect([isi("iku.xlsx"), isi("iku (2).xlsx"), isi("iku (3).xlsx")]).toEqual([
      "milik perencana",
      "salinan lama",
      "baru",
    ]);
  });

  it("never writes through a symlink, even a dangling one", () => {
    writeFileSync(join(folder, "asli.xlsx"), "asli");
    symlinkSync(join(folder, "asli.xlsx"), join(folder, "tautan.xlsx"));
    symlinkSync(join(folder, "tidak-ada.xlsx"), join(folder, "putus.xlsx"));
    expect(tulisBerkasBaru(join(folder, "tautan.xlsx"), data("baru"))).toBe(join(folder, "tautan (2).xlsx"));
    expect(tulisBerkasBaru(join(folder, "putus.xlsx"), data("baru"))).toBe(join(folder, "putus (2).xlsx"));
    expect(isi("asli.xlsx")).toBe("asli");
    expect(readdirSync(folder).sort()).toEqual([
      "asli.xlsx",
      "putus (2).xlsx",
      "putus.xlsx",
      "tautan (2).xlsx",
      "tautan.xlsx",
    ]);
  });
});
