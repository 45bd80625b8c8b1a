import type { CellValue } from "exceljs";
import { JUDUL_TABEL, KOLOM_38 } from "../../src/domain/judul-lkjip";
import { lengkapiStandar } from "../../src/laporan/baca-standar";
import { dataDariBuku } from "../../src/laporan/baca-buku";
import { DATA } from "../domain/lkjip-data";
import { bacaLewatPembaca, bukuDari } from "./buku-laporan";

async function bukuDenganStandar(baris: CellValue[][]) {
  const wb = bukuDari(DATA, 2025);
  const lk = wb.getWorksheet("LKjIP")!;
  lk.getCell("A60").value = JUDUL_TABEL.t38;
  lk.getRow(61).values = KOLOM_38(2025);
  baris.forEach((b, i) => (lk.getRow(62 + i).values = b));
  const buku = await bacaLewatPembaca(wb);
  const hasil = dataDariBuku(buku);
  if (!hasil.ok) throw new Error(hasil.pesan.join("\n"));
  return { wb: buku, data: hasil.data };
}

describe("lengkapiStandar", () => {
  it("attaches Tabel 3.8's standard to the indicator it names, a saved formula result included", async () => {
    const { wb, data } = await bukuDenganStandar([
      [
        1,
        { formula: "IKU!E8", result: "Angka Inflasi Daerah" },
        0.036,
        0.035,
        "Nasional",
        "RPJMN 2025",
        null,
      ],
    ]);
    expect(lengkapiStandar(wb, data)).toBe(1);
    expect(data.indikator[2].standar).toEqual({ nilai: 0.035, tingkat: "Nasional", sumber: "RPJMN 2025" });
    expect(data.indikator.filter((i) => i.standar)).toHaveLength(1);
  });

  it("finds the indicator through its name formula in a file no spreadsheet has computed yet", async () => {
    // As `npm run template` writes the row: a formula to the IKU sheet's name, no saved result
    const { wb, data } = await bukuDenganStandar([
      [1, { formula: `IF(TRIM('IKU'!E8)="","",'IKU'!E8)` }, null, 0.035, "Nasional", "RPJMN 2025", null],
      [2, { formula: "IKU!$E$9" }, null, 80, "SPM", "Permendagri 59/2021", null],
    ]);
    expect(lengkapiStandar(wb, data)).toBe(2);
    expect(data.indikator[2].standar).toEqual({ nilai: 0.035, tingkat: "Nasional", sumber: "RPJMN 2025" });
    expect(data.indikator[3].standar).toEqual({ nilai: 80, tingkat: "SPM", sumber: "Permendagri 59/2021" });
  });

  it.each([
    ["an unknown level", [1, "Angka Inflasi Daerah", null, 0.035, "Kabupaten", "x", null]],
    ["an unreadable value", [1, "Angka Inflasi Daerah", null, "tinggi", "SPM", "x", null]],
    ["an indicator not in the IKU sheet", [1, "Indikator Lain", null, 0.035, "SPM", "x", null]],
  ])("skips a row with %s", async (_, baris) => {
    const { wb, data } = await bukuDenganStandar([baris]);
    expect(lengkapiStandar(wb, data)).toBe(0);
    expect(data.indikator.some((i) => i.standar)).toBe(false);
  });

  it("adds nothing to a workbook without Tabel 3.8", async () => {
    const wb = await bacaLewatPembaca(bukuDari(DATA, 2025));
    const hasil = dataDariBuku(wb);
    expect(hasil.ok && lengkapiStandar(wb, hasil.data)).toBe(0);
  });
});
