/**
 * Browser entry of the emulator, bundled by bundel.ts: a page that loaded Microsoft's Excel
 * client library calls `EmulatorExcel.pasang({...})` and its Excel.run is answered by the model.
 */
import { AwalBuku, bangunBuku } from "./awal";
import { pasangOffice } from "./kantor";
import { OpsiEmulator, pasangEmulator } from "./pasang";

type Global = Parameters<typeof pasangEmulator>[0] & Record<string, unknown>;

/** `versiApi` also stands in for Office.context, for pages that run without an Office host. */
function pasang(
  awal: AwalBuku &
    OpsiEmulator & { versiApi?: string; bahasa?: string; persyaratan?: Record<string, string> } = {},
) {
  const g = globalThis as unknown as Global;
  if (awal.versiApi) pasangOffice(g, awal.versiApi, awal.bahasa ?? "id-ID", awal.persyaratan);
  return pasangEmulator(g, bangunBuku(awal), awal);
}

(globalThis as unknown as { EmulatorExcel: unknown }).EmulatorExcel = { pasang };
