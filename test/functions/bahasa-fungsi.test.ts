import { PESAN } from "../../src/domain/pesan";
import { capaian, ikm } from "../../src/functions/functions";
import { jalankan } from "./functions/bantu";

const global = globalThis as unknown as { Office?: unknown };
const denganOffice = (office: unknown, f: () => unknown): unknown => {
  global.Office = office;
  try {
    return jalankan(f);
  } finally {
    delete global.Office;
  }
};
const bahasaOffice = (displayLanguage: string) => ({ context: { displayLanguage } });
const abc = PESAN.teksBukanAngka("realisasi", "abc");

describe("function messages follow Office's display language", () => {
  it.each([
    ["English", bahasaOffice("en-US"), abc.en],
    ["English (UK)", bahasaOffice("en-GB"), abc.en],
    ["Indonesian", bahasaOffice("id-ID"), abc.id],
    ["another language, in Indonesian", bahasaOffice("fr-FR"), abc.id],
    ["Office not ready yet, in Indonesian", {}, abc.id],
  ])('throws CAPAIAN("abc", 10) in %s', (_, office, pesan) => {
    expect(denganOffice(office, () => capaian([["abc"]], [[10]]))).toEqual({ error: "#VALUE!", pesan });
  });

  it("speaks Indonesian without Office, as in tests and harnesses", () => {
    expect(jalankan(() => capaian([["abc"]], [[10]]))).toEqual({ error: "#VALUE!", pesan: abc.id });
  });

  it("puts English messages into the error cells of a spilled range", () => {
    const hasil = denganOffice(bahasaOffice("en-US"), () => capaian([[5], ["abc"]], [[10]]));
    expect(hasil).toEqual([[0.5], [{ error: "#VALUE!", pesan: abc.en }]]);
  });

  it("throws a single-result function's error in English too", () => {
    const hasil = denganOffice(bahasaOffice("en-US"), () => ikm([[1, 2, 3]]));
    expect(hasil).toEqual({ error: "#VALUE!", pesan: PESAN.kolomIkm(3, 9).en });
  });

  it("names a size mismatch in English", () => {
    const hasil = denganOffice(bahasaOffice("en-US"), () => capaian([[1], [2], [3]], [[1], [2]]));
    expect(hasil).toEqual({ error: "#VALUE!", pesan: PESAN.ukuranTakCocok("target", 2, 1, 3, 1).en });
  });
});
