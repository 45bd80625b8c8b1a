import fs from "node:fs";
import path from "node:path";
import { DAFTAR_FUNGSI } from "../../../../src/functions/daftar";
import { bacaJsdoc } from "./jsdoc";

const SUMBER = fs.readFileSync(path.resolve(__dirname, "../../../../src/functions/functions.ts"), "utf8");
const JSDOC = bacaJsdoc(SUMBER);

describe("the JSDoc the metadata plugin reads", () => {
  it("declares the registry's functions, in the registry's order", () => {
    expect(JSDOC.map((f) => f.id)).toEqual(DAFTAR_FUNGSI.map((f) => f.id));
  });

  it.each(DAFTAR_FUNGSI.map((f) => [f.id, f] as const))(
    "%s has the registry's parameters (names, order, optional) and Indonesian texts",
    (id, f) => {
      const j = JSDOC.find((x) => x.id === id);
      expect(j && { uraian: j.uraian, kembalian: j.kembalian }).toEqual({
        uraian: f.uraian.id,
        kembalian: f.kembalian,
      });
      expect(j?.parameter.map(({ nama, opsional, uraian }) => ({ nama, opsional, uraian }))).toEqual(
        f.parameter.map((p) => ({ nama: p.nama, opsional: p.opsional ?? false, uraian: p.uraian.id })),
      );
    },
  );

  it("reads a block the way the plugin does: tags, optional parameters, continued lines", () => {
    const contoh = [
      "/**",
      " * Satu kalimat",
      " * berlanjut.",
      " * @customfunction CONTOH_SAJA",
      " * @param {any[][]} a Nilai a.",
      " * @param {number} [b] Nilai b",
      " *   yang panjang.",
      " * @returns {any} Hasilnya.",
      " */",
      "export function contohSaja(a: any[][], b?: number): any {}",
    ].join("\n");
    expect(bacaJsdoc(contoh)).toEqual([
      {
        id: "CONTOH_SAJA",
        namaEkspor: "contohSaja",
        uraian: "Satu kalimat berlanjut.",
        parameter: [
          { jenis: "any[][]", nama: "a", opsional: false, uraian: "Nilai a." },
          { jenis: "number", nama: "b", opsional: true, uraian: "Nilai b yang panjang." },
        ],
        kembalian: "Hasilnya.",
      },
    ]);
  });
});
