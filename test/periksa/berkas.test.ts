import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PemberiNama, daftarBerkas, tidakPekaHuruf } from "../../src/periksa/berkas";

describe("input files and output names", () => {
  const d = realpathSync(mkdtempSync(join(tmpdir(), "periksa-nama-")));
  mkdirSync(join(d, "a", "dalam"), { recursive: true });
  mkdirSync(join(d, "b", "folder.xlsx"), { recursive: true });
  for (const f of ["a/X.xlsx", "a/dalam/X.xlsx", "b/X.xlsx", "b/~$X.xlsx", "b/catatan.txt", "b/lama.xls"])
    writeFileSync(join(d, f), "");

  it("labels each file by its path below the inputs' common folder and drops lock files", () => {
    expect(
      daftarBerkas([join(d, "a", "X.xlsx"), join(d, "a", "dalam"), join(d, "b")]).map((m) => [
        m.label,
        m.lewati,
      ]),
    ).toEqual([
      ["a/X.xlsx", undefined],
      ["a/dalam/X.xlsx", undefined],
      ["b/X.xlsx", undefined],
      ["b/folder.xlsx", "folder"],
      ["b/lama.xls", undefined],
    ]);
  });

  it("gives a single file its own name", () => {
    expect(daftarBerkas([join(d, "b", "X.xlsx")]).map((m) => m.label)).toEqual(["X.xlsx"]);
  });

  it("never hands out an input's name, an existing name or a name given earlier", () => {
    const m = daftarBerkas([join(d, "b", "X.xlsx")]);
    const n = new PemberiNama(join(d, "b"), m, false);
    expect([n.bebas("X.xlsx"), n.bebas("X.xlsx"), n.bebas("catatan.txt"), n.bebas("baru.xlsx")]).toEqual([
      join(d, "b", "X (2).xlsx"),
      join(d, "b", "X (3).xlsx"),
      join(d, "b", "catatan (2).txt"),
      join(d, "b", "baru.xlsx"),
    ]);
  });

  it("compares names without case where the output folder's file system ignores case", () => {
    symlinkSync(join(d, "a"), join(d, "tautan-a"));
    const m = daftarBerkas([join(d, "a", "X.xlsx")]);
    // Through a link to the input's folder, "x.xlsx" is the input on a case-insensitive disk.
    expect(new PemberiNama(join(d, "tautan-a"), m, true).bebas("x.xlsx")).toBe(
      join(d, "tautan-a", "x (2).xlsx"),
    );
    expect(new PemberiNama(join(d, "tautan-a"), m, false).bebas("x.xlsx")).toBe(
      join(d, "tautan-a", "x.xlsx"),
    );
  });

  it("probes the file system's case rule, by folder name or, without letters, by a probe file", () => {
    writeFileSync(join(d, "huruf-kecil"), "");
    const sebenarnya = existsSync(join(d, "HURUF-KECIL"));
    mkdirSync(join(d, "123"));
    expect([tidakPekaHuruf(join(d, "a", "dalam")), tidakPekaHuruf(join(d, "123"))]).toEqual([
      sebenarnya,
      sebenarnya,
    ]);
    expect(readdirSync(join(d, "123"))).toEqual([]);
  });
});
