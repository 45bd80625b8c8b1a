import { DAFTAR_FUNGSI, type ArgumenContoh, type HasilContoh } from "../../../src/functions/daftar";
import { rumusContoh, sintaks, tulisAngka, tulisHasil } from "../../../src/functions/daftar/tulis";

const fungsi = (id: string) => DAFTAR_FUNGSI.find((f) => f.id === id)!;

describe("examples written as Excel shows them", () => {
  it.each([
    [[{ persen: 0.39 }, { persen: 0.41 }], "=IKU.X(39%; 41%)", "=IKU.X(39%, 41%)"],
    [[130, 100, null, 1], "=IKU.X(130; 100; ; 1)", "=IKU.X(130, 100, , 1)"],
    [[88.3, true], "=IKU.X(88,3; BENAR)", "=IKU.X(88.3, TRUE)"],
    [["IKU-09", 2025], '=IKU.X("IKU-09"; 2025)', '=IKU.X("IKU-09", 2025)'],
    [
      [{ rentang: "B2:E2", nilai: [[1, 2, 3, 4]] }, "akhir"],
      '=IKU.X(B2:E2; "akhir")',
      '=IKU.X(B2:E2, "akhir")',
    ],
    [[], "=IKU.X()", "=IKU.X()"],
  ] as [ArgumenContoh[], string, string][])("%j → %s / %s", (argumen, id, en) => {
    expect([rumusContoh("X", argumen, "id"), rumusContoh("X", argumen, "en")]).toEqual([id, en]);
  });

  it.each([
    [{ angka: 0.9512, persen: true }, "95,12%", "95.12%"],
    [{ angka: 1, persen: true }, "100%", "100%"],
    [{ angka: 83.47 }, "83,47", "83.47"],
    [{ angka: 250 }, "250", "250"],
    [{ teks: "Tinggi" }, "Tinggi", "Tinggi"],
    [{ galat: "#VALUE!" }, "#VALUE!", "#VALUE!"],
    [{ uraian: { id: "sebelas baris", en: "eleven rows" }, baris: 11 }, "sebelas baris", "eleven rows"],
  ] as [HasilContoh, string, string][])("%j shows as %s / %s", (hasil, id, en) => {
    expect([tulisHasil(hasil, "id"), tulisHasil(hasil, "en")]).toEqual([id, en]);
  });

  it("writes the syntax with optional parameters in brackets", () => {
    expect(sintaks(fungsi("CAPAIAN"), "id")).toBe("IKU.CAPAIAN(realisasi; target; [polaritas]; [batas])");
    expect(sintaks(fungsi("INDIKATOR"), "en")).toBe("IKU.INDIKATOR()");
  });

  it("keeps fixed decimals only when asked", () => {
    expect([tulisAngka(64.99, "id", 2), tulisAngka(65, "id", 2), tulisAngka(65, "en")]).toEqual([
      "64,99",
      "65,00",
      "65",
    ]);
  });
});
