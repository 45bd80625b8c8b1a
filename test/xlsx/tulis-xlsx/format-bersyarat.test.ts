import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bacaBuku } from "../../../src/xlsx/buku-kerja";
import { salinBuku } from "../../../src/periksa/salin-buku";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { FormatBersyarat, NAMA_DASAR, RencanaBuku } from "../../../src/workbook/rencana";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { atribut, uraiEntitas } from "../../../src/xlsx/teks-xml";
import { tulisXlsx } from "../../../src/xlsx/tulis-xlsx";
import { ZipBaca } from "../../../src/xlsx/zip-baca";

/** A one-sheet plan: targets in A, realisations in B, and the given rules. */
const rencana = (formatBersyarat: FormatBersyarat[]): RencanaBuku => ({
  aktif: "Data",
  lembar: [
    {
      nama: "Data",
      blok: [
        {
          alamat: "A1",
          nilai: [
            [10, 8],
            [5, 6],
            [7, 7],
          ],
        },
      ],
      format: [],
      gabung: [],
      lebarKolom: {},
      tinggiBaris: {},
      tingkatBaris: {},
      validasi: [],
      formatBersyarat,
      grafik: [],
    },
  ],
});

const tag = (xml: string, nama: string) =>
  [...xml.matchAll(new RegExp(`<${nama}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${nama}>)`, "g"))].map((m) => ({
    buka: m[0].slice(0, m[0].indexOf(">") + 1),
    isi: m[2] ?? "",
  }));

/** Each rule of the first sheet as saved: range, type, formula, stopIfTrue and its format's colours. */
async function aturanTersimpan(berkas: string) {
  const zip = await ZipBaca.buka(berkas);
  try {
    const buku = await bacaBuku(zip);
    const lembar = await zip.teksUtuh(buku.lembar[0].entri);
    const dxf = tag(/<dxfs\b[\s\S]*?<\/dxfs>/.exec(await zip.teksUtuh(buku.gaya!))?.[0] ?? "", "dxf");
    return tag(lembar, "conditionalFormatting").flatMap((cf) =>
      tag(cf.isi, "cfRule").map((r) => {
        const d = dxf[Number(atribut(r.buka, "dxfId"))].isi;
        const warna = (dalam: string, nama: string) =>
          atribut(tag(tag(d, dalam)[0]?.isi ?? "", nama)[0]?.buka ?? "", "rgb");
        return {
          sqref: atribut(cf.buka, "sqref"),
          type: atribut(r.buka, "type"),
          rumus: uraiEntitas(tag(r.isi, "formula")[0].isi),
          stopIfTrue: atribut(r.buka, "stopIfTrue") === "1",
          font: warna("font", "color"),
          isiDepan: warna("patternFill", "fgColor"),
          isiLatar: warna("patternFill", "bgColor"),
        };
      }),
    );
  } finally {
    await zip.tutup();
  }
}

describe("one rule, the same in both .xlsx writers", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "format-bersyarat-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each<[string, FormatBersyarat]>([
    [
      "a flag with a text in its formula",
      { alamat: "B1:B3", rumus: 'AND(B1<>"",B1<A1)', warnaIsi: "#FFC7CE", warnaFont: "#9C0006" },
    ],
    [
      "a formula written with '=' that stops lower rules",
      { alamat: "B2", rumus: "=B2>=A2", warnaIsi: "#C6EFCE", warnaFont: "#006100", berhenti: true },
    ],
  ])("ExcelJS and our own XML save %s alike", async (nama, f) => {
    const dariExcelJs = await tulisXlsx(rencana([f]), join(folder, `${nama}-exceljs.xlsx`));
    const polos = await tulisXlsx(rencana([]), join(folder, `${nama}-polos.xlsx`));
    const zip = await ZipBaca.buka(polos);
    const dariXml = join(folder, `${nama}-periksa.xlsx`);
    try {
      const buku = await bacaBuku(zip);
      await salinBuku(buku, [{ entri: buku.lembar[0].entri, aturan: [f] }], dariXml);
    } finally {
      await zip.tutup();
    }
    const diharapkan = {
      sqref: f.alamat,
      type: "expression",
      rumus: f.rumus.replace(/^=/, ""),
      stopIfTrue: f.berhenti === true,
      font: `FF${f.warnaFont.slice(1)}`,
      isiDepan: `FF${f.warnaIsi.slice(1)}`,
      isiLatar: `FF${f.warnaIsi.slice(1)}`,
    };
    expect(await aturanTersimpan(dariExcelJs)).toEqual([diharapkan]);
    expect(await aturanTersimpan(dariXml)).toEqual([diharapkan]);
  });

  it("the offline template keeps the red flags stopping the green ones", async () => {
    const berkas = await tulisXlsx(
      buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }),
      join(folder, "templat.xlsx"),
    );
    const iku = await aturanTersimpan(berkas);
    expect(iku.map((a) => [a.sqref, a.isiDepan, a.stopIfTrue])).toEqual([
      ["L6:N15", "FFFFC7CE", true],
      ["L6:N15", "FFC6EFCE", false],
      ["O6:Q15", "FFFFC7CE", true],
      ["O6:Q15", "FFC6EFCE", false],
    ]);
  });
});
