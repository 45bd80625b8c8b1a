/** The emulator as one browser script (IIFE), built with esbuild from the same sources Jest runs. */
import { buildSync } from "esbuild";
import { join } from "path";

export function bundelEmulator(): string {
  const hasil = buildSync({
    entryPoints: [join(__dirname, "peramban.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    write: false,
  });
  return hasil.outputFiles[0].text;
}
