// Runs LibreOffice headless with a throw-away profile that recalculates every formula on load.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

const PROFIL = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts `xlsxPath` with LibreOffice into `outDir` and returns the new file's path. `format` is
 * "csv", "pdf", "xlsx" or a full soffice filter spec. For csv every sheet is exported, each to
 * `<name>-<sheet>.csv` (see `csvLembar`), and the returned path is that of the first sheet.
 */
/** A LibreOffice profile that recalculates every formula on load; the caller removes the folder. */
export function buatProfil(): string {
  const profil = mkdtempSync(join(tmpdir(), "lo-profil-"));
  mkdirSync(join(profil, "user"), { recursive: true });
  writeFileSync(join(profil, "user", "registrymodifications.xcu"), PROFIL);
  return profil;
}

/**
 * As described above, in a throw-away profile, or in `profilTetap` (from buatProfil) when given: a
 * benchmark reuses one profile so that building it is not timed with each conversion.
 */
export function recalc(
  xlsxPath: string,
  outDir: string,
  format: string,
  lembar?: string,
  profilTetap?: string,
): string {
  const profil = profilTetap ?? buatProfil();
  try {
    mkdirSync(outDir, { recursive: true });
    // 44,34,76: comma, double quote, UTF-8; the last field -1 exports every sheet.
    const filter =
      format === "csv"
        ? "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        : format;
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(profil).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        outDir,
        xlsxPath,
      ],
      { stdio: "pipe", timeout: 120000 },
    );
    const dasar = basename(xlsxPath, extname(xlsxPath));
    if (format === "csv") return csvLembar(outDir, xlsxPath, lembar ?? "");
    return join(outDir, `${dasar}.${format.split(":")[0]}`);
  } finally {
    if (!profilTetap) rmSync(profil, { recursive: true, force: true });
  }
}

/** The CSV that `recalc(..., "csv")` wrote for one sheet. */
export function csvLembar(outDir: string, xlsxPath: string, lembar: string): string {
  return join(outDir, `${basename(xlsxPath, extname(xlsxPath))}-${lembar}.csv`);
}

/** Parses LibreOffice's CSV (comma, double quotes) into rows of strings. */
export function bacaCsv(teks: string): string[][] {
  const baris: string[][] = [];
  let sel = "";
  let kini: string[] = [];
  let kutip = false;
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i];
    if (kutip) {
      if (c === '"' && teks[i + 1] === '"') {
        sel += '"';
        i++;
      } else if (c === '"') kutip = false;
      else sel += c;
    } else if (c === '"') kutip = true;
    else if (c === ",") {
      kini.push(sel);
      sel = "";
    } else if (c === "\n") {
      kini.push(sel);
      baris.push(kini);
      kini = [];
      sel = "";
    } else if (c !== "\r") sel += c;
  }
  if (sel !== "" || kini.length > 0) baris.push([...kini, sel]);
  return baris;
}
