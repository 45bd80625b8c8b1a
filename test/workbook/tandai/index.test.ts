import { deteksiTabel, tinjau } from "../../../src/workbook/tandai";
import { hurufKolom } from "../../../src/workbook/alamat";
import { KORPUS } from "./korpus";

const huruf = (c: number | undefined) => (c === undefined ? undefined : hurufKolom(c + 1));
const diterima = KORPUS.filter((t) => !("tolak" in t.harapan));
const ditolak = KORPUS.filter((t) => "tolak" in t.harapan);

describe("deteksiTabel over the layout corpus", () => {
  it("covers at least 12 layouts and at least one refusal", () => {
    expect(diterima.length).toBeGreaterThanOrEqual(12);
    expect(ditolak.length).toBeGreaterThanOrEqual(1);
  });

  it.each(diterima.map((t) => [t.nama, t] as const))(
    "finds header, pairs, label and data rows in %s",
    (_, t) => {
      const h = t.harapan as Exclude<typeof t.harapan, { tolak: string }>;
      const hasil = deteksiTabel(t.kisi);
      if (!hasil.ok) throw new Error(hasil.alasan.id);
      const tabel = hasil.tabel;
      expect(tabel.barisJudul + 1).toBe(h.judul);
      expect(
        tabel.pasangan.map((p) => ({
          periode: p.periode,
          target: huruf(p.kolomTarget),
          realisasi: huruf(p.kolomRealisasi),
        })),
      ).toEqual(h.pasangan);
      expect(huruf(tabel.kolomLabel)).toBe(h.label);
      expect(huruf(tabel.kolomPolaritas)).toBe(h.polaritas);
      expect(tabel.barisData.map((r) => r + 1)).toEqual(h.data);
    },
  );

  it.each(diterima.map((t) => [t.nama, t] as const))("judges the misses and text numbers of %s", (_, t) => {
    const h = t.harapan as Exclude<typeof t.harapan, { tolak: string }>;
    const hasil = deteksiTabel(t.kisi);
    if (!hasil.ok) throw new Error(hasil.alasan.id);
    const tinjauan = tinjau(t.kisi, hasil.tabel);
    const meleset = tinjauan.butir.filter((b) => b.status === "Tidak Tercapai");
    expect(meleset.map((b) => `${huruf(b.pasangan.kolomRealisasi)}${b.baris + 1}`).sort()).toEqual(
      [...h.meleset].sort(),
    );
    expect(tinjauan.teks.map((s) => `${huruf(s.kolom)}${s.baris + 1}`).sort()).toEqual([...h.teks].sort());
  });

  it.each(ditolak.map((t) => [t.nama, t] as const))("refuses %s with an Indonesian reason", (_, t) => {
    const hasil = deteksiTabel(t.kisi);
    expect(hasil.ok).toBe(false);
    if (!hasil.ok) {
      expect(hasil.alasan.id).toContain((t.harapan as { tolak: string }).tolak);
      expect(hasil.alasan.en.length).toBeGreaterThan(10);
    }
  });
});

describe("tinjau", () => {
  it("carries the domain's message in both languages for a zero target", () => {
    const kisi = [
      ["Indikator Kinerja", "Target 2025", "Realisasi 2025"],
      ["Jumlah Dokumen", 0, 2],
      ["Jumlah Sentra", 3, 2],
    ];
    const hasil = deteksiTabel(kisi);
    if (!hasil.ok) throw new Error(hasil.alasan.id);
    const galat = tinjau(kisi, hasil.tabel).butir.filter((b) => b.status === "Galat");
    expect(galat.map((b) => b.label)).toEqual(["Jumlah Dokumen"]);
    expect(galat[0].pesan?.id).toMatch(/target 0/);
    expect(galat[0].pesan?.en).toMatch(/target/i);
    expect(galat[0].pesan?.en).not.toEqual(galat[0].pesan?.id);
  });
});
