import { agregat, agregatSatuJenis, bacaJenisAgregasi } from "../../src/domain/agregat";
import { adalahGalat } from "../../src/domain/galat";
import { Agregasi } from "../../src/domain/types";

describe("agregat", () => {
  it.each<[string, unknown[][], Agregasi, number | string]>([
    ["sums filled quarters", [[10, 20, null, 5]], "jumlah", 35],
    ["takes the last filled quarter", [[10, 20, null, 5]], "akhir", 5],
    ["takes the last filled before blanks", [[10, 12, null, null]], "akhir", 12],
    ["averages only filled quarters", [[10, 20, null, 6]], "rata-rata", 12],
    ["reads a column top to bottom", [[1], [2], [3], [null]], "akhir", 3],
    ["reads Indonesian text numbers", [["12,5", "1.000", "", "  "]], "jumlah", 1012.5],
    ["is blank when no quarter is filled", [[null, "", null, null]], "jumlah", ""],
    ["keeps a reported zero", [[0, null, null, null]], "akhir", 0],
  ])("%s", (_, nilai, jenis, harapan) => {
    expect(agregat(nilai, jenis)).toBe(harapan);
  });

  it("refuses an unreadable quarter and names it", () => {
    const g = agregat([[10, "sepuluh"]], "jumlah");
    expect(adalahGalat(g) && g.pesan.id).toMatch(/"sepuluh"/);
  });
});

describe("bacaJenisAgregasi", () => {
  it.each([
    ["jumlah", "jumlah"],
    ["Akhir", "akhir"],
    [" rata-rata ", "rata-rata"],
    ["Rata  Rata", "rata-rata"],
    ["rerata", "rata-rata"],
  ])("reads %p as %s", (v, harapan) => {
    expect(bacaJenisAgregasi(v)).toBe(harapan);
  });

  it.each([[null], [""], ["median"], [1]])("refuses %p and lists the choices", (v) => {
    const g = bacaJenisAgregasi(v);
    expect(adalahGalat(g) && g.pesan.id).toMatch(/"jumlah".*"akhir".*"rata-rata"/);
  });

  it("wants jenis in one cell", () => {
    const g = agregatSatuJenis([[1, 2]], [["jumlah", "akhir"]]);
    expect(adalahGalat(g) && g.pesan.id).toMatch(/satu sel/);
  });
});
