import { bacaAngka } from "../../src/domain/baca-angka";
import { KODE_GALAT_EXCEL } from "../../src/domain/galat";
import { PESAN } from "../../src/domain/pesan";
import { GALAT_SEL } from "../emulator/isi-sel";

/** Every error value Excel can put in a cell, as the emulator models Excel (its own list, with the doc page). */
const SEMUA = [...GALAT_SEL];
const DIHITUNG = ["#BUSY!", "#GETTING_DATA"];

describe("bacaAngka", () => {
  it("knows every error value Excel lists", () => {
    expect([...KODE_GALAT_EXCEL].sort()).toEqual([...SEMUA].sort());
  });

  it.each(SEMUA.filter((k) => !DIHITUNG.includes(k)))(
    "reads %s as Range.values gives it as an error value of the input, not as text",
    (kode) => {
      expect(bacaAngka(kode, "realisasi")).toEqual({
        galat: kode === "#N/A" ? "#N/A" : "#VALUE!",
        pesan: PESAN.galatMasuk("realisasi", kode),
      });
    },
  );

  it.each(DIHITUNG)("reads %s as a value still being calculated, not yet data (#N/A)", (kode) => {
    expect(bacaAngka(kode, "realisasi")).toEqual({
      galat: "#N/A",
      pesan: PESAN.masihDihitung("realisasi", kode),
    });
  });

  it.each(DIHITUNG)("reads %s passed to a custom function as an error object the same way", (kode) => {
    expect(bacaAngka({ code: kode }, "target")).toEqual({
      galat: "#N/A",
      pesan: PESAN.masihDihitung("target", kode),
    });
  });

  it.each(["#hashtag", "#N/A ", "#busy!", "#"])(
    "keeps %j, which only looks like an error, as text",
    (teks) => {
      expect(bacaAngka(teks, "realisasi")).toEqual({
        galat: "#VALUE!",
        pesan: PESAN.teksBukanAngka("realisasi", teks),
      });
    },
  );

  it("still reads Indonesian numbers typed as text", () => {
    expect(bacaAngka("1.234,5")).toBe(1234.5);
  });
});
