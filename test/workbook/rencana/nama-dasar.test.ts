import { NAMA_DASAR } from "../../../src/workbook/rencana";
import { LEMBAR_BAWAAN } from "../lembar-bawaan";

describe("NAMA_DASAR", () => {
  it("names the inserted sheets as PRODUCT.md does, in the order they are inserted", () => {
    expect(Object.values(NAMA_DASAR)).toEqual([...LEMBAR_BAWAAN]);
  });
});
