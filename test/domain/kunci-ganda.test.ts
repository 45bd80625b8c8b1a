import { kunciGanda } from "../../src/domain/kunci-ganda";

describe("kunciGanda", () => {
  it.each([
    ['{"a":1,"b":2}', undefined],
    ['{"a":1,"a":2}', "a"],
    ['{"a":1,"\\u0061":2}', "a"],
    ['{"a":{"b":1},"c":{"b":2}}', undefined],
    ['{"t":[{"k":1},{"k":1,"n":"x","k":2}]}', "t[1].k"],
    ['{"t":[[1,{"x":"}","x":0}]]}', "t[0][1].x"],
    ['{"s":"a\\"b","s\\"":1,"s":2}', "s"],
    ['[{"a":1},{"b":[1,2,{"c":1,"c":2}]}]', "[1].b[2].c"],
    [
      '{"tujuan":[{"sasaran":[{"indikator":[{"kode":"A","nama":"x","kode":"B"}]}]}]}',
      "tujuan[0].sasaran[0].indikator[0].kode",
    ],
  ])("finds the repeated key of %s: %p", (teks, harapan) => {
    expect(kunciGanda(teks)).toBe(harapan);
  });
});
