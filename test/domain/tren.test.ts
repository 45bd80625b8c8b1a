import { DESIMAL_TREN, hitungTren } from "../../src/domain/tren";

describe("hitungTren", () => {
  it.each([
    [37, 41, "positif", "Membaik"],
    [41, 37, "positif", "Memburuk"],
    [37, 41, "negatif", "Memburuk"],
    [41, 37, "negatif_rasio", "Membaik"],
    [5, 5, "negatif", "Tetap"],
  ] as const)("%p → %p, %s: %s", (lalu, kini, p, harapan) => {
    expect(hitungTren(lalu, kini, p)).toBe(harapan);
  });

  it(`calls a change below half a unit of the ${DESIMAL_TREN}th decimal Tetap, and one above it a change`, () => {
    expect(hitungTren(0.3, 0.1 + 0.2)).toBe("Tetap");
    expect(hitungTren(1, 1 + 4e-11)).toBe("Tetap");
    expect(hitungTren(1, 1 + 6e-11)).toBe("Membaik");
    expect(hitungTren(1, 1 - 6e-11, "negatif")).toBe("Membaik");
  });
});
