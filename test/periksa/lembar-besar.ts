/**
 * A workbook with one IKU table of any height up to Excel's 1,048,576 rows, written as a stream
 * (shared strings and sheet XML deflated as they are generated), for the e2e check and the bench.
 */
import { ZipTulis } from "../../src/xlsx/zip-tulis";
import { bukuMentah } from "./buat-buku";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const BLOK = 2000;

/** Target and realisation of data row i (1-based): every 7th a miss, every 50th not yet filled. */
export function nilaiBaris(i: number): { target: number; realisasi?: number } {
  const target = 50 + (i % 50);
  if (i % 50 === 0) return { target };
  return { target, realisasi: i % 7 === 0 ? target - 5 : target + (i % 3) };
}

async function* teksBersama(n: number): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${n + 3}" uniqueCount="${n + 3}">`;
  yield "<si><t>Indikator</t></si><si><t>Target</t></si><si><t>Realisasi</t></si>";
  for (let i = 1; i <= n; i += BLOK) {
    let s = "";
    for (let k = i; k < Math.min(i + BLOK, n + 1); k++) s += `<si><t>Indikator kinerja ke-${k}</t></si>`;
    yield s;
  }
  yield "</sst>";
}

async function* lembar(n: number): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:C${n + 1}"/><sheetData>`;
  yield '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
  for (let i = 1; i <= n; i += BLOK) {
    let s = "";
    for (let k = i; k < Math.min(i + BLOK, n + 1); k++) {
      const r = k + 1;
      const { target, realisasi } = nilaiBaris(k);
      const c = realisasi === undefined ? "" : `<c r="C${r}"><v>${realisasi}</v></c>`;
      s += `<row r="${r}"><c r="A${r}" t="s"><v>${k + 2}</v></c><c r="B${r}"><v>${target}</v></c>${c}</row>`;
    }
    yield s;
  }
  yield '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

/** `baris` rows in all: the header and baris − 1 data rows. */
export async function tulisLembarBesar(path: string, baris: number): Promise<void> {
  const kecil = `${path}.kerangka.xlsx`;
  await bukuMentah(kecil, { IKU: "" }, ["x"]);
  const { ZipBaca } = await import("../../src/xlsx/zip-baca");
  const sumber = await ZipBaca.buka(kecil);
  const zt = await ZipTulis.buat(path);
  try {
    for (const e of sumber.entri) {
      if (e.nama === "xl/sharedStrings.xml") await zt.tambah(e.nama, teksBersama(baris - 1));
      else if (e.nama === "xl/worksheets/sheet1.xml") await zt.tambah(e.nama, lembar(baris - 1));
      else await zt.salin(sumber, e);
    }
    await zt.selesai();
  } finally {
    await sumber.tutup();
    const { unlinkSync } = await import("node:fs");
    unlinkSync(kecil);
  }
}
