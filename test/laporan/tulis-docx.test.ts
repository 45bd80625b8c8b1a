import { bytesBab3 } from "../../src/laporan/tulis-docx";
import { DATA } from "../domain/lkjip-data";
import { bukaDocx } from "./baca-docx";
import { KETERANGAN_DRAF_2025 } from "./keterangan-draf";

describe("the Word draft", () => {
  let doc: Awaited<ReturnType<typeof bukaDocx>>;
  beforeAll(async () => {
    doc = await bukaDocx(await bytesBab3(DATA, 2025));
  });

  const keterangan = () => doc.paragraf.filter((p) => p.gaya === "Caption");

  it("numbers every table and figure with a Word caption, in the contract's order", () => {
    expect(keterangan().map((p) => p.teks)).toEqual(KETERANGAN_DRAF_2025);
  });

  it("counts captions with SEQ fields that restart at each chapter's first table", () => {
    const seq = keterangan().map((p) => {
      const m = /<w:fldSimple w:instr="([^"]+)">.*?<w:t[^>]*>(\d+)<\/w:t>/.exec(p.xml);
      return m && [m[1], m[2]];
    });
    expect(seq).toEqual([
      ["SEQ Tabel \\* ARABIC \\r 1", "1"],
      ["SEQ Tabel \\* ARABIC", "2"],
      ["SEQ Grafik \\* ARABIC \\r 1", "1"],
      ["SEQ Grafik \\* ARABIC", "2"],
      ["SEQ Tabel \\* ARABIC \\r 1", "1"],
      ["SEQ Tabel \\* ARABIC", "2"],
      ["SEQ Tabel \\* ARABIC", "3"],
      ["SEQ Tabel \\* ARABIC", "4"],
      ["SEQ Tabel \\* ARABIC", "5"],
      ["SEQ Tabel \\* ARABIC", "6"],
      ["SEQ Tabel \\* ARABIC", "7"],
      ["SEQ Tabel \\* ARABIC", "8"],
      ["SEQ Tabel \\* ARABIC", "9"],
      ["SEQ Tabel \\* ARABIC", "10"],
    ]);
  });

  it("puts the wide efficiency and program tables on landscape sections and the rest on portrait", () => {
    expect(doc.seksi.map((s) => s.arah)).toEqual([
      "portrait",
      "landscape",
      "portrait",
      "landscape",
      "portrait",
    ]);
    const i34 = doc.paragraf.findIndex((p) => p.teks.startsWith("Tabel 3.4"));
    const akhirSeksi = doc.paragraf
      .map((p, i) => (p.xml.includes("<w:sectPr>") ? i : -1))
      .filter((i) => i >= 0);
    expect(akhirSeksi[0]).toBeLessThan(i34);
    expect(akhirSeksi[1]).toBeGreaterThan(i34);
  });

  it("gives every section a footer with a PAGE field", async () => {
    const rels = await doc.bagian("word/_rels/document.xml.rels");
    for (const { kaki } of doc.seksi) {
      const target = new RegExp(`Id="${kaki}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      expect(await doc.bagian(`word/${target}`)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    }
  });

  it.each([
    ["a target in percent, two decimals", "41,00%"],
    ["a count in the same column, the same decimals", "250,00"],
    ["an amount in whole rupiah that never splits", "Rp\u00a01.000.000.000"],
    ["a change in points", "4,00 poin"],
    ["a capaian", "102,44%"],
  ])("writes %s: %s", (_, teks) => {
    expect(doc.teks).toContain(teks);
  });

  it("merges the sasaran cell over its indicators instead of repeating it", () => {
    const sasaranA = doc.paragraf.filter((p) => p.teks === "Sasaran A");
    expect(sasaranA).toHaveLength(4); // once each in Tabel 2.1, 3.1, 3.6 and 3.10 (over its two programs)
    expect(doc.dokumen.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(5);
    expect(doc.dokumen.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(5);
  });

  it("sizes columns to their content: the indicator column is several times the No column", () => {
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(doc.dokumen)![1];
    const lebar = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(lebar).toHaveLength(5); // Tabel 2.1
    expect(lebar.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
    expect(lebar[2]).toBeGreaterThan(3 * lebar[0]);
  });

  it("keeps a short table whole with the notes under it (keep with next on every row)", () => {
    const tabel = [...doc.dokumen.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tabel.length).toBeGreaterThanOrEqual(10);
    for (const t of tabel) {
      const baris = [...t.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]).slice(1); // under the header
      const akhir = baris.pop()!;
      if (t === tabel[0] || t === tabel[1]) continue; // Bab II's tables have no notes
      expect(akhir).toContain("<w:keepNext/>");
      for (const b of baris) expect(b).toContain("<w:keepNext/>");
    }
  });

  it("keeps headings black, never Word's default blue", async () => {
    const gaya = await doc.bagian("word/styles.xml");
    for (const id of ["Heading1", "Heading2", "Heading3", "Caption"]) {
      const blok = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(gaya)![0];
      expect(blok).toContain('<w:color w:val="000000"/>');
    }
    expect(gaya).not.toMatch(/2E74B5|4472C4/i);
  });

  it("drafts the ikhtisar and one paragraph per sasaran under their headings", () => {
    const i = doc.paragraf.findIndex((p) => p.teks === "Ikhtisar");
    expect(doc.paragraf[i + 1].teks).toMatch(
      /^Pada tahun 2025, kinerja Dinas Contoh diukur dengan 4 indikator/,
    );
    const j = doc.paragraf.findIndex((p) => p.teks === "Analisis Capaian per Sasaran");
    expect(doc.paragraf[j + 1].teks).toMatch(/^Sasaran "Sasaran A" diukur dengan 2 indikator/);
    expect(doc.paragraf[j + 2].teks).toMatch(/^Sasaran "Sasaran B" diukur dengan 2 indikator/);
  });

  it("embeds Grafik 3.1 as a picture of print resolution above its caption", () => {
    expect(doc.gambar).toHaveLength(2);
    expect(doc.gambar[0].lebar).toBeGreaterThanOrEqual(1890); // 16 cm at 300 dpi
    const i = doc.paragraf.findIndex((p) => p.teks === "Grafik 3.1 Capaian Kinerja Tahun 2025");
    expect(doc.paragraf[i - 1].xml).toContain("<w:drawing>");
  });

  it.each([
    ["Tabel 3.6's agency row, bold", "Rata-rata Perangkat Daerah"],
    ["Tabel 3.6's sasaran mean", "91,22%"],
    ["Tabel 3.7's years", "Realisasi 2024"],
    [
      "Tabel 3.8 without any standard",
      "Tidak ada indikator kinerja yang memiliki standar nasional, provinsi atau SPM.",
    ],
  ])("adds %s: %s", (_, teks) => {
    expect(doc.teks).toContain(teks);
  });

  it("compares with a standard where the indicator has one, in its unit", async () => {
    const data = structuredClone(DATA);
    data.indikator[2].standar = { nilai: 0.035, tingkat: "Nasional", sumber: "RPJMN" };
    const d = await bukaDocx(await bytesBab3(data, 2025));
    const i = d.paragraf.findIndex((p) => p.teks === "Tabel 3.8 Perbandingan dengan Standar Nasional");
    const isi = d.paragraf.slice(i + 1, i + 30).map((p) => p.teks);
    expect(isi).toEqual(
      expect.arrayContaining([
        "Angka Inflasi Daerah",
        "3,60%",
        "3,50%",
        "Nasional",
        "RPJMN",
        "Di Bawah Standar",
      ]),
    );
  });

  it("leaves out the tables whose sheet is missing and keeps the numbering gapless", async () => {
    const tanpa = await bukaDocx(
      await bytesBab3({ ...DATA, program: [] }, 2025, { hilang: ["lembarAnggaran", "tabel33"] }),
    );
    const judul = tanpa.paragraf.filter((p) => p.gaya === "Caption").map((p) => p.teks);
    expect(judul).toEqual([
      "Tabel 2.1 Perjanjian Kinerja Tahun 2025",
      "Grafik 3.1 Capaian Kinerja Tahun 2025",
      "Grafik 3.2 Capaian Sasaran Tahun 2025",
      "Tabel 3.1 Capaian Kinerja Tahun 2025",
      "Tabel 3.2 Perbandingan dengan Tahun Sebelumnya",
      "Tabel 3.3 Analisis Penyebab",
      "Tabel 3.4 Capaian Sasaran Strategis Tahun 2025",
      "Tabel 3.5 Capaian Kinerja Tahun 2024 s.d. 2025",
      "Tabel 3.6 Perbandingan dengan Standar Nasional",
      "Tabel 3.7 Program dan Kegiatan Pendukung",
    ]);
  });
});
