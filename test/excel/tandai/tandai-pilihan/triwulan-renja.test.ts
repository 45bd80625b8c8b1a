/**
 * Tandai Capaian on the quarter's sheets as a planner keeps them: the Triwulan, Rencana Aksi and
 * Evaluasi Renja sheets filled in and recalculated by LibreOffice (the inputs of
 * test/e2e/rencana-aksi.e2e.ts and evaluasi-renja.e2e.ts), their cached values typed into the
 * emulator. Each is judged as any table: its target and realisation columns found by their headers.
 */
import { join } from "node:path";
import { tandaiDalam } from "../../../../src/excel/tandai/tandai-pilihan";
import { buatExcel } from "../../../emulator/muat-klien";
import { aturan, lembarTersimpan, pilih } from "../buku-tandai";

const fixture = (nama: string) => join(__dirname, "../../../fixtures/buku-sendiri", nama);

async function tandaiDi(berkas: string, lembar: string, sel: string) {
  const excel = buatExcel({ lembar: await lembarTersimpan(fixture(berkas)), pilihan: `'${lembar}'!A1` });
  pilih(excel, lembar, sel);
  const hasil = await excel.run(tandaiDalam);
  if (!hasil.ok) throw new Error(hasil.alasan.id);
  return { hasil, aturan: aturan(excel, lembar).map((a) => a.alamat) };
}

describe("Tandai Capaian on the quarter's sheets", () => {
  it("judges the Rencana Aksi per quarter, Target TW against Realisasi TW", async () => {
    const { hasil, aturan: alamat } = await tandaiDi(
      "triwulan-terisi-libreoffice.xlsx",
      "Rencana Aksi",
      "C6",
    );
    expect(hasil.ringkasan).toEqual([
      { periode: "TW I", tercapai: 1, dinilai: 7 },
      { periode: "TW II", tercapai: 2, dinilai: 4 },
      { periode: "TW III", tercapai: 0, dinilai: 2 },
      { periode: "TW IV", tercapai: 2, dinilai: 3 },
    ]);
    expect(alamat).toHaveLength(4);
    expect(hasil.butir[0]).toMatchObject({ alamat: "M6", label: "Persentase Peningkatan Koperasi Aktif" });
  });

  it("judges the Triwulan sheet per quarter and year", async () => {
    const { hasil, aturan: alamat } = await tandaiDi("triwulan-terisi-libreoffice.xlsx", "Triwulan", "B6");
    expect(alamat).toHaveLength(12);
    expect(hasil.ringkasan.map((r) => r.periode).slice(0, 4)).toEqual([
      "TW I 2024",
      "TW II 2024",
      "TW III 2024",
      "TW IV 2024",
    ]);
  });

  it("judges the Evaluasi Renja on the year's kinerja, Target N (K) against Realisasi N (K)", async () => {
    const { hasil, aturan: alamat } = await tandaiDi("renja-terisi-libreoffice.xlsx", "Evaluasi Renja", "C7");
    expect(hasil.ringkasan).toEqual([{ periode: "2025", tercapai: 3, dinilai: 12 }]);
    expect(alamat).toHaveLength(1);
    expect(hasil.butir[0]).toMatchObject({ alamat: "S7", label: "Persentase koperasi aktif" });
  });
});
