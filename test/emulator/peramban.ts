/**
 * Browser entry of the emulator, bundled by bundel.ts: a page that loaded Microsoft's Excel
 * client library calls `EmulatorExcel.pasang({...})` and its Excel.run is answered by the model.
 */
import { AwalBuku, bangunBuku } from "./awal";
import { OpsiEmulator, pasangEmulator } from "./pasang";

function pasang(awal: AwalBuku & OpsiEmulator = {}) {
  const host = pasangEmulator(
    globalThis as unknown as Parameters<typeof pasangEmulator>[0],
    bangunBuku(awal),
    awal,
  );
  return host;
}

(globalThis as unknown as { EmulatorExcel: unknown }).EmulatorExcel = { pasang };
