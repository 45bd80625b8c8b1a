import { putusSebelumEkor } from "../../src/workbook/putus-halaman";

describe("putusSebelumEkor, the break that keeps a table's tail with its last filled rows", () => {
  it.each([
    // Rows 0–2 filled, 3–4 the tail; a page holds 420 points.
    ["the filled rows that still fit join the tail", [100, 100, 100, 250, 60], 520, 3, 1],
    ["as many filled rows as fit, the earliest first", [50, 50, 50, 50, 250, 60], 420, 4, 2],
    ["one filled row when only one fits", [100, 100, 100, 250, 60], 410, 3, 2],
  ])("%s", (_, tinggi, muat, ekor, harap) => {
    expect(putusSebelumEkor(tinggi, muat, ekor)).toBe(harap);
  });

  it.each([
    ["everything fits one page", [100, 100, 100], 400, 2],
    ["not even the last filled row fits with the tail", [100, 100, 100, 300, 60], 400, 3],
    ["there is no filled row", [250, 250], 400, 0],
    ["there is no tail", [250, 250], 400, 2],
  ])("sets none when %s", (_, tinggi, muat, ekor) => {
    expect(putusSebelumEkor(tinggi, muat, ekor)).toBeUndefined();
  });
});
