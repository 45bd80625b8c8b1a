/**
 * Loads Microsoft's Excel client library (@microsoft/office-js, Excel on the web build) into the
 * current Jest global and puts the emulator behind it. Node-only: the browser loads the same
 * library from a script tag and the emulator from the bundle (see bundel.ts).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Buku } from "./model";
import { AwalBuku, bangunBuku } from "./awal";
import { pasangOffice } from "./kantor";
import { Host, OpsiEmulator, pasangEmulator } from "./pasang";

export const BERKAS_KLIEN = join(
  __dirname,
  "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js",
);

let kode: string | null = null;

type Global = Record<string, unknown>;

/** The library expects a browser window; a few plain stand-ins suffice for what it reads. */
function muatSekali(): void {
  const g = globalThis as unknown as Global;
  if (g.OfficeExtension) return;
  g.window ??= g;
  g.navigator ??= { userAgent: "node" };
  g.location ??= { href: "about:blank", protocol: "about:", search: "", hash: "" };
  g.document ??= {};
  kode ??= readFileSync(BERKAS_KLIEN, "utf8");
  // Indirect eval: the library's objects then belong to this realm, as the add-in's own do.
  (0, eval)(kode);
}

export interface AwalExcel extends OpsiEmulator, AwalBuku {
  /** The highest ExcelApi the host claims. */
  versiApi?: string;
  bahasa?: string;
  /** Other requirement sets the host claims, with their versions: { SharedRuntime: "1.1" }. */
  persyaratan?: Record<string, string>;
  /** A workbook to use as it is (a prepared one's `salin()`), instead of one built from `lembar`. */
  buku?: Buku;
}

export interface ExcelEmulator extends Host {
  /** The same Excel.run the add-in calls (counted in `perRun`). */
  run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  model: Buku;
  /** The recording of the latest Excel.run. */
  terakhir(): Host["semua"];
}

/**
 * A workbook behind the real client library. Each call replaces the previous workbook.
 *
 * @example
 * const excel = buatExcel({ lembar: { IKU: [["Target", "Realisasi"], [10, 8]] } });
 * await excel.run(async (ctx) => { ... });
 * excel.model.lembar("IKU").nilai("A1:B2") //=> [["Target", "Realisasi"], [10, 8]]
 */
export function buatExcel(awal: AwalExcel = {}): ExcelEmulator {
  muatSekali();
  pasangOffice(
    globalThis as unknown as Global,
    awal.versiApi ?? "1.9",
    awal.bahasa ?? "id-ID",
    awal.persyaratan,
  );
  const buku = awal.buku ?? bangunBuku(awal);
  const g = globalThis as unknown as Parameters<typeof pasangEmulator>[0];
  const host = pasangEmulator(g, buku, awal);
  return {
    ...host,
    model: buku,
    run: (f) => Excel.run(f),
    terakhir: () => host.perRun[host.perRun.length - 1] ?? host.semua,
  };
}
