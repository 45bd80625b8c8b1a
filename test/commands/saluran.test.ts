import { Saluran } from "../../src/commands/saluran";

describe("the commands' event channel", () => {
  it("hands each message to every listener, in the order they registered", () => {
    const s = new Saluran<number>();
    const terima: string[] = [];
    s.dengar((n) => terima.push(`a${n}`));
    s.dengar((n) => terima.push(`b${n}`));
    s.kirim(1);
    s.kirim(2);
    expect(terima).toEqual(["a1", "b1", "a2", "b2"]);
  });

  it("stops one listener when it unsubscribes and keeps the others", () => {
    const s = new Saluran<string>();
    const a: string[] = [];
    const b: string[] = [];
    const berhentiA = s.dengar((x) => a.push(x));
    s.dengar((x) => b.push(x));
    s.kirim("satu");
    berhentiA();
    s.kirim("dua");
    expect([a, b, s.jumlah]).toEqual([["satu"], ["satu", "dua"], 1]);
  });

  it("keeps the same function registered twice as two listeners, removable one at a time", () => {
    const s = new Saluran<number>();
    const f = jest.fn();
    const berhenti = s.dengar(f);
    s.dengar(f);
    berhenti();
    berhenti();
    s.kirim(7);
    expect(f.mock.calls).toEqual([[7]]);
  });

  it("still reaches the later listeners when an earlier one throws", () => {
    const galat = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const s = new Saluran<number>();
    const f = jest.fn();
    s.dengar(() => {
      throw new Error("rusak");
    });
    s.dengar(f);
    s.kirim(3);
    expect(f).toHaveBeenCalledWith(3);
    expect(galat).toHaveBeenCalledWith(new Error("rusak"));
    galat.mockRestore();
  });

  it("sends nothing and fails nothing without listeners", () => {
    expect(() => new Saluran<number>().kirim(1)).not.toThrow();
  });
});
