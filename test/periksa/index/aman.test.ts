/**
 * periksa with hostile and broken input: it never writes where it read, its CSV runs no code,
 * saved results (0 included) are read, and every unreadable file is named by cause in Indonesian.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periksa } from "../../../src/periksa";
import { Kisi } from "../../../src/workbook/tandai";
import { bacaRingkasan, bukuMentah, tulisBuku } from "../buat-buku";

const KISI: Kisi = [
  ["No", "Indikator", "Polaritas", "Target", "Realisasi"],
  [1, "Persentase Koperasi Aktif", "positif", 0.41, 0.4],
  [2, "Tingkat Inflasi Daerah", "turun", 0.035, 0.041],
];
const sidik = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const folder = (nama: string) => mkdtempSync(join(tmpdir(), `periksa-${nama}-`));

async function jalankan(masukan: string[], keluar: string) {
  const pesan: string[] = [];
  const hasil = await periksa(masukan, keluar, (p) => pesan.push(p));
  return { hasil, pesan };
}

const ringkasan = (p: string) => bacaRingkasan(readFileSync(p, "utf8"));

describe("periksa never writes where it read", () => {
  it("keeps same-named originals when --out is the second one's folder, with distinct copies and Berkas values", async () => {
    const d = folder("sama");
    for (const sub of ["a", "b"]) mkdirSync(join(d, sub));
    await tulisBuku(join(d, "a", "x.xlsx"), { IKU: KISI });
    await tulisBuku(join(d, "b", "x.xlsx"), { Lain: KISI });
    const sebelum = [sidik(join(d, "a", "x.xlsx")), sidik(join(d, "b", "x.xlsx"))];
    const { pesan } = await jalankan([join(d, "a", "x.xlsx"), join(d, "b", "x.xlsx")], join(d, "b"));
    expect([sidik(join(d, "a", "x.xlsx")), sidik(join(d, "b", "x.xlsx"))]).toEqual(sebelum);
    expect(readdirSync(join(d, "b")).sort()).toEqual(["ringkasan.csv", "x (2).xlsx", "x (3).xlsx", "x.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, "b", "x (3).xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Lain"]);
    const b = ringkasan(join(d, "b", "ringkasan.csv"));
    expect([...new Set(b.map((r) => `${r.Berkas}|${r.Lembar}`))]).toEqual(["a/x.xlsx|IKU", "b/x.xlsx|Lain"]);
    expect(pesan).toContain(`b/x.xlsx: 1 aturan tanda ditambahkan → ${join(d, "b", "x (3).xlsx")}`);
  });

  it("does not rewrite an original through an --out link to its folder", async () => {
    const d = folder("tautan");
    mkdirSync(join(d, "masuk"));
    await tulisBuku(join(d, "masuk", "x.xlsx"), { IKU: KISI });
    const sebelum = sidik(join(d, "masuk", "x.xlsx"));
    symlinkSync(join(d, "masuk"), join(d, "keluar"));
    await jalankan([join(d, "masuk")], join(d, "keluar"));
    expect(sidik(join(d, "masuk", "x.xlsx"))).toBe(sebelum);
    expect(existsSync(join(d, "masuk", "x (2).xlsx"))).toBe(true);
  });

  it("keeps an existing ringkasan.csv and names the new one", async () => {
    const d = folder("ringkasan");
    mkdirSync(join(d, "keluar"));
    await tulisBuku(join(d, "x.xlsx"), { IKU: KISI });
    writeFileSync(join(d, "keluar", "ringkasan.csv"), "laporan lama");
    const { hasil } = await jalankan([join(d, "x.xlsx")], join(d, "keluar"));
    expect(readFileSync(join(d, "keluar", "ringkasan.csv"), "utf8")).toBe("laporan lama");
    expect(ringkasan(join(d, "keluar", "ringkasan (2).csv")).map((r) => r.Sel)).toEqual(["E2", "E3"]);
    expect((hasil as unknown as { ringkasan: string }).ringkasan).toBe(
      join(d, "keluar", "ringkasan (2).csv"),
    );
  });

  it("reads a file given three times (directly, through its folder, through a link) once", async () => {
    const d = folder("tiga");
    mkdirSync(join(d, "masuk"));
    await tulisBuku(join(d, "masuk", "x.xlsx"), { IKU: KISI });
    symlinkSync(join(d, "masuk", "x.xlsx"), join(d, "tautan.xlsx"));
    const { hasil } = await jalankan(
      [join(d, "masuk", "x.xlsx"), join(d, "masuk"), join(d, "tautan.xlsx")],
      join(d, "keluar"),
    );
    expect(hasil.diproses).toBe(1);
    expect(ringkasan(join(d, "keluar", "ringkasan.csv")).map((r) => r.Sel)).toEqual(["E2", "E3"]);
    expect(readdirSync(join(d, "keluar")).sort()).toEqual(["ringkasan.csv", "x.xlsx"]);
  });
});

describe("ringkasan.csv runs nothing", () => {
  it("prefixes text that a spreadsheet would run and leaves numbers as numbers", async () => {
    const d = folder("csv");
    await tulisBuku(join(d, "=berkas.xlsx"), {
      "=lembar": [
        ["Indikator", "Target", "Realisasi"],
        ['=HYPERLINK("http://contoh")', 10, -5],
        ["+1+1", -2, "-3"],
        ["@SUM(A1)", 4, 4],
        ["-1+2", "\tx", 1],
      ],
    });
    await jalankan([join(d, "=berkas.xlsx")], join(d, "keluar"));
    const csv = readFileSync(join(d, "keluar", "ringkasan.csv"), "utf8").replace(/^\uFEFF/, "");
    const baris = csv.split("\r\n").slice(1, -1);
    expect(baris.map((b) => b.split(";").slice(0, 7))).toEqual([
      ["'=berkas.xlsx", "'=lembar", "", `"'=HYPERLINK(""http://contoh"")"`, "C2", "10", "-5"],
      ["'=berkas.xlsx", "'=lembar", "", "'+1+1", "C3", "-2", "'-3"],
      ["'=berkas.xlsx", "'=lembar", "", "'@SUM(A1)", "C4", "4", "4"],
      ["'=berkas.xlsx", "'=lembar", "", "'-1+2", "C5", "'\tx", "1"],
    ]);
  });
});

describe("values as Excel saved them", () => {
  it("reads a formula's saved 0 as 0, not as blank", async () => {
    const d = folder("nol");
    await tulisBuku(join(d, "nol.xlsx"), { IKU: KISI }, (wb) => {
      wb.getWorksheet("IKU")!.getCell("E2").value = {
        formula: "D2-D2",
        result: 0,
      } as ExcelJS.CellFormulaValue;
    });
    await jalankan([join(d, "nol.xlsx")], join(d, "keluar"));
    const e2 = ringkasan(join(d, "keluar", "ringkasan.csv")).find((r) => r.Sel === "E2")!;
    expect([e2.Realisasi, e2.Capaian, e2.Status]).toEqual(["0", "0,00%", "Tidak Tercapai"]);
  });

  it("lists rows whose target or realisation is TRUE/FALSE, with a reason", async () => {
    const d = folder("logika");
    await tulisBuku(join(d, "logika.xlsx"), {
      IKU: [
        ["Indikator", "Target", "Realisasi"],
        ["Indikator satu", 10, 12],
        ["Indikator dua", true, false],
        ["Indikator tiga", false, ""],
      ],
    });
    await jalankan([join(d, "logika.xlsx")], join(d, "keluar"));
    const b = ringkasan(join(d, "keluar", "ringkasan.csv"));
    expect(b.map((r) => [r.Sel, r.Status])).toEqual([
      ["C2", "Tercapai"],
      ["C3", "Galat"],
      ["C4", "Galat"],
    ]);
    expect(b[1].Keterangan).toMatch(/nilai logika, bukan angka/);
    expect(b[2].Keterangan).toMatch(/nilai logika, bukan angka/);
  });

  it.each([
    [
      "an inline string and a typed string result",
      '<c r="A2" t="inlineStr"><is><t>Indikator &amp; satu</t></is></c><c r="B2"><v>10</v></c><c r="C2" t="str"><f>"8"</f><v>8</v></c>',
      "Indikator & satu",
      "Angka teks",
    ],
    [
      'rich text with a phonetic hint and a formula\'s saved ""',
      '<c r="A2" t="inlineStr"><is><r><t>Indi</t></r><r><t>kator</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="B2"><v>10</v></c><c r="C2" t="str"><f>""</f><v></v></c>',
      "Indikator",
      "Belum diisi",
    ],
    [
      "a saved error",
      '<c r="A2"><v>7</v></c><c r="B2"><v>10</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      "7",
      "Galat",
    ],
    [
      "a saved TRUE",
      '<c r="A2" t="str"><v>Indikator</v></c><c r="B2"><v>10</v></c><c r="C2" t="b"><v>1</v></c>',
      "Indikator",
      "Galat",
    ],
  ])("reads %s", async (_, sel, label, status) => {
    const d = folder("mentah");
    await bukuMentah(
      join(d, "m.xlsx"),
      {
        IKU: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2">${sel}</row><row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>5</v></c><c r="C3"><v>4</v></c></row>`,
      },
      ["Indikator", "Target", "Realisasi", "Lain"],
    );
    await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    const b = ringkasan(join(d, "keluar", "ringkasan.csv"));
    expect(b.map((r) => [r.Indikator, r.Status])).toEqual([
      [label, status],
      ["Lain", "Tidak Tercapai"],
    ]);
  });
});

describe("a workbook without a styles part", () => {
  it("is judged and copied without flags, and says why", async () => {
    const d = folder("tanpa-gaya");
    await bukuMentah(
      join(d, "m.xlsx"),
      {
        IKU: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>5</v></c><c r="C2"><v>4</v></c></row>',
      },
      ["Indikator", "Target", "Realisasi", "Satu"],
      {},
      ["xl/styles.xml"],
    );
    const { hasil, pesan } = await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    expect(hasil.diproses).toBe(1);
    expect(pesan).toContain("m.xlsx: buku kerja tanpa bagian gaya (styles.xml); tanda tidak ditambahkan.");
    expect(ringkasan(join(d, "keluar", "ringkasan.csv")).map((r) => r.Status)).toEqual(["Tidak Tercapai"]);
    expect(sidik(join(d, "keluar", "m.xlsx"))).toBe(sidik(join(d, "m.xlsx")));
  });
});

describe("merged cells", () => {
  it("keep their value in the top-left cell only, as Excel shows them", async () => {
    const d = folder("gabung");
    const baris =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>5</v></c><c r="C2"><v>4</v></c></row>';
    const lembar = (gabung: string) =>
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${baris}</sheetData>${gabung}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    await bukuMentah(
      join(d, "m.xlsx"),
      { Utuh: lembar(""), Gabung: lembar('<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>') },
      ["Indikator", "Target", "Realisasi", "Satu"],
    );
    await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    const b = ringkasan(join(d, "keluar", "ringkasan.csv"));
    expect(b.map((r) => [r.Lembar, r.Status])).toEqual([
      ["Utuh", "Tidak Tercapai"],
      ["Gabung", "Tidak ada tabel"],
    ]);
  });
});

describe("the flagged copy is the original plus the rules", () => {
  it("keeps parts it does not know byte for byte and puts the rules where the schema wants them", async () => {
    const d = folder("salin");
    const bagan =
      '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    await bukuMentah(
      join(d, "m.xlsx"),
      {
        IKU: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>5</v></c><c r="C2"><v>4</v></c></row>',
      },
      ["Indikator", "Target", "Realisasi", "Satu"],
      { "xl/charts/chart1.xml": bagan },
    );
    await jalankan([join(d, "m.xlsx")], join(d, "keluar"));
    const { ZipBaca } = await import("../../../src/xlsx/zip-baca");
    const zip = await ZipBaca.buka(join(d, "keluar", "m.xlsx"));
    try {
      expect(await zip.teksUtuh(zip.cari("xl/charts/chart1.xml")!)).toBe(bagan);
      const lembar = await zip.teksUtuh(zip.cari("xl/worksheets/sheet1.xml")!);
      const urutan = ["</sheetData>", "<conditionalFormatting", "<pageMargins"].map((t) => lembar.indexOf(t));
      expect(urutan.every((x, i) => x >= 0 && (i === 0 || x > urutan[i - 1]))).toBe(true);
      expect(lembar).toContain(
        '<conditionalFormatting sqref="C2"><cfRule type="expression" dxfId="0" priority="1">',
      );
      expect(await zip.teksUtuh(zip.cari("xl/styles.xml")!)).toContain(
        '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/>',
      );
    } finally {
      await zip.tutup();
    }
  });
});
