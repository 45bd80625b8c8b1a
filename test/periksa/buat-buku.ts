import ExcelJS from "exceljs";
import { Kisi } from "../../src/workbook/tandai";

/** A workbook with one sheet per grid, written the way a planner's file looks (values only). */
export async function tulisBuku(
  path: string,
  lembar: Record<string, Kisi>,
  hias?: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [nama, kisi] of Object.entries(lembar)) {
    const ws = wb.addWorksheet(nama);
    kisi.forEach((baris, r) =>
      baris.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  hias?.(wb);
  await wb.xlsx.writeFile(path);
}

/** ringkasan.csv as records keyed by its header (semicolons, double-quoted fields, BOM). */
export function bacaRingkasan(csv: string): Record<string, string>[] {
  const baris: string[][] = [];
  let kini: string[] = [];
  let f = "";
  let kutip = false;
  const s = csv.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (kutip) {
      if (c === '"' && s[i + 1] === '"') f += s[i++];
      else if (c === '"') kutip = false;
      else f += c;
    } else if (c === '"') kutip = true;
    else if (c === ";") {
      kini.push(f);
      f = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      kini.push(f);
      baris.push(kini);
      kini = [];
      f = "";
      i++;
    } else f += c;
  }
  const [judul, ...isi] = baris;
  return isi.map((b) => Object.fromEntries(judul.map((j, i) => [j, b[i] ?? ""])));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook written part by part, for cells ExcelJS cannot write (inline strings, typed
 * results, odd attributes): `lembar` maps sheet names to their sheetData inner XML (or a whole
 * worksheet document when it starts with "<?xml"); `tambahan` adds raw entries, `tanpa` leaves
 * parts out.
 */
export async function bukuMentah(
  path: string,
  lembar: Record<string, string>,
  teksBersama: string[] = [],
  tambahan: Record<string, string> = {},
  tanpa: string[] = [],
): Promise<void> {
  const { ZipTulis } = await import("../../src/xlsx/zip-tulis");
  const nama = Object.keys(lembar);
  const bagian: Record<string, string> = {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      nama
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      "</Types>",
    "_rels/.rels": `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${XML}<workbook ${NS} xmlns:r="${REL}"><sheets>` +
      nama.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels":
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      nama
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml":
      `${XML}<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml":
      `${XML}<sst ${NS} count="${teksBersama.length}" uniqueCount="${teksBersama.length}">` +
      teksBersama.map((t) => `<si>${t.startsWith("<") ? t : `<t>${t}</t>`}</si>`).join("") +
      "</sst>",
  };
  nama.forEach((n, i) => {
    const isi = lembar[n];
    bagian[`xl/worksheets/sheet${i + 1}.xml`] = isi.startsWith("<?xml")
      ? isi
      : `${XML}<worksheet ${NS}><sheetData>${isi}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  });
  const zt = await ZipTulis.buat(path);
  for (const [n, isi] of Object.entries({ ...bagian, ...tambahan }))
    if (!tanpa.includes(n)) await zt.tambah(n, [isi]);
  await zt.selesai();
}
